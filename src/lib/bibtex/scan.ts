/**
 * Structure of a .bib file that the grammar does not give: where each `@` item starts and ends, and where
 * each field of an entry starts. bibtex-parse reports neither positions nor which entry failed (its errors
 * always point at the first `@`), so we cut the file into items ourselves, hand each one to the grammar, and
 * come back here for positions when a diagnostic needs one.
 */

/** One `@type{...}` or `@type(...)` item of a file. */
export interface Chunk {
  /** The item's text, with `%` comment lines between fields blanked out (same length, so offsets hold). */
  text: string;
  /** Offset of the `@` in the file. */
  offset: number;
  /** False when the closing delimiter is missing: the chunk stops before the next item or at the end. */
  closed: boolean;
}

const AT = 64; // @
const NEWLINE = 10;

/** Characters bibtex-parse accepts in an identifier (entry type, key, macro name). */
export function isIdentifierChar(c: number): boolean {
  // [^=#,{}()\[\] \t\n\r]
  return !(
    c === 61 || c === 35 || c === 44 || c === 123 || c === 125 || c === 40 || c === 41 || c === 91 ||
    c === 93 || c === 32 || c === 9 || c === 10 || c === 13
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Does a new item (`@word{` or `@word(`) start at `i`? Used at the start of a line inside an unclosed entry:
 * a missing `}` must cost one entry, not every entry after it.
 */
function itemStartsAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== AT) return false;
  let j = i + 1;
  const start = j;
  while (j < text.length && isIdentifierChar(text.charCodeAt(j))) j++;
  if (j === start) return false;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  return c === 123 || c === 40;
}

/** Cuts a file into its `@` items. Text outside items is a comment for BibTeX and is skipped. */
export function splitItems(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let i = text.indexOf('@');
  while (i !== -1) {
    let j = i + 1;
    while (j < text.length && isIdentifierChar(text.charCodeAt(j))) j++;
    if (j === i + 1) {
      i = text.indexOf('@', i + 1);
      continue;
    }
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    const opener = text.charCodeAt(j);
    if (opener !== 123 && opener !== 40) {
      // `@` in plain text (an e-mail address, `@comment` to the end of the line): a comment.
      i = text.indexOf('@', j);
      continue;
    }
    const end = scanBody(text, j + 1, opener === 123 ? 125 : 41);
    let body = text.slice(i, end.end);
    if (end.commentLines.length > 0) body = blankOut(body, end.commentLines, i);
    chunks.push({ text: body, offset: i, closed: end.closed });
    i = text.indexOf('@', end.end);
  }
  return chunks;
}

interface BodyEnd {
  /** Offset just after the item. */
  end: number;
  closed: boolean;
  /** [start, end) offsets of `%` lines found between fields. */
  commentLines: number[];
}

/** Finds the end of an item body, starting just after its opening delimiter. */
function scanBody(text: string, from: number, closer: number): BodyEnd {
  const commentLines: number[] = [];
  let depth = 0;
  let quoted = false;
  let lineStart = false; // the opening line is the item's own
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (lineStart) {
      if (c === 32 || c === 9 || c === 13) continue;
      lineStart = false;
      if (c === AT && itemStartsAt(text, k)) return { end: Math.max(lineBegin(text, k), from), closed: false, commentLines };
      if (c === 37 && depth === 0 && !quoted) {
        // `%` line between fields: BibTeX would choke on it, biber skips it; we skip it too.
        const eol = text.indexOf('\n', k);
        const stop = eol === -1 ? text.length : eol;
        commentLines.push(k, stop);
        k = stop - 1;
        continue;
      }
    }
    if (c === NEWLINE) {
      lineStart = true;
    } else if (c === 92) {
      k++; // an escaped character never opens, closes or quotes (bibtex-parse's rule)
      if (text.charCodeAt(k) === NEWLINE) lineStart = true;
    } else if (c === 123) {
      depth++;
    } else if (c === 125) {
      if (depth === 0) {
        if (closer === 125) return { end: k + 1, closed: true, commentLines };
      } else depth--;
    } else if (c === 34 && depth === 0) {
      quoted = !quoted;
    } else if (c === closer && depth === 0 && !quoted) {
      return { end: k + 1, closed: true, commentLines };
    }
  }
  return { end: text.length, closed: false, commentLines };
}

function lineBegin(text: string, k: number): number {
  const nl = text.lastIndexOf('\n', k);
  return nl === -1 ? k : nl + 1;
}

function blankOut(body: string, spans: number[], base: number): string {
  let out = '';
  let last = 0;
  for (let s = 0; s < spans.length; s += 2) {
    const a = spans[s]! - base;
    const b = spans[s + 1]! - base;
    out += body.slice(last, a) + ' '.repeat(b - a);
    last = b;
  }
  return out + body.slice(last);
}

