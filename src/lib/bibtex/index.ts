/** The BibTeX library: one implementation for the content loader, the CLI and the pages. */
export { parseBibliography, normaliseParsed, type BibResult } from './normalise.ts';
export { parseFile, type ParsedFile } from './parse.ts';
export type { BibEntry, Identifiers, LinkField } from './entry.ts';
export { CUSTOM_FIELDS, LINK_FIELDS } from './entry.ts';
export { type BibDiagnostic, type BibCode, type Severity, formatDiagnostic, hasErrors, sortDiagnostics } from './diagnostics.ts';
export { type RichText, type RichNode, latexToRich, latexToPlain, richToPlain, richToHtml, escapeHtml } from './latex.ts';
export { type PersonName, parseNames, parseName, displayName, invertedName } from './names.ts';
export { parseMonth, parseYear, parsePages, type Pages, normaliseDoi, normaliseArxiv, normaliseHal, normaliseIsbn, normaliseIssn, normaliseLink } from './fields.ts';
export { exportBibtex } from './export.ts';
