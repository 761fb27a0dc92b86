/**
 * Publication lists: kinds of publications (the filter "type"), sorting, grouping by year and the filter
 * facets. Pure, so the pages, the static filter pages and the tests agree on what a filter selects.
 */
import { richToPlain, type BibEntry } from '../bibtex/index.ts';

/** What a reader filters by: kinds, not BibTeX's many entry types. */
export const PUBLICATION_KINDS = ['journal', 'conference', 'chapter', 'book', 'thesis', 'report', 'other'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

const KIND_OF_TYPE: Record<string, PublicationKind> = {
  article: 'journal',
  inproceedings: 'conference',
  conference: 'conference',
  incollection: 'chapter',
  inbook: 'chapter',
  book: 'book',
  proceedings: 'book',
  collection: 'book',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
};

export function kindOf(type: string): PublicationKind {
  return KIND_OF_TYPE[type] ?? 'other';
}

/** Newest first (year, then month), then by title; entries without a year last. */
export function comparePublications(a: BibEntry, b: BibEntry): number {
  const year = (e: BibEntry) => e.year ?? -Infinity;
  const month = (e: BibEntry) => e.month ?? 0;
  return (
    year(b) - year(a) ||
    month(b) - month(a) ||
    richToPlain(a.title).localeCompare(richToPlain(b.title)) ||
    a.key.localeCompare(b.key)
  );
}

export interface YearGroup<T> {
  /** Undefined for entries without a year. */
  year: number | undefined;
  items: T[];
}

/** Items grouped by year, newest year first; the order inside a group is kept. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number | undefined): YearGroup<T>[] {
  const groups = new Map<number | undefined, T[]>();
  for (const item of items) {
    const year = yearOf(item);
    const group = groups.get(year);
    if (group) group.push(item);
    else groups.set(year, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (b ?? -Infinity) - (a ?? -Infinity))
    .map(([year, grouped]) => ({ year, items: grouped }));
}

/** A publication as the filters see it: its kind, year and the people of the site among its authors. */
export interface Filterable {
  kind: PublicationKind;
  year: number | undefined;
  people: readonly string[];
}

export interface Facet<V> {
  value: V;
  count: number;
}

export interface Facets {
  kinds: Facet<PublicationKind>[];
  /** Newest first. */
  years: Facet<number>[];
  /** Slugs of people with at least one publication, in the order of `peopleOrder`. */
  people: Facet<string>[];
}

/** The values each filter can take, with how many publications each selects. Values selecting nothing are left out. */
export function facetsOf(items: readonly Filterable[], peopleOrder: readonly string[]): Facets {
  const count = <V>(values: V[]) => {
    const counts = new Map<V, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const kinds = count(items.map((i) => i.kind));
  const years = count(items.flatMap((i) => (i.year === undefined ? [] : [i.year])));
  const people = count(items.flatMap((i) => [...new Set(i.people)]));
  return {
    kinds: PUBLICATION_KINDS.filter((k) => kinds.has(k)).map((value) => ({ value, count: kinds.get(value)! })),
    years: [...years.entries()].sort(([a], [b]) => b - a).map(([value, n]) => ({ value, count: n })),
    people: peopleOrder.filter((p) => people.has(p)).map((value) => ({ value, count: people.get(value)! })),
  };
}

export interface Filter {
  kind?: PublicationKind;
  year?: number;
  person?: string;
}

/** Whether an item passes every filter that is set (the filters combine with AND). */
export function matchesFilter(item: Filterable, filter: Filter): boolean {
  return (
    (filter.kind === undefined || item.kind === filter.kind) &&
    (filter.year === undefined || item.year === filter.year) &&
    (filter.person === undefined || item.people.includes(filter.person))
  );
}
