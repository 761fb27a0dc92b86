/**
 * Normalisers for single fields. Each takes the field's plain text and returns the normal form, or undefined
 * when the value cannot be understood (the caller then keeps the text and reports a warning).
 */

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** French month names too: several of the site's papers come from French records. */
const FRENCH_MONTHS = ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'];

/** `12`, `Dec`, `dec.`, `December`, `décembre` → 12. */
export function parseMonth(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  if (t.length < 3) return undefined;
  for (let m = 0; m < 12; m++) {
    const en = MONTH_NAMES[m]!;
    const english = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][m]!;
    if (t === en || (english.startsWith(t) && t.length >= 3)) return m + 1;
    if (t === 'sept') return 9;
  }
  for (let m = 0; m < 12; m++) {
    const fr = FRENCH_MONTHS[m]!;
    const full = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m]!;
    if (t === fr || t === full) return m + 1;
  }
  return undefined;
}

/** A year: digits only (`2019`). `in press`, `2019a` are not years. */
export function parseYear(text: string): number | undefined {
  const t = text.trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : undefined;
}

export interface Pages {
  first: string;
  /** Absent for a single page or an article number. */
  last?: string;
}

/** `12--34`, `12-34`, `12–34`, `12 - 34`, `12`, `e1234`, `12+`. */
export function parsePages(text: string): Pages | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const range = /^([^\s\-–—,]+)\s*(?:-{1,3}|–|—)\s*([^\s\-–—,]+)$/.exec(t);
  if (range) return { first: range[1]!, last: range[2]! };
  if (/^[^\s\-–—,]+\+?$/.test(t)) return { first: t.replace(/\+$/, '') };
  return undefined;
}

/**
 * A DOI without its resolver prefix (`https://doi.org/`, `http://dx.doi.org/`, `doi:`), case kept as written
 * (DOIs are case-insensitive; publishers print them in their own case).
 */
export function normaliseDoi(text: string): string | undefined {
  let t = text.trim();
  t = t.replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '');
  try {
    if (/%[0-9a-f]{2}/i.test(t)) t = decodeURIComponent(t);
  } catch {
    return undefined;
  }
  return /^10\.\d{4,9}\/\S+$/.test(t) ? t : undefined;
}

/** `arXiv:2101.00001v2`, `https://arxiv.org/abs/2101.00001`, `hep-th/9901001` → the bare identifier. */
export function normaliseArxiv(text: string): string | undefined {
  const t = text.trim().replace(/^(?:https?:\/\/)?(?:www\.)?arxiv\.org\/(?:abs|pdf)\//i, '').replace(/^arxiv:\s*/i, '').replace(/\.pdf$/i, '');
  if (/^\d{4}\.\d{4,5}(?:v\d+)?$/.test(t)) return t;
  if (/^[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?$/i.test(t)) return t;
  return undefined;
}

/** `hal-01673304`, `tel-00476822v1`, `inria-00320204`, or a HAL URL → the identifier (version kept). */
export function normaliseHal(text: string): string | undefined {
  const t = text.trim().replace(/^(?:https?:\/\/)?(?:[a-z.-]*\.)?(?:hal\.science|hal\.archives-ouvertes\.fr|archives-ouvertes\.fr|hal\.inria\.fr|inria\.hal\.science)\//i, '').replace(/\/(?:document|file\/.*)?$/i, '');
  return /^[a-z][a-z0-9-]*-\d{8}(?:v\d+)?$/i.test(t) ? t.toLowerCase() : undefined;
}

/** An ISBN-10 or ISBN-13 with a valid check digit, hyphens and spaces removed. */
export function normaliseIsbn(text: string): string | undefined {
  const t = text.trim().replace(/^isbn(?:-1[03])?:?\s*/i, '').replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{13}$/.test(t)) {
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += Number(t[i]) * (i % 2 === 0 ? 1 : 3);
    return sum % 10 === 0 ? t : undefined;
  }
  if (/^\d{9}[\dX]$/.test(t)) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (t[i] === 'X' ? 10 : Number(t[i])) * (10 - i);
    return sum % 11 === 0 ? t : undefined;
  }
  return undefined;
}

/** An ISSN `1234-567X` with a valid check digit. */
export function normaliseIssn(text: string): string | undefined {
  const t = text.trim().replace(/^issn:?\s*/i, '').replace(/[\s-]/g, '').toUpperCase();
  if (!/^\d{7}[\dX]$/.test(t)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (t[i] === 'X' ? 10 : Number(t[i])) * (8 - i);
  return sum % 11 === 0 ? `${t.slice(0, 4)}-${t.slice(4)}` : undefined;
}

/**
 * A link: an absolute http(s) URL (normalised by the WHATWG parser), or a relative path the site resolves
 * against its base (`papers/acdc.pdf`). Anything else (`javascript:`, `file:`, `ftp:`) is refused.
 */
export function normaliseLink(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, '');
  if (!t) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(t) || t.startsWith('//')) {
    let url: URL;
    try {
      url = new URL(t.startsWith('//') ? `https:${t}` : t);
    } catch {
      return undefined;
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  }
  // A relative path: no backslashes, no `..` escaping the site.
  if (t.includes('\\') || t.split('/').includes('..')) return undefined;
  return t;
}

/** `true`, `yes`, `1` (any case) → true. */
export function parseFlag(text: string): boolean {
  return /^(?:true|yes|1)$/i.test(text.trim());
}
