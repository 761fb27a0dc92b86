/**
 * A normalised BibTeX entry as a CSL-JSON item, the input of every CSL style. We build it from our own
 * normalised fields rather than letting citation-js parse the BibTeX again, so that names, months, pages and
 * identifiers are read once, the same way everywhere on the site.
 */
import { richToPlain, type BibEntry, type PersonName } from '../bibtex/index.ts';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  'container-title'?: string;
  'collection-title'?: string;
  volume?: string;
  issue?: string;
  number?: string;
  page?: string;
  issued?: { 'date-parts': number[][] };
  publisher?: string;
  'publisher-place'?: string;
  genre?: string;
  edition?: string;
  DOI?: string;
  ISBN?: string;
  ISSN?: string;
  URL?: string;
}

const TYPES: Record<string, string> = {
  article: 'article-journal',
  inproceedings: 'paper-conference',
  conference: 'paper-conference',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  book: 'book',
  proceedings: 'book',
  collection: 'book',
  incollection: 'chapter',
  inbook: 'chapter',
  unpublished: 'manuscript',
  online: 'webpage',
  software: 'software',
  dataset: 'dataset',
};

/** Genres IEEE and APA print for theses and reports (CSL has one `thesis` and one `report` type). */
const GENRES: Record<string, string> = {
  phdthesis: 'Ph.D. dissertation',
  mastersthesis: 'M.S. thesis',
  techreport: 'Tech. Rep.',
};

export function cslName(n: PersonName): CslName {
  if (n.literal) return { literal: n.last };
  const name: CslName = { family: n.last };
  if (n.first) name.given = n.first;
  if (n.von) name['non-dropping-particle'] = n.von;
  if (n.jr) name.suffix = n.jr;
  return name;
}

/**
 * `text` is the plain text of a field; `escapeMarkup` hides `<` and `>` from citeproc, which would otherwise
 * read `<i>` or `<b>` in a BibTeX title as formatting (see citations.ts, which puts them back as entities).
 */
export function toCslItem(entry: BibEntry, escapeMarkup: (text: string) => string = (t) => t): CslItem {
  const f = entry.fields;
  const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : escapeMarkup(value.trim()));
  const isReport = entry.type === 'techreport' || entry.type === 'report';
  const item: CslItem = { id: entry.key, type: TYPES[entry.type] ?? 'document' };
  const set = <K extends keyof CslItem>(key: K, value: CslItem[K] | undefined) => {
    if (value !== undefined) item[key] = value;
  };
  set('title', text(richToPlain(entry.title)));
  if (entry.authors.length > 0) item.author = entry.authors.map((n) => escapeName(cslName(n), escapeMarkup));
  if (entry.editors.length > 0) item.editor = entry.editors.map((n) => escapeName(cslName(n), escapeMarkup));
  set('container-title', text(f.journal ?? f.booktitle));
  set('collection-title', text(f.series));
  set('volume', text(f.volume));
  if (isReport) set('number', text(f.number));
  else set('issue', text(f.number ?? f.issue));
  if (entry.pages) set('page', entry.pages.last ? `${entry.pages.first}-${entry.pages.last}` : entry.pages.first);
  if (entry.year !== undefined) {
    item.issued = { 'date-parts': [entry.month === undefined ? [entry.year] : [entry.year, entry.month]] };
  }
  set('publisher', text(f.publisher ?? f.school ?? f.institution ?? f.organization));
  set('publisher-place', text(f.address));
  set('genre', text(f.type) ?? GENRES[entry.type]);
  set('edition', text(f.edition));
  set('DOI', entry.ids.doi);
  set('ISBN', entry.ids.isbn);
  set('ISSN', entry.ids.issn);
  const url = entry.links.url;
  if (url && /^https?:/.test(url)) set('URL', url);
  return item;
}

function escapeName(name: CslName, escapeMarkup: (text: string) => string): CslName {
  const out: CslName = {};
  for (const [k, v] of Object.entries(name) as [keyof CslName, string][]) out[k] = escapeMarkup(v);
  return out;
}
