/**
 * schema.org `ScholarlyArticle` structured data for a paper's page (site spec §4), as a plain object that
 * BaseLayout serialises. Authors who are people of the site link to their profile.
 */
import { displayName, richToPlain, type BibEntry } from '../bibtex/index.ts';
import { doiUrl } from './format.ts';
import { kindOf } from './list.ts';

export interface ArticleJsonLdInput {
  entry: BibEntry;
  /** Absolute URL of the paper's page. */
  pageUrl: string;
  /** Absolute URL of each author's profile on the site, by position (undefined when not a person of the site). */
  authorUrls: readonly (string | undefined)[];
}

/** `2013-09` or `2013`: ISO 8601 as precise as the entry. */
export function isoDate(year: number | undefined, month?: number): string | undefined {
  if (year === undefined) return undefined;
  return month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

export function scholarlyArticleJsonLd({ entry, pageUrl, authorUrls }: ArticleJsonLdInput): Record<string, unknown> {
  const f = entry.fields;
  const title = richToPlain(entry.title);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': pageUrl,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    headline: title.length > 110 ? `${title.slice(0, 109)}…` : title,
    name: title,
    author: entry.authors.map((a, i) => {
      if (a.literal) return { '@type': 'Organization', name: a.last };
      const person: Record<string, unknown> = { '@type': 'Person', name: displayName(a), familyName: [a.von, a.last].filter(Boolean).join(' ') };
      if (a.first) person.givenName = a.first;
      if (authorUrls[i]) person.url = authorUrls[i];
      return person;
    }),
  };
  const date = isoDate(entry.year, entry.month);
  if (date) data.datePublished = date;
  if (entry.abstract) data.abstract = richToPlain(entry.abstract);
  const kind = kindOf(entry.type);
  if (kind === 'journal' && f.journal) {
    data.isPartOf = { '@type': 'Periodical', name: f.journal, ...(entry.ids.issn ? { issn: entry.ids.issn } : {}) };
  } else if (f.booktitle) data.isPartOf = { '@type': 'Book', name: f.booktitle, ...(entry.ids.isbn ? { isbn: entry.ids.isbn } : {}) };
  if (f.volume) data.volumeNumber = f.volume;
  if (f.number && kind === 'journal') data.issueNumber = f.number;
  if (entry.pages) {
    data.pageStart = entry.pages.first;
    if (entry.pages.last) data.pageEnd = entry.pages.last;
  }
  const publisher = f.publisher ?? f.school ?? f.institution;
  if (publisher) data.publisher = { '@type': 'Organization', name: publisher };
  const identifiers: Record<string, unknown>[] = [];
  if (entry.ids.doi) identifiers.push({ '@type': 'PropertyValue', propertyID: 'DOI', value: entry.ids.doi });
  if (entry.ids.hal) identifiers.push({ '@type': 'PropertyValue', propertyID: 'HAL', value: entry.ids.hal });
  if (entry.ids.arxiv) identifiers.push({ '@type': 'PropertyValue', propertyID: 'arXiv', value: entry.ids.arxiv });
  if (identifiers.length > 0) data.identifier = identifiers;
  const sameAs = [entry.ids.doi ? doiUrl(entry.ids.doi) : undefined, entry.links.url].filter((u): u is string => !!u && /^https?:/.test(u));
  if (sameAs.length > 0) data.sameAs = [...new Set(sameAs)];
  return data;
}
