/**
 * Clean BibTeX export: the entry re-serialised from its parsed fields, custom fields left out by name (never by
 * a regular expression over text), inherited fields written out and `crossref` dropped, so that the entry
 * stands alone when a reader pastes it into their own .bib.
 */
import type { Literal } from 'bibtex-parse';
import { CUSTOM_FIELDS } from './entry.ts';
import { MONTH_MACROS } from './macros.ts';

export interface ExportField {
  name: string;
  /** The parsed value, when the field comes from the entry itself. */
  literal?: Literal;
  /** The value as LaTeX source after macro expansion and inheritance. */
  source: string;
}

/** Fields that are kept in the exported BibTeX. */
export function isExported(name: string): boolean {
  return !CUSTOM_FIELDS.has(name) && name !== 'crossref';
}

export function exportBibtex(type: string, key: string, fields: readonly ExportField[]): string {
  const kept = fields.filter((f) => isExported(f.name));
  const width = Math.max(0, ...kept.map((f) => f.name.length));
  const lines = kept.map((f) => `  ${f.name.padEnd(width)} = ${serialiseValue(f)}`);
  return `@${type}{${key},\n${lines.join(',\n')}${lines.length ? '\n' : ''}}`;
}

/** Braced and quoted strings and numbers as written; month macros kept; other macros and `#` expanded. */
function serialiseValue(f: ExportField): string {
  const lit = f.literal;
  if (lit) {
    if (lit.datatype === 'braced' || lit.datatype === 'quoted' || lit.datatype === 'number') return lit.raw;
    if (lit.datatype === 'identifier' && f.name === 'month' && MONTH_MACROS.has(lit.value.toLowerCase())) {
      return lit.value.toLowerCase();
    }
  }
  return /^\d+$/.test(f.source) ? f.source : `{${f.source}}`;
}
