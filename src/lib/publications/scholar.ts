/**
 * Google Scholar (Highwire Press) `citation_*` meta tags of a paper's page, exactly as the site spec §4 lists
 * them. Only a paper's own page carries them: one article per page.
 */
import { invertedName, richToPlain, type BibEntry } from '../bibtex/index.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/**
 * `2013/09/30` when the whole date is known, else `2013` (site spec §4: Scholar takes `YYYY/MM/DD` or `YYYY`,
 * not a year and month alone); undefined without a year.
 */
export function scholarDate(year: number | undefined, month?: number, day?: number): string | undefined {
  if (year === undefined) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return month !== undefined && day !== undefined ? `${year}/${pad(month)}/${pad(day)}` : String(year);
}

/** A day of the month from a `day` field (`30`, `{30}`), when it is one. */
export function dayOf(entry: Pick<BibEntry, 'fields' | 'month'>): number | undefined {
  const day = Number(entry.fields.day);
  return entry.month !== undefined && Number.isInteger(day) && day >= 1 && day <= 31 ? day : undefined;
}

const THESES = new Set(['phdthesis', 'mastersthesis', 'thesis']);
const CONFERENCE_PAPERS = new Set(['inproceedings', 'conference']);
const REPORTS = new Set(['techreport', 'report']);

/**
 * The URL of the PDF when Google Scholar may use it: it must sit in the same directory as the paper's page
 * (`.../publications/<key>/paper.pdf` for the page `.../publications/<key>/`). Both URLs absolute.
 */
export function sameDirectoryPdf(pageUrl: string, pdfUrl: string | undefined): string | undefined {
  if (!pdfUrl) return undefined;
  const page = new URL(pageUrl);
  const pdf = new URL(pdfUrl);
  const directory = (u: URL) => u.origin + u.pathname.slice(0, u.pathname.lastIndexOf('/') + 1);
  return directory(page) === directory(pdf) ? pdf.href : undefined;
}

/**
 * The tags for one entry, in Scholar's documented order. `pageUrl`: absolute URL of the paper's page;
 * `pdfUrl`: absolute URL of its PDF (kept only when in the page's directory).
 */
export function scholarTags(entry: BibEntry, pageUrl: string, pdfUrl?: string): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, value: string | undefined) => {
    const content = value?.trim();
    if (content) tags.push({ name: `citation_${name}`, content });
  };
  const f = entry.fields;
  add('title', richToPlain(entry.title));
  for (const author of entry.authors) add('author', invertedName(author));
  add('publication_date', scholarDate(entry.year, entry.month, dayOf(entry)));
  if (entry.type === 'article') add('journal_title', f.journal);
  if (CONFERENCE_PAPERS.has(entry.type)) add('conference_title', f.booktitle);
  add('volume', f.volume);
  // In a report, `number` is the report's number (below), not an issue.
  if (!REPORTS.has(entry.type)) add('issue', f.number ?? f.issue);
  add('firstpage', entry.pages?.first);
  add('lastpage', entry.pages?.last);
  add('doi', entry.ids.doi);
  add('isbn', entry.ids.isbn);
  add('issn', entry.ids.issn);
  add('publisher', f.publisher);
  if (THESES.has(entry.type)) add('dissertation_institution', f.school ?? f.institution);
  if (REPORTS.has(entry.type)) {
    add('technical_report_institution', f.institution);
    add('technical_report_number', f.number);
  }
  add('pdf_url', sameDirectoryPdf(pageUrl, pdfUrl));
  return tags;
}
