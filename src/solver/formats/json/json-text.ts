/**
 * JSON text to value, with a line and column for syntax errors. `JSON.parse` is fast but its messages do not
 * always say where the error is; only when it fails, a small scanner walks the text to find the first bad
 * character and say what was expected there.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import { JSON_CODES } from './read-context.ts';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

export function parseJsonText(text: string, file?: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    let found: { offset: number; message: string } | undefined;
    try {
      found = locateSyntaxError(text);
    } catch {
      found = undefined; // nesting too deep for the scanner: fall back to JSON.parse's message
    }
    const offset = found?.offset ?? 0;
    const { line, column } = lineColumn(text, offset);
    const diagnostic: Diagnostic = {
      severity: 'error',
      code: JSON_CODES.syntax,
      message: `invalid JSON: ${found?.message ?? (e as Error).message}`,
      hint: 'a BtrPlace instance is one JSON object {"model": ..., "constraints": [...], "objective": ...}',
      range: { line, column },
    };
    if (file !== undefined) diagnostic.file = file;
    return { ok: false, diagnostic };
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

class SyntaxFound {
  readonly offset: number;
  readonly message: string;
  constructor(offset: number, message: string) {
    this.offset = offset;
    this.message = message;
  }
}

/** The offset and nature of the first syntax error of `text`, or undefined if it is valid JSON. */
export function locateSyntaxError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const n = text.length;
  const fail = (message: string): never => {
    throw new SyntaxFound(i, i >= n ? `unexpected end of input, ${message}` : `unexpected ${JSON.stringify(text[i])}, ${message}`);
  };
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const string = () => {
    i++;
    while (i < n && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('expected 4 hexadecimal digits after \\u');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('expected an escape sequence');
      } else if (text.charCodeAt(i) < 32) fail('control characters must be escaped in strings');
      i++;
    }
    if (i >= n) fail('expected the closing quote of a string');
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail("expected ':' after a key");
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail("expected ',' or '}' after a value (a missing comma?)");
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail("expected ',' or ']' after an array element (a missing comma?)");
      }
    } else if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) fail('expected a number');
      i += m![0].length;
    } else {
      for (const word of ['true', 'false', 'null']) {
        if (text.startsWith(word, i)) {
          i += word.length;
          return;
        }
      }
      fail('expected a value (object, array, string, number, true, false or null)');
    }
  };
  try {
    value();
    ws();
    if (i < n) fail('expected the end of the input after the JSON value');
    return undefined;
  } catch (e) {
    if (e instanceof SyntaxFound) return { offset: e.offset, message: e.message };
    throw e;
  }
}