/** Where a field starts in an item, and the first structural problem, if any. */
export interface EntryLayout {
  /** Offsets (in the chunk) of the entry key, or -1. */
  keyOffset: number;
  /** Offsets (in the chunk) of each field name, in order. */
  fieldOffsets: number[];
  problem?: { offset: number; message: string; hint: string };
}

/**
 * Walks an entry the way the grammar does, only to locate its parts: the key, each field, and the first thing
 * that breaks the grammar. Called for diagnostics only, so it can afford to be simple.
 */
export function layoutEntry(chunk: string): EntryLayout {
  const layout: EntryLayout = { keyOffset: -1, fieldOffsets: [] };
  let k = 1;
  while (k < chunk.length && isIdentifierChar(chunk.charCodeAt(k))) k++;
  k = skipSpace(chunk, k);
  const closer = chunk.charCodeAt(k) === 40 ? 41 : 125;
  k = skipSpace(chunk, k + 1);
  const fail = (offset: number, message: string, hint: string): EntryLayout => {
    layout.problem = { offset: Math.min(offset, Math.max(chunk.length - 1, 0)), message, hint };
    return layout;
  };
  // Key: an identifier followed by a comma.
  const keyStart = k;
  while (k < chunk.length && isIdentifierChar(chunk.charCodeAt(k))) k++;
  if (k === keyStart) {
    if (chunk.charCodeAt(k) === closer) return layout;
    return fail(k, 'the entry has no key', 'write a citation key right after the opening brace, e.g. `@article{smith2020,`');
  }
  const afterKey = skipSpace(chunk, k);
  if (chunk.charCodeAt(afterKey) === 61) {
    return fail(keyStart, 'the entry has no key', 'write a citation key right after the opening brace, e.g. `@article{smith2020,`');
  }
  if (chunk.charCodeAt(afterKey) === closer) {
    layout.keyOffset = keyStart;
    return layout;
  }
  layout.keyOffset = keyStart;
  if (chunk.charCodeAt(afterKey) !== 44) {
    return fail(afterKey, `expected ',' after the key '${chunk.slice(keyStart, k)}'`, 'separate the key from the first field with a comma');
  }
  layout.keyOffset = keyStart;
  k = skipSpace(chunk, afterKey + 1);
  while (k < chunk.length) {
    if (chunk.charCodeAt(k) === closer) return layout;
    const nameStart = k;
    while (k < chunk.length && isIdentifierChar(chunk.charCodeAt(k))) k++;
    if (k === nameStart) return fail(k, `unexpected '${chunk[k]}' where a field name should start`, 'fields are written `name = {value}`, separated by commas');
    const name = chunk.slice(nameStart, k);
    layout.fieldOffsets.push(nameStart);
    k = skipSpace(chunk, k);
    if (chunk.charCodeAt(k) !== 61) {
      return fail(k, `expected '=' after the field name '${name}'`, 'fields are written `name = {value}`; a missing comma between two fields also looks like this');
    }
    k = skipSpace(chunk, k + 1);
    for (;;) {
      const valueStart = k;
      const c = chunk.charCodeAt(k);
      if (c === 123) k = skipBraced(chunk, k);
      else if (c === 34) k = skipQuoted(chunk, k);
      else while (k < chunk.length && isIdentifierChar(chunk.charCodeAt(k))) k++;
      if (k === valueStart) return fail(k, `the field '${name}' has no value`, 'give it a value in braces, `{...}`, or remove it');
      if (k < 0) return fail(valueStart, `the value of '${name}' is not closed`, 'check that its braces and quotes are balanced');
      k = skipSpace(chunk, k);
      if (chunk.charCodeAt(k) !== 35) break;
      k = skipSpace(chunk, k + 1);
    }
    if (chunk.charCodeAt(k) === closer) return layout;
    if (chunk.charCodeAt(k) !== 44) {
      return fail(k, `expected ',' or the end of the entry after the value of '${name}'`, 'a comma is probably missing between two fields');
    }
    k = skipSpace(chunk, k + 1);
  }
  return fail(chunk.length, 'the entry is not closed', 'add the closing brace');
}

function skipSpace(s: string, k: number): number {
  while (k < s.length && isSpace(s.charCodeAt(k))) k++;
  return k;
}

/** Index after the balanced `{...}` starting at `k`, or -1. */
function skipBraced(s: string, k: number): number {
  let depth = 0;
  for (; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 92) k++;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return k + 1;
  }
  return -1;
}

/** Index after the `"..."` starting at `k` (braces inside protect quotes), or -1. */
function skipQuoted(s: string, k: number): number {
  let depth = 0;
  for (k++; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 92) k++;
    else if (c === 123) depth++;
    else if (c === 125) depth--;
    else if (c === 34 && depth === 0) return k + 1;
  }
  return -1;
}
