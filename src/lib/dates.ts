/**
 * Dates as pages show them, in the page's language. Year-months and periods come from the content schemas
 * (src/schemas/fields.ts); talk dates are calendar days stored as UTC midnight, so every formatter works in UTC
 * (a build in another time zone must not shift a talk to the previous day).
 */
import type { Lang } from '../i18n/locales.ts';

/** `{ year: 2019, month: 4 }` and friends, structurally (the schema's YearMonth). */
export interface YearMonthLike {
  year: number;
  month?: number | undefined;
}
export interface PeriodLike {
  start: YearMonthLike;
  end?: YearMonthLike | 'present' | undefined;
}

const locales: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

/** `2019` or `April 2019` / `avril 2019`. */
export function formatYearMonth(value: YearMonthLike, lang: Lang): string {
  if (value.month === undefined) return String(value.year);
  const date = new Date(Date.UTC(value.year, value.month - 1, 1));
  return new Intl.DateTimeFormat(locales[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * `2008 – 2011`, `April 2019 – present`, or just the start when the end is not known. `presentWord` is the
 * dictionary's `date.present`, passed in so that this module stays free of the dictionaries.
 */
export function formatPeriod(period: PeriodLike, lang: Lang, presentWord: string): string {
  const start = formatYearMonth(period.start, lang);
  if (period.end === undefined) return start;
  const end = period.end === 'present' ? presentWord : formatYearMonth(period.end, lang);
  return start === end ? start : `${start} – ${end}`;
}

/** `12 April 2019` / `12 avril 2019`. */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** `2019-04-12`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `2019` or `2019-04`, for `<time datetime>` of a year-month. */
export function isoYearMonth(value: YearMonthLike): string {
  return value.month === undefined ? String(value.year) : `${value.year}-${String(value.month).padStart(2, '0')}`;
}

/** A sortable number for "most recent first" lists: later periods (and ongoing ones) sort higher. */
export function periodSortKey(period: PeriodLike): number {
  const end = period.end === 'present' || period.end === undefined ? period.start : period.end;
  const ongoing = period.end === 'present' ? 1e6 : 0;
  return ongoing + end.year * 100 + (end.month ?? 0);
}
