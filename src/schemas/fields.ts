/**
 * Field builders shared by the content schemas. Each one carries its own error message, written for the
 * person who edits a content file: what is wrong and what to write instead. Astro prints these messages
 * after the file name and the field path, so a message never repeats the field name.
 *
 * Pure zod (from `astro/zod`, which re-exports zod 4): importable by `node --test` without Astro's runtime.
 */
import { z } from 'astro/zod';
import { languages, type Lang } from '../i18n/locales.ts';

export type { Lang };

/** Shows what the user wrote, briefly, so the message points at the offending value. */
export function shown(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** "is missing" when the key is absent, else "must be <expected>", always followed by an example. */
function explain(expected: string, example: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `is missing: add it, for example ${example}`
      : `must be ${expected} (found ${shown(issue.input)}); write for example ${example}`;
}

/** A required line of text, not empty. `example` is a whole YAML line, e.g. `name: Ada Lovelace`. */
export function text(example: string) {
  return z
    .string({ error: explain('text', example) })
    .trim()
    .min(1, { error: `is empty: write some text, for example ${example}` });
}

/** A list of lines of text. Each item must be non-empty text. */
export function textList(example: string) {
  return z.array(text(example), { error: explain('a list (one `- item` per line)', example) });
}

/** An absolute http(s) URL. */
export function url(example: string) {
  return z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined
        ? `is missing: add it, for example ${example}`
        : `must be a full web address starting with https:// or http:// (found ${shown(issue.input)}); write for example ${example}`,
  });
}

/**
 * An e-mail address, stored as written. Pages never print it as is: they render it through
 * `src/lib/email.ts`, which hides it from address harvesters.
 */
export const email = z.email({
  error: (issue) =>
    `must be an e-mail address like name@example.org (found ${shown(issue.input)}); write for example email: jane.doe@inria.fr`,
});

/** A language of the site (`en`, `fr`), in a field named `field` (named in the error message). */
export function langField(field: string) {
  const choices = languages.map((code) => `${field}: ${code}`).join(' or ');
  return z.enum(languages, {
    error: (issue) =>
      issue.input === undefined
        ? `is missing: write ${choices}`
        : `must be ${languages.join(' or ')} (found ${shown(issue.input)}); write ${choices}`,
  });
}
/** The `lang` field. */
export const lang = langField('lang');

/** A year, or a year and a month: the precision a CV or a project period usually has. */
export interface YearMonth {
  /** Four-digit year, e.g. 2019. */
  year: number;
  /** Month 1-12, absent when only the year is known. */
  month?: number;
}

const YEAR_MONTH = /^(\d{4})(?:-(\d{1,2}))?$/;

/**
 * A year (`2019`) or a year and month (`2019-04`, quoted or not). A full date (`2019-04-12`, which YAML reads as a
 * date) is accepted and keeps its year and month. Anything else gets a message that shows both accepted forms.
 */
export function yearMonth(field: string) {
  return z.unknown().transform((value, ctx): YearMonth => {
    const parsed = parseYearMonth(value);
    if (parsed) return parsed;
    ctx.addIssue({ code: 'custom', input: value, message: yearMonthMessage(field, value, false) });
    return z.NEVER;
  });
}

/** Like `yearMonth`, but also accepts `present` for something still going on. */
export function yearMonthOrPresent(field: string) {
  return z.unknown().transform((value, ctx): YearMonth | 'present' => {
    if (value === 'present') return 'present';
    const parsed = parseYearMonth(value);
    if (parsed) return parsed;
    ctx.addIssue({ code: 'custom', input: value, message: yearMonthMessage(field, value, true) });
    return z.NEVER;
  });
}

function yearMonthMessage(field: string, value: unknown, present: boolean): string {
  const hint = `write a year like ${field}: 2019 or a year and month like ${field}: 2019-04${present ? `, or ${field}: present` : ''}`;
  return value === undefined ? `is missing: ${hint}` : `is not a year or a year-month (found ${shown(value)}); ${hint}`;
}

/** Pure parser behind `yearMonth`; undefined when the value is not a plausible year or year-month. */
export function parseYearMonth(value: unknown): YearMonth | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1 };
  }
  const match = typeof value === 'number' || typeof value === 'string' ? YEAR_MONTH.exec(String(value).trim()) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  if (year < 1900 || year > 2200) return undefined;
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return undefined;
  return { year, month };
}

/**
 * A span of time: `start`, and `end` unless it is still going on. `end: present` says so explicitly;
 * leaving `end` out means the source does not give an end (pages then show the start only).
 */
export function period(field: string) {
  return closedObject(
    {
      /** When it began: a year or a year-month. */
      start: yearMonth(`${field}.start`),
      /** When it ended: a year, a year-month, or `present` if it is still going on. */
      end: yearMonthOrPresent(`${field}.end`).optional(),
    },
    `  ${field}:\n    start: 2019-04\n    end: 2021`,
    'a period has `start` and, optionally, `end`.',
  ).refine((p) => p.end === undefined || p.end === 'present' || compareYearMonth(p.start, p.end) <= 0, {
      error: `ends before it starts: check ${field}.start and ${field}.end`,
    });
}
export type Period = { start: YearMonth; end?: YearMonth | 'present' };

/** Orders two year-months; a missing month counts as the start of the year. */
export function compareYearMonth(a: YearMonth, b: YearMonth): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0);
}

/**
 * An object whose keys are exactly `shape`'s. An unknown key (a typo, or a field that does not exist, such as
 * private data in a profile) is an error reported at that key's own path, with `unknownKeyNote` telling what to do;
 * zod's plain strict mode would report it on the parent object, which reads badly for top-level fields.
 * Unknown keys are reported first; the other fields are checked once the keys are right.
 */
export function closedObject<Shape extends z.ZodRawShape>(shape: Shape, example: string, unknownKeyNote: string) {
  const known = new Set(Object.keys(shape));
  const allowed = [...known].map((k) => `\`${k}\``).join(', ');
  return z.preprocess(
    (data, ctx) => {
      if (data !== null && typeof data === 'object' && !Array.isArray(data) && !(data instanceof Date)) {
        for (const key of Object.keys(data)) {
          if (known.has(key)) continue;
          ctx.addIssue({
            code: 'custom',
            path: [key],
            input: data,
            message: `is not a known field: ${unknownKeyNote} Known fields here: ${allowed}.`,
          });
        }
      }
      return data;
    },
    z.strictObject(shape, { error: objectError(example) }),
  );
}

/** Error function for an object that is missing or is not a group of fields. */
export function objectError(example: string) {
  return (issue: { code?: string; input?: unknown; keys?: string[] }) => {
    if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${(issue.keys ?? []).join(', ')}: check the spelling`;
    if (issue.input === undefined) return `is missing: add it, for example\n${example}`;
    return `must be a group of fields (found ${shown(issue.input)}); write for example\n${example}`;
  };
}

/** A content slug: lowercase words separated by hyphens, the file name of an entry without extension. */
export const slug = z
  .string({ error: (issue) => `must be the slug of an entry, like damien-carver (found ${shown(issue.input)})` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `must be the slug of an entry: lowercase letters, digits and hyphens, like damien-carver (found ${shown(issue.input)})`,
  });

/** A BibTeX citation key, e.g. `hermenier2013btrplace`. */
export const bibKey = z
  .string({ error: (issue) => `must be a BibTeX key like hermenier2013btrplace (found ${shown(issue.input)})` })
  .regex(/^[A-Za-z0-9_:.+/-]+$/, {
    error: (issue) => `must be a BibTeX key, without spaces or braces, like hermenier2013btrplace (found ${shown(issue.input)})`,
  });
