/** The fixture entries of tests/fixtures/publications/pages.bib, normalised by the site's BibTeX library. */
import { readFileSync } from 'node:fs';
import { parseBibliography, type BibEntry } from '../../../src/lib/bibtex/index.ts';

const file = new URL('../../fixtures/publications/pages.bib', import.meta.url);
const result = parseBibliography(readFileSync(file, 'utf8'), 'pages.bib');

export function fixture(key: string): BibEntry {
  const entry = result.entries.find((e) => e.key === key);
  if (!entry) throw new Error(`pages.bib has no entry ${key}: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return entry;
}

export const fixtureEntries = result.entries;
export const fixtureDiagnostics = result.diagnostics;
