/**
 * Short texts about a publication for lists and headers: where it appeared, and its links. Pure; the full
 * formatted citations come from CSL (citations.ts).
 */
import type { BibEntry, LinkField } from '../bibtex/index.ts';

/**
 * Where the paper appeared, in one line: "IEEE Transactions on ..., vol. 10, no. 5, pp. 273–286" for an
 * article, the proceedings for a conference paper, "PhD thesis, <school>" for a thesis, and so on. The words
 * ("vol.", "PhD thesis") come from `words`, so each language has its own.
 */
export interface VenueWords {
  volume: string;
  issue: string;
  pages: string;
  page: string;
  phdThesis: string;
  mastersThesis: string;
  report: string;
  in: string;
}

export function venueLine(entry: BibEntry, words: VenueWords): string {
  const f = entry.fields;
  const parts: string[] = [];
  const push = (value: string | undefined) => {
    if (value && value.trim()) parts.push(value.trim());
  };
  switch (entry.type) {
    case 'article':
      push(f.journal);
      if (f.volume) push(`${words.volume} ${f.volume}`);
      if (f.number) push(`${words.issue} ${f.number}`);
      break;
    case 'inproceedings':
    case 'conference':
    case 'incollection':
    case 'inbook':
      push(f.booktitle ? `${words.in} ${f.booktitle}` : undefined);
      if (f.series) push(f.volume ? `${f.series} ${f.volume}` : f.series);
      break;
    case 'phdthesis':
      push(f.type ?? words.phdThesis);
      push(f.school);
      break;
    case 'mastersthesis':
      push(f.type ?? words.mastersThesis);
      push(f.school);
      break;
    case 'techreport':
      push(f.number ? `${f.type ?? words.report} ${f.number}` : (f.type ?? words.report));
      push(f.institution);
      break;
    default:
      push(f.journal ?? f.booktitle ?? f.howpublished ?? f.publisher ?? f.institution ?? f.school);
  }
  if (entry.pages) {
    push(entry.pages.last ? `${words.pages} ${entry.pages.first}–${entry.pages.last}` : `${words.page} ${entry.pages.first}`);
  }
  return parts.join(', ');
}

/** The links shown for a paper, in this order; each gets a label key `publication.link.<name>`. */
export const PAPER_LINKS = ['pdf', 'doi', 'hal', 'arxiv', 'url', 'html', 'code', 'slides', 'poster', 'video', 'supp', 'blog', 'website'] as const;
export type PaperLink = (typeof PAPER_LINKS)[number];

export interface ResolvedLink {
  name: PaperLink;
  href: string;
}

/**
 * The paper's links with their targets: identifiers become resolver URLs (doi.org, HAL, arXiv); a relative
 * link (a PDF shipped with the site) goes through `resolveRelative`, which adds the site's base. A `url` equal to
 * another link is not repeated.
 */
export function paperLinks(entry: BibEntry, resolveRelative: (path: string) => string): ResolvedLink[] {
  const links: ResolvedLink[] = [];
  const seen = new Set<string>();
  const add = (name: PaperLink, href: string | undefined) => {
    if (!href || seen.has(href)) return;
    seen.add(href);
    links.push({ name, href });
  };
  const link = (field: LinkField) => {
    const value = entry.links[field];
    if (!value) return undefined;
    return /^https?:\/\//.test(value) ? value : resolveRelative(value);
  };
  const ids = entry.ids;
  const byName: Record<PaperLink, () => string | undefined> = {
    pdf: () => link('pdf'),
    doi: () => (ids.doi ? doiUrl(ids.doi) : undefined),
    hal: () => (ids.hal ? `https://hal.science/${ids.hal}` : undefined),
    arxiv: () => (ids.arxiv ? `https://arxiv.org/abs/${ids.arxiv}` : undefined),
    url: () => link('url'),
    html: () => link('html'),
    code: () => link('code'),
    slides: () => link('slides'),
    poster: () => link('poster'),
    video: () => link('video'),
    supp: () => link('supp'),
    blog: () => link('blog'),
    website: () => link('website'),
  };
  for (const name of PAPER_LINKS) add(name, byName[name]());
  return links;
}

/** The resolver URL of a DOI; `#` and `?` (legal in DOIs) are escaped so they stay part of the path. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${encodeURI(doi).replace(/#/g, '%23').replace(/\?/g, '%3F')}`;
}

/**
 * What goes before each name of an author list: "A and B", "A, B, and C" in English, "A, B et C" in French;
 * only commas when the list is cut short ("A, B, et al." follows).
 */
export function nameSeparators(count: number, truncated: boolean, lang: string): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return '';
    if (truncated || i < count - 1) return ', ';
    if (lang === 'fr') return ' et ';
    return count > 2 ? ', and ' : ' and ';
  });
}
