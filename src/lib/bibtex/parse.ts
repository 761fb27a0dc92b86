/**
 * Reads a .bib file into items (entries, `@string` definitions, preambles) with their positions, one item at a
 * time, so that a malformed entry is reported and skipped while every other entry survives. The grammar is
 * bibtex-parse's `parse()`; the cutting into items and the positions are ours (see scan.ts).
 */
import { parse, type Literal } from 'bibtex-parse';
import { type BibDiagnostic, LineIndex } from './diagnostics.ts';
import { type Chunk, layoutEntry, splitItems } from './scan.ts';

export type { Literal } from 'bibtex-parse';

export interface RawField {
  /** Lower-cased field name. */
  name: string;
  value: Literal;
}

export interface RawEntry {
  kind: 'entry';
  /** Lower-cased entry type. */
  type: string;
  key: string;
  fields: RawField[];
  chunk: Chunk;
}

export interface RawString {
  kind: 'string';
  name: string;
  value: Literal;
  chunk: Chunk;
}

export type RawItem = RawEntry | RawString;

export interface ParsedFile {
  file: string;
  /** Entries and `@string` definitions in file order (preambles and comments carry nothing we publish). */
  items: RawItem[];
  diagnostics: BibDiagnostic[];
  lines: LineIndex;
}

export function parseFile(text: string, file: string): ParsedFile {
  const lines = new LineIndex(text);
  const items: RawItem[] = [];
  const diagnostics: BibDiagnostic[] = [];
  const at = (offset: number) => ({ file, ...lines.position(offset) });

  for (const chunk of splitItems(text)) {
    let parsed;
    try {
      parsed = chunk.closed ? parse(chunk.text, { number: 'string' }) : undefined;
    } catch {
      parsed = undefined;
    }
    const item = parsed?.find((p) => p.itemtype !== 'comment');
    if (parsed && (parsed.length === 0 || !item)) continue; // @comment
    if (!item) {
      diagnostics.push(brokenItemDiagnostic(chunk, at));
      continue;
    }
    if (item.itemtype === 'string') {
      items.push({ kind: 'string', name: item.name.toLowerCase(), value: item as Literal, chunk });
    } else if (item.itemtype === 'entry') {
      const layout = item.key === null ? layoutEntry(chunk.text) : undefined;
      if (item.key === null) {
        // The grammar reads `@misc{k title = ...}` as a keyless entry; our layout says what is really wrong.
        const problem = layout?.problem;
        const key = layout && layout.keyOffset >= 0 ? readKey(chunk.text, layout.keyOffset) : undefined;
        diagnostics.push({
          severity: 'error',
          code: 'missing-key',
          ...at(chunk.offset + (problem?.offset ?? 0)),
          ...(key ? { key } : {}),
          message: problem && key ? `${problem.message}; entry '${key}' was dropped` : `@${item.type} entry without a key was dropped`,
          hint: problem?.hint ?? 'write a citation key right after the opening brace, e.g. `@article{smith2020,`',
        });
        continue;
      }
      const fields: RawField[] = [];
      for (const f of item.fields) fields.push({ name: f.name.toLowerCase(), value: f });
      items.push({ kind: 'entry', type: item.type, key: item.key, fields, chunk });
    }
  }
  return { file, items, diagnostics, lines };
}

/** The error for an item the grammar rejected: where it breaks, and that the entry was dropped. */
function brokenItemDiagnostic(chunk: Chunk, at: (offset: number) => { file: string; line: number; column: number }): BibDiagnostic {
  const layout = layoutEntry(chunk.text);
  const key = layout.keyOffset >= 0 ? readKey(chunk.text, layout.keyOffset) : undefined;
  const what = key ? `entry '${key}'` : 'this item';
  // In an unclosed entry, a problem found at its very end only says that the closing brace is missing.
  const atEnd = layout.problem !== undefined && layout.problem.offset >= chunk.text.trimEnd().length - 1;
  if (layout.problem && !(atEnd && !chunk.closed)) {
    return {
      severity: 'error',
      code: chunk.closed ? 'syntax' : 'unclosed-entry',
      ...at(chunk.offset + layout.problem.offset),
      key,
      message: `${layout.problem.message}; ${what} was dropped`,
      hint: layout.problem.hint,
    };
  }
  return {
    severity: 'error',
    code: chunk.closed ? 'syntax' : 'unclosed-entry',
    ...at(chunk.offset),
    key,
    message: chunk.closed ? `${what} could not be read and was dropped` : `${what} is not closed and was dropped`,
    hint: chunk.closed ? 'check its braces, quotes, commas and `=` signs' : 'add the closing brace `}` at its end; a field value whose brace is not closed swallows it',
  };
}

function readKey(text: string, offset: number): string {
  const m = /^[^=#,{}()[\]\s]+/.exec(text.slice(offset, offset + 200));
  return m ? m[0] : '';
}

/** Position of a field of an entry (its name), for diagnostics; the entry's `@` when it cannot be found. */
export function fieldOffset(entry: RawEntry, fieldIndex: number): number {
  const layout = layoutEntry(entry.chunk.text);
  return entry.chunk.offset + (layout.fieldOffsets[fieldIndex] ?? 0);
}
