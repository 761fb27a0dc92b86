/**
 * Diagnostics of the BibTeX pipeline. The library returns them; the CLI and the content loader print them.
 * Every problem names the file, the 1-based line and column, the entry key when one is known, what is wrong
 * and how to fix it.
 */
export type Severity = 'error' | 'warning';

/**
 * Stable codes. Errors: the entry could not be read (it is reported as dropped) or the site cannot publish it
 * as written (it is kept, and the build fails). Warnings: the entry is kept and published.
 */
export type BibCode =
  | 'syntax' // error, entry dropped: the grammar rejected it
  | 'unclosed-entry' // error, entry dropped: its closing brace is missing
  | 'missing-key' // error, entry dropped
  | 'duplicate-key' // error, the later entry is dropped
  | 'missing-title' // error, entry kept: a page needs a title
  | 'duplicate-field' // warning: the first value is kept
  | 'unknown-macro' // warning: the macro's name is kept as text
  | 'unknown-crossref' // warning
  | 'missing-field' // warning: a field BibTeX requires for this entry type
  | 'unknown-type' // warning
  | 'key-url' // warning: the key holds characters that a page URL must escape (`DBLP:conf/vee/X`)
  | 'unknown-command' // warning: a LaTeX command we cannot convert, kept as written
  | 'empty-name' // warning: an empty name in an author or editor list
  | 'invalid-year'
  | 'invalid-month'
  | 'invalid-pages'
  | 'invalid-doi'
  | 'invalid-isbn'
  | 'invalid-issn'
  | 'invalid-arxiv'
  | 'invalid-hal'
  | 'invalid-url' // warning: not http(s) nor a relative path; the link is not published
  | 'unreadable-file'; // error (loader/CLI)

export interface BibDiagnostic {
  severity: Severity;
  code: BibCode;
  /** File name as given by the caller (relative to the project root in the loader). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like editors count. */
  column: number;
  /** Entry key, when the problem belongs to an entry that has one. */
  key?: string;
  message: string;
  hint?: string;
}

export function hasErrors(diagnostics: readonly BibDiagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `file:line:col key: error code: message (hint)`: one line, the form editors link. */
export function formatDiagnostic(d: BibDiagnostic): string {
  const key = d.key ? ` ${d.key}` : '';
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${d.file}:${d.line}:${d.column}${key}: ${d.severity} ${d.code}: ${d.message}${hint}`;
}

/** Diagnostics in reading order: by file, then position. */
export function sortDiagnostics(diagnostics: BibDiagnostic[]): BibDiagnostic[] {
  return diagnostics.sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1,
  );
}

/** Maps offsets of a text to 1-based line and column. Built once per file; lookups are binary searches. */
export class LineIndex {
  readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
