/**
 * `vitrine bib <file.bib>...`: parse and normalise BibTeX files with the same library the site uses, print the
 * entries (a summary, or `--json`), then the diagnostics on stderr.
 * Exit codes: 0 no error, 1 errors (the good entries are still printed), 2 usage error.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from '../io.ts';
import {
  type BibDiagnostic, type BibEntry, displayName, formatDiagnostic, hasErrors, parseBibliography, richToPlain,
} from '../../lib/bibtex/index.ts';

const USAGE = `usage: vitrine bib [--json] <file.bib>...

Parses and normalises BibTeX files the way the site does, prints the entries, then
the diagnostics (file:line:col key: severity code: message (hint)) on stderr.

options:
  --json      print a JSON array, one object per entry (key, type, fields, authors, ...)
  -h, --help  show this help

exit status: 0 without errors, 1 with errors (good entries are still printed), 2 usage error`;

export async function run(args: string[], io: Io): Promise<number> {
  let json = false;
  const files: string[] = [];
  let onlyFiles = false;
  for (const arg of args) {
    if (!onlyFiles && (arg === '--help' || arg === '-h')) {
      io.out(USAGE);
      return 0;
    } else if (!onlyFiles && arg === '--json') json = true;
    else if (!onlyFiles && arg === '--') onlyFiles = true;
    else if (!onlyFiles && arg.startsWith('-') && arg !== '-') {
      io.err(`vitrine bib: unknown option '${arg}'\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.err(`vitrine bib: no file given\n\n${USAGE}`);
    return 2;
  }

  const texts: { file: string; text: string }[] = [];
  for (const file of files) {
    try {
      texts.push({ file, text: await readFile(resolve(io.cwd, file), 'utf8') });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : 'cannot be read';
      io.err(`vitrine bib: ${file}: ${reason}`);
      return 2;
    }
  }

  const entries: BibEntry[] = [];
  const diagnostics: BibDiagnostic[] = [];
  for (const { file, text } of texts) {
    try {
      const result = parseBibliography(text, file);
      entries.push(...result.entries);
      diagnostics.push(...result.diagnostics);
    } catch (error) {
      // A bug of ours, not a mistake of the user's: say so, keep going with the other files.
      io.err(`vitrine bib: ${file}: internal error, please report it with this file: ${(error as Error).message}`);
      diagnostics.push({ severity: 'error', code: 'syntax', file, line: 1, column: 1, message: 'the file could not be processed (internal error)' });
    }
  }

  // The stored entry as it is: key, type, fields and authors come first (see BibEntry).
  io.out(json ? JSON.stringify(entries, null, 2) : summary(entries));
  for (const d of diagnostics) io.err(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (diagnostics.length > 0) io.err(`${errors} error(s), ${diagnostics.length - errors} warning(s)`);
  return hasErrors(diagnostics) ? 1 : 0;
}

function summary(entries: BibEntry[]): string {
  if (entries.length === 0) return 'no entries';
  const lines = entries.map((e) => {
    const names = e.authors.map(displayName);
    if (e.authorsTruncated) names.push('et al.');
    const year = e.year ?? 'n.d.';
    return `${e.key} (@${e.type}, ${e.source.file}:${e.source.line})\n  ${names.join(', ') || '(no author)'} (${year}). ${richToPlain(e.title) || '(no title)'}`;
  });
  lines.push(`${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`);
  return lines.join('\n');
}
