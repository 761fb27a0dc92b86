/**
 * Names split BibTeX's way: `First von Last`, `von Last, First`, `von Last, Jr, First`; `and` separates names
 * only at brace depth 0; a name in braces (`{Barnes and Noble, Inc.}`) is kept whole; a final `and others`
 * marks a truncated list. Parts are plain Unicode (LaTeX converted, braces removed).
 */
import { latexToPlain } from './latex.ts';

export interface PersonName {
  first: string;
  /** The lower-case particle: `van`, `de la`. */
  von: string;
  last: string;
  jr: string;
  /** A corporate or otherwise literal name written in braces: only `last` is set, and must not be reordered. */
  literal: boolean;
}

export interface NameList {
  names: PersonName[];
  /** The list ended with `and others`. */
  others: boolean;
  /** 1-based positions of empty names (`A and and B`), for a diagnostic. */
  empty: number[];
}

/**
 * Splits an author or editor field (LaTeX source) into names. `cache` (name source → name) saves the work for
 * the names a bibliography repeats in every entry; the returned names must then be treated as read-only.
 */
export function parseNames(source: string, cache?: Map<string, PersonName>): NameList {
  const list: NameList = { names: [], others: false, empty: [] };
  const parts = splitAnd(source);
  parts.forEach((part, index) => {
    const trimmed = part.trim();
    if (trimmed === '') {
      if (parts.length > 1 || index > 0) list.empty.push(index + 1);
      return;
    }
    if (trimmed.toLowerCase() === 'others' && index === parts.length - 1 && index > 0) {
      list.others = true;
      return;
    }
    let name = cache?.get(trimmed);
    if (name === undefined) {
      name = parseName(trimmed);
      cache?.set(trimmed, name);
    }
    list.names.push(name);
  });
  return list;
}

/** Splits at ` and ` (any case, any whitespace around it) outside braces. */
export function splitAnd(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && (c === 'a' || c === 'A') && isWordBreak(source[i - 1]) && /^and\s/i.test(source.slice(i, i + 4))) {
      parts.push(source.slice(start, i));
      i += 3;
      start = i;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

function isWordBreak(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '~';
}

/** One name, in any of BibTeX's three forms. */
export function parseName(source: string): PersonName {
  const commaParts = splitTopLevel(source, ',').map((p) => p.trim());
  if (commaParts.length === 1 && /^\{[^]*\}$/.test(source.trim()) && braceSpansAll(source.trim())) {
    return { first: '', von: '', last: latexToPlain(source.trim().slice(1, -1)), jr: '', literal: true };
  }
  let first: string[] = [];
  let von: string[] = [];
  let last: string[] = [];
  let jr: string[] = [];
  if (commaParts.length === 1) {
    const words = words0(commaParts[0]!);
    // First: the words before the first lower-case word; von: up to the last lower-case word; last: the rest.
    // The last word always belongs to Last.
    let vonStart = -1;
    let vonEnd = -1;
    for (let w = 0; w < words.length - 1; w++) {
      if (isLowerWord(words[w]!)) {
        if (vonStart === -1) vonStart = w;
        vonEnd = w;
      }
    }
    if (vonStart === -1) {
      first = words.slice(0, -1);
      last = words.slice(-1);
    } else {
      first = words.slice(0, vonStart);
      von = words.slice(vonStart, vonEnd + 1);
      last = words.slice(vonEnd + 1);
    }
  } else {
    const vonLast = words0(commaParts[0]!);
    let vonEnd = -1;
    for (let w = 0; w < vonLast.length - 1; w++) if (isLowerWord(vonLast[w]!)) vonEnd = w;
    von = vonLast.slice(0, vonEnd + 1);
    last = vonLast.slice(vonEnd + 1);
    if (commaParts.length === 2) first = words0(commaParts[1]!);
    else {
      jr = words0(commaParts[1]!);
      first = words0(commaParts.slice(2).join(', '));
    }
  }
  // One conversion for the four parts (a NUL between them, which LaTeX text never holds): names are many.
  const joined = `${first.join(' ')}\u0000${von.join(' ')}\u0000${last.join(' ')}\u0000${jr.join(' ')}`;
  const parts = latexToPlain(joined).split('\u0000');
  if (parts.length !== 4) {
    const plain = (ws: string[]) => latexToPlain(ws.join(' '));
    return { first: plain(first), von: plain(von), last: plain(last), jr: plain(jr), literal: false };
  }
  return { first: parts[0]!.trim(), von: parts[1]!.trim(), last: parts[2]!.trim(), jr: parts[3]!.trim(), literal: false };
}

/** True when the braces opening the text close at its very end: `{A and B}`, not `{A} and {B}`. */
function braceSpansAll(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i === text.length - 1;
  }
  return false;
}

function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Words at depth 0, separated by whitespace or `~` (sliced, not built char by char: this runs per name). */
function words0(text: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      if (start === -1) start = i;
      i++;
      continue;
    }
    if (c === 123) depth++;
    else if (c === 125) depth--;
    if (depth === 0 && (c === 32 || c === 9 || c === 10 || c === 13 || c === 126)) {
      if (start !== -1) words.push(text.slice(start, i));
      start = -1;
    } else if (start === -1) start = i;
  }
  if (start !== -1) words.push(text.slice(start));
  return words;
}

/**
 * BibTeX's test for a `von` word: its first letter at brace depth 0 is lower case. A brace group that starts
 * with a command (`{\"u}ber`) counts by the letter it makes; other brace groups are skipped (caseless).
 */
function isLowerWord(word: string): boolean {
  let depth = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === '{') {
      if (depth === 0 && word[i + 1] === '\\') {
        const lower = commandCase(word.slice(i + 1));
        if (lower !== undefined) return lower;
      }
      depth++;
    } else if (c === '}') depth--;
    else if (depth === 0) {
      if (c === '\\') {
        const lower = commandCase(word.slice(i));
        if (lower !== undefined) return lower;
        continue;
      }
      if (/\p{L}/u.test(c)) return isLower(c);
    }
  }
  return false;
}

const SPECIAL_LETTERS = new Set(['o', 'O', 'l', 'L', 'ss', 'aa', 'AA', 'ae', 'AE', 'oe', 'OE', 'i', 'j']);

/** Case of a special character starting with a command: `\o` by itself, `\c{C}` and `\"u` by their letter. */
function commandCase(text: string): boolean | undefined {
  const m = /^\\([a-zA-Z]+|[^a-zA-Z])/.exec(text);
  if (!m) return undefined;
  if (SPECIAL_LETTERS.has(m[1]!)) return isLower(m[1]![0]!);
  const letter = /[a-zA-Z]/.exec(text.slice(m[0].length));
  return letter ? isLower(letter[0]) : undefined;
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** `First von Last, Jr` for display; a literal name as it is. */
export function displayName(n: PersonName): string {
  if (n.literal) return n.last;
  const main = [n.first, n.von, n.last].filter(Boolean).join(' ');
  return n.jr ? `${main}, ${n.jr}` : main;
}

/** `von Last, Jr, First` (the form Google Scholar's `citation_author` and bibliographies sort by). */
export function invertedName(n: PersonName): string {
  if (n.literal) return n.last;
  const lastPart = [n.von, n.last].filter(Boolean).join(' ');
  return [lastPart, n.jr, n.first].filter(Boolean).join(', ');
}
