/** The normalised entry: what the content loader stores and the CLI prints, one per publication. */
import type { Pages } from './fields.ts';
import type { RichText } from './latex.ts';
import type { PersonName } from './names.ts';

/**
 * Fields of the site (al-folio's de-facto set, site spec §3). They drive the pages and are left out of the
 * exported BibTeX.
 */
export const CUSTOM_FIELDS: ReadonlySet<string> = new Set([
  'abbr', 'selected', 'abstract', 'pdf', 'supp', 'html', 'code', 'poster', 'slides', 'video', 'blog', 'website',
  'arxiv', 'hal', 'award', 'award_name', 'preview', 'bibtex_show', 'altmetric', 'dimensions', 'google_scholar_id',
  'inspirehep_id', 'additional_info',
  // Artifacts (src/lib/publications/artifacts.ts): archive URL and DOI, data, ACM badges, this site's live pages.
  'artifact', 'artifact_doi', 'data', 'badges', 'live',
]);

/** Fields holding a link: published only when http(s) or a relative path (see fields.ts `normaliseLink`). */
export const LINK_FIELDS = ['url', 'pdf', 'supp', 'html', 'code', 'poster', 'slides', 'video', 'blog', 'website', 'preview'] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

export interface Identifiers {
  /** Without resolver prefix: `10.1145/1508293.1508300`. */
  doi?: string;
  /** `2101.00001v2` or `hep-th/9901001`. */
  arxiv?: string;
  /** Lower case, version kept when given: `hal-01673304`, `tel-00476822v1`. */
  hal?: string;
  /** Digits only (ISBN-10 may end in X), check digit verified. */
  isbn?: string;
  /** `1545-5971`, check digit verified. */
  issn?: string;
}

export interface BibEntry {
  /** Citation key as written; unique in the collection (case-insensitively). Used in `/publications/<key>/`. */
  key: string;
  /** Lower-cased entry type: `article`, `inproceedings`, `phdthesis`, ... */
  type: string;
  /**
   * Every field (standard and custom, inherited through `crossref` too) as plain Unicode text: macros
   * expanded, LaTeX converted, braces removed. Lower-cased names, in source order.
   */
  fields: Record<string, string>;
  authors: PersonName[];
  /** The author list ended with `and others`. */
  authorsTruncated: boolean;
  editors: PersonName[];
  editorsTruncated: boolean;
  /** The title as rich text (see latex.ts): render node by node, never as HTML or MDX source. */
  title: RichText;
  abstract?: RichText;
  year?: number;
  /** 1 to 12. */
  month?: number;
  pages?: Pages;
  ids: Identifiers;
  /** Links that passed `normaliseLink`: absolute http(s) URLs, or paths relative to the site's base. */
  links: Partial<Record<LinkField, string>>;
  /** The `selected = {true}` flag: featured on the home page. */
  selected: boolean;
  /** Custom fields (CUSTOM_FIELDS) present on the entry, as plain text: `abbr`, `award`, ... */
  custom: Record<string, string>;
  /** The parent's key when the entry inherits through `crossref`. */
  crossref?: string;
  /** Clean BibTeX of the entry: custom fields removed, `crossref` resolved, macros expanded, self-contained. */
  bibtex: string;
  source: { file: string; line: number; column: number };
}
