/**
 * `@string` macros and `#` concatenation. Macro names are case-insensitive (BibTeX's rule, which bibtex-parse's
 * own `entries()` gets wrong), and the twelve month macros are predefined.
 */
import type { Literal } from 'bibtex-parse';

export const MONTH_MACROS: ReadonlyMap<string, string> = new Map([
  ['jan', 'January'], ['feb', 'February'], ['mar', 'March'], ['apr', 'April'], ['may', 'May'], ['jun', 'June'],
  ['jul', 'July'], ['aug', 'August'], ['sep', 'September'], ['oct', 'October'], ['nov', 'November'], ['dec', 'December'],
]);

/** Macro table of one file, keyed by lower-cased name. Values are LaTeX source. */
export class Macros {
  readonly #table = new Map<string, string>(MONTH_MACROS);

  define(name: string, value: string): void {
    this.#table.set(name.toLowerCase(), value);
  }

  lookup(name: string): string | undefined {
    return this.#table.get(name.toLowerCase());
  }
}

export interface Evaluated {
  /** The value as LaTeX source: braces inside it kept, outer delimiters removed. */
  source: string;
  /** Macro names that were not defined (their names are kept in `source` so nothing is lost). */
  unknown: string[];
}

/** Evaluates a field value: strings as written, numbers as digits, macros expanded, `#` concatenated. */
export function evaluate(value: Literal, macros: Macros): Evaluated {
  const unknown: string[] = [];
  const source = evaluateInto(value, macros, unknown);
  return { source, unknown };
}

function evaluateInto(value: Literal, macros: Macros, unknown: string[]): string {
  switch (value.datatype) {
    case 'braced':
    case 'quoted':
    case 'number':
    case 'unenclosed':
      return value.value;
    case 'identifier': {
      const expansion = macros.lookup(value.value);
      if (expansion !== undefined) return expansion;
      unknown.push(value.value);
      return value.value;
    }
    case 'concatinate': {
      let out = '';
      for (const part of value.value) out += evaluateInto(part, macros, unknown);
      return out;
    }
    case 'null':
      return '';
  }
}
