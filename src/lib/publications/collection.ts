/**
 * What the publication pages read from the content collections, computed once per build and shared by every
 * page: the entries in list order, the people of the site among each paper's authors, and the formatted
 * citations (one citeproc run per style for the whole collection).
 */
import { getCollection } from 'astro:content';
import type { BibEntry } from '../bibtex/index.ts';
import { identifyAuthors, personNameKeys, type PersonSpellings } from './author-match.ts';
import { formatCitations, type CitationStyle } from './citations.ts';
import { comparePublications, kindOf, type Filterable } from './list.ts';

export interface Publication extends Filterable {
  entry: BibEntry;
  /** Slug of the person of the site each author is, by author position. */
  authorSlugs: (string | undefined)[];
}

interface Catalogue {
  publications: Publication[];
  byKey: Map<string, Publication>;
  /** People slugs in the site's order (profile `order`, then name), with their display names. */
  people: { slug: string; name: string }[];
}

let catalogue: Promise<Catalogue> | undefined;

async function load(): Promise<Catalogue> {
  const [entries, profiles] = await Promise.all([getCollection('publications'), getCollection('people')]);
  const sortedProfiles = [...profiles].sort(
    (a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.name.localeCompare(b.data.name),
  );
  const spellings: PersonSpellings[] = sortedProfiles.map((p) => ({ slug: p.id, spellings: personNameKeys(p.data.name, p.data.nameVariants ?? []) }));
  const publications = entries
    .map((e) => e.data as BibEntry)
    .sort(comparePublications)
    .map((entry): Publication => {
      const authorSlugs = identifyAuthors(entry.authors, spellings);
      return {
        entry,
        authorSlugs,
        kind: kindOf(entry.type),
        year: entry.year,
        people: [...new Set(authorSlugs.filter((s): s is string => s !== undefined))],
      };
    });
  return {
    publications,
    byKey: new Map(publications.map((p) => [p.entry.key, p])),
    people: sortedProfiles.map((p) => ({ slug: p.id, name: p.data.name })),
  };
}

/** Once per build; in `astro dev` on every request, so that an edited .bib file shows up on reload. */
function loadOnce(): Promise<Catalogue> {
  if (import.meta.env.DEV) return load();
  catalogue ??= load();
  return catalogue;
}

/** Every publication, newest first. */
export async function publications(): Promise<Publication[]> {
  return (await loadOnce()).publications;
}

/** The people of the site in their usual order, for the person filter. */
export async function sitePeople(): Promise<{ slug: string; name: string }[]> {
  return (await loadOnce()).people;
}

/** The publications a person of the site (co-)authored, newest first. */
export async function publicationsOf(slug: string): Promise<Publication[]> {
  return (await publications()).filter((p) => p.people.includes(slug));
}

const citationCache = new Map<CitationStyle, Promise<Map<string, string>>>();

/**
 * The formatted citation (HTML, safe: see citations.ts) of a publication in a style. The citations are in
 * English on every page: the paper, not the interface, decides their language.
 */
export async function citationOf(key: string, style: CitationStyle): Promise<string> {
  let all = import.meta.env.DEV ? undefined : citationCache.get(style);
  if (!all) {
    all = publications().then((list) => formatCitations(list.map((p) => p.entry), style, 'en'));
    citationCache.set(style, all);
  }
  return (await all).get(key) ?? '';
}
