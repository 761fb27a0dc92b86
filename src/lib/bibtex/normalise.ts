/**
 * The whole pipeline, from the text of a .bib file to normalised entries and diagnostics:
 * parse (items with positions) → macros and `#` → duplicates → crossref inheritance → per-field
 * normalisation (LaTeX, names, dates, pages, identifiers, links) → required fields → clean BibTeX export.
 * Entries that cannot be read (syntax, no key, a repeated key) are dropped with an error; every other problem
 * keeps the entry and adds a diagnostic.
 */
import type { Literal } from 'bibtex-parse';
import type { BibCode, BibDiagnostic, Severity } from './diagnostics.ts';
import { type BibEntry, CUSTOM_FIELDS, type Identifiers, LINK_FIELDS, type LinkField } from './entry.ts';
import { exportBibtex, type ExportField } from './export.ts';
import {
  normaliseArxiv, normaliseDoi, normaliseHal, normaliseIsbn, normaliseIssn, normaliseLink, parseFlag, parseMonth,
  parsePages, parseYear,
} from './fields.ts';
import { type Converted, latexToPlain, latexToRich, richToPlain } from './latex.ts';
import { evaluate, Macros } from './macros.ts';
import { type NameList, type PersonName, parseNames } from './names.ts';
import { fieldOffset, type ParsedFile, parseFile, type RawEntry } from './parse.ts';
import { missingFields } from './required.ts';

export interface BibResult {
  entries: BibEntry[];
  /** In reading order. */
  diagnostics: BibDiagnostic[];
}

/** Types of biblatex and common tools that are not in BibTeX's table but are fine to publish. */
const EXTRA_TYPES = new Set(['online', 'software', 'dataset', 'report', 'thesis', 'patent', 'collection', 'electronic', 'www', 'standard']);

/** Fields that are addresses or identifiers, not prose: `~` and `--` in them are characters, not typography. */
const VERBATIM_FIELDS: ReadonlySet<string> = new Set([...LINK_FIELDS, 'doi', 'eprint', 'arxiv', 'hal', 'isbn', 'issn', 'crossref']);

/** `\url{...}` unwrapped, braces removed, `\_` `\%` `\&` `\#` `\~` `\$` unescaped. */
function verbatim(source: string): string {
  return source
    .trim()
    .replace(/^\\url\s*\{([^]*)\}$/, '$1')
    .replace(/\\([_%&#~$])/g, '$1')
    .replace(/[{}]/g, '')
    .trim();
}

/** Parses and normalises one .bib file. `file` only labels positions in diagnostics and entries. */
export function parseBibliography(text: string, file: string): BibResult {
  return normaliseParsed(parseFile(text, file));
}

/** A field after macro expansion, with where it came from. */
interface EvaluatedField {
  name: string;
  source: string;
  /** Index in the raw entry's field list, -1 when inherited. */
  index: number;
  literal?: Literal;
}

interface Evaluated {
  raw: RawEntry;
  fields: Map<string, EvaluatedField>;
}

export function normaliseParsed(parsed: ParsedFile): BibResult {
  const diagnostics: BibDiagnostic[] = [...parsed.diagnostics];
  const { file, lines } = parsed;
  const report = (severity: Severity, code: BibCode, offset: number, key: string | undefined, message: string, hint?: string) => {
    diagnostics.push({ severity, code, file, ...lines.position(offset), ...(key ? { key } : {}), message, ...(hint ? { hint } : {}) });
  };

  const macros = new Macros();
  const evaluated: Evaluated[] = [];
  const byKey = new Map<string, Evaluated>();
  for (const item of parsed.items) {
    if (item.kind === 'string') {
      const value = evaluate(item.value, macros);
      for (const name of value.unknown) unknownMacro(report, item.chunk.offset, undefined, name);
      macros.define(item.name, value.source);
      continue;
    }
    const lower = item.key.toLowerCase();
    const first = byKey.get(lower);
    if (first) {
      const line = lines.position(first.raw.chunk.offset).line;
      report('error', 'duplicate-key', item.chunk.offset, item.key, `the key '${item.key}' is already used at line ${line}; this second entry was dropped`, 'give one of the two entries another key (keys are compared without case)');
      continue;
    }
    const fields = new Map<string, EvaluatedField>();
    item.fields.forEach((f, index) => {
      if (f.value.datatype === 'null') {
        report('warning', 'syntax', fieldOffset(item, index), item.key, `the field '${f.name}' has no value and was ignored`, 'write `name = {value}` or remove it');
        return;
      }
      if (fields.has(f.name)) {
        report('warning', 'duplicate-field', fieldOffset(item, index), item.key, `the field '${f.name}' appears twice; the first value is kept`, 'remove one of them');
        return;
      }
      const value = evaluate(f.value, macros);
      for (const name of value.unknown) unknownMacro(report, fieldOffset(item, index), item.key, name);
      fields.set(f.name, { name: f.name, source: value.source, index, literal: f.value });
    });
    const entry = { raw: item, fields };
    byKey.set(lower, entry);
    evaluated.push(entry);
  }

  for (const entry of evaluated) inheritCrossref(entry, byKey, report);

  const caches: Caches = { names: new Map(), plain: new Map() };
  const entries = evaluated.map((e) => buildEntry(e, file, lines.position(e.raw.chunk.offset), report, caches));
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { entries, diagnostics };
}

/** Per-file memo of conversions: a bibliography repeats its authors, venues and publishers in every entry. */
interface Caches {
  names: Map<string, PersonName>;
  plain: Map<string, string>;
}

type Report = (severity: Severity, code: BibCode, offset: number, key: string | undefined, message: string, hint?: string) => void;

function unknownMacro(report: Report, offset: number, key: string | undefined, name: string): void {
  report('warning', 'unknown-macro', offset, key, `the macro '${name}' is not defined; its name is kept as text`, `define it with @string{${name} = {...}} before this entry, or write the value in braces`);
}

/** Copies the parent's fields the child lacks (BibTeX's rule), and the parent's title as the child's booktitle. */
function inheritCrossref(entry: Evaluated, byKey: Map<string, Evaluated>, report: Report): void {
  const ref = entry.fields.get('crossref');
  if (!ref) return;
  const parentKey = ref.source.trim();
  const parent = byKey.get(parentKey.toLowerCase());
  if (!parent || parent === entry) {
    report('warning', 'unknown-crossref', fieldOffset(entry.raw, ref.index), entry.raw.key, `crossref '${parentKey}' names no entry of this file; nothing is inherited`, 'add the parent entry (usually a @proceedings or @book) to the same file, or fix the key');
    return;
  }
  for (const [name, f] of parent.fields) {
    if (name === 'crossref' || CUSTOM_FIELDS.has(name) || entry.fields.has(name)) continue;
    entry.fields.set(name, { name, source: f.source, index: -1 });
  }
  const parentTitle = parent.fields.get('title');
  if (!entry.fields.has('booktitle') && parentTitle && ['inproceedings', 'incollection', 'inbook', 'conference'].includes(entry.raw.type)) {
    entry.fields.set('booktitle', { name: 'booktitle', source: parentTitle.source, index: -1 });
  }
}

function buildEntry(e: Evaluated, file: string, at: { line: number; column: number }, report: Report, caches: Caches): BibEntry {
  const { raw, fields } = e;
  const { key, type } = raw;
  const offsetOf = (name: string) => {
    const f = fields.get(name);
    return f && f.index >= 0 ? fieldOffset(raw, f.index) : raw.chunk.offset;
  };
  const warn = (code: BibCode, name: string, message: string, hint?: string) => report('warning', code, offsetOf(name), key, message, hint);
  const convert = (name: string, source: string): Converted => {
    const converted = latexToRich(source);
    for (const command of new Set(converted.unknownCommands)) {
      warn('unknown-command', name, `the LaTeX command '${command}' in '${name}' is not converted; it is shown as written`, 'replace it with the Unicode character it stands for');
    }
    return converted;
  };

  const plain: Record<string, string> = {};
  let title: BibEntry['title'] = [];
  let abstract: BibEntry['abstract'];
  for (const f of fields.values()) {
    if (f.name === 'title' || f.name === 'abstract') {
      const rich = convert(f.name, f.source).rich;
      plain[f.name] = richToPlain(rich);
      if (f.name === 'title') title = rich;
      else abstract = rich;
    } else if (f.name === 'author' || f.name === 'editor') {
      plain[f.name] = f.source.trim(); // replaced below by the parsed names
    } else if (VERBATIM_FIELDS.has(f.name)) {
      plain[f.name] = verbatim(f.source);
    } else if (f.source.includes('\\')) {
      plain[f.name] = richToPlain(convert(f.name, f.source).rich); // not cached: it may warn about its commands
    } else {
      let text = caches.plain.get(f.source);
      if (text === undefined) {
        text = latexToPlain(f.source);
        caches.plain.set(f.source, text);
      }
      plain[f.name] = text;
    }
  }

  const authors = names('author');
  const editors = names('editor');
  function names(name: 'author' | 'editor'): NameList {
    const f = fields.get(name);
    if (!f) return { names: [], others: false, empty: [] };
    const list = parseNames(f.source, caches.names);
    for (const n of list.empty) warn('empty-name', name, `name ${n} of the ${name} list is empty`, "check for a doubled 'and' or a trailing 'and'");
    return list;
  }
  if (authors.names.length || authors.others) plain.author = authorText(authors);
  if (editors.names.length || editors.others) plain.editor = authorText(editors);

  const entry: BibEntry = {
    key,
    type,
    fields: plain,
    authors: authors.names,
    authorsTruncated: authors.others,
    editors: editors.names,
    editorsTruncated: editors.others,
    title,
    ids: {},
    links: {},
    selected: false,
    custom: {},
    bibtex: '',
    source: { file, ...at },
  };
  if (abstract) entry.abstract = abstract;

  if (plain.year !== undefined) {
    const year = parseYear(plain.year);
    if (year === undefined) warn('invalid-year', 'year', `the year '${plain.year}' is not a number`, 'write the year in digits, e.g. year = {2019}');
    else entry.year = year;
  }
  if (plain.month !== undefined) {
    const month = parseMonth(plain.month);
    if (month === undefined) warn('invalid-month', 'month', `the month '${plain.month}' is not understood`, 'use a month macro (month = dec) or a number from 1 to 12');
    else entry.month = month;
  }
  if (plain.pages !== undefined) {
    const pages = parsePages(fields.get('pages')!.source.replace(/[{}]/g, ''));
    if (pages === undefined) warn('invalid-pages', 'pages', `the pages '${plain.pages}' are not a page or a range`, 'write pages = {12--34}');
    else entry.pages = pages;
  }

  entry.ids = identifiers(plain, warn);
  for (const name of LINK_FIELDS) {
    const text = plain[name];
    if (text === undefined) continue;
    const link = normaliseLink(text);
    if (link === undefined) {
      warn('invalid-url', name, `the ${name} '${text}' is not an http(s) URL nor a relative path; it is not linked`, 'use an address starting with https://');
    } else entry.links[name as LinkField] = link;
  }
  for (const name of CUSTOM_FIELDS) if (plain[name] !== undefined) entry.custom[name] = plain[name];
  if (plain.selected !== undefined) entry.selected = parseFlag(plain.selected);
  if (plain.crossref !== undefined) entry.crossref = plain.crossref;

  if (!/^[A-Za-z0-9_.:+-]+$/.test(key)) {
    report('warning', 'key-url', raw.chunk.offset, key, `the key '${key}' has characters that the page URL /publications/<key>/ must escape`, 'keys made of letters, digits and - _ . : + give clean URLs');
  }
  const has = (name: string) => (plain[name] ?? '').trim() !== '';
  if (!has('title')) {
    report('error', 'missing-title', raw.chunk.offset, key, `the entry has no title; its page cannot be published`, 'add title = {...}');
  }
  const missing = missingFields(type, has);
  if (missing === undefined) {
    if (!EXTRA_TYPES.has(type)) report('warning', 'unknown-type', raw.chunk.offset, key, `@${type} is not a BibTeX entry type; it is published as @misc`, 'use one of article, book, inproceedings, incollection, phdthesis, mastersthesis, techreport, misc, ...');
  } else {
    for (const alternatives of missing) {
      if (alternatives.includes('title')) continue; // reported above, as an error
      report('warning', 'missing-field', raw.chunk.offset, key, `@${type} requires ${alternatives.map((a) => `'${a}'`).join(' or ')}`, `add ${alternatives[0]} = {...}`);
    }
  }

  const exported: ExportField[] = [];
  for (const f of fields.values()) exported.push(f.literal ? { name: f.name, literal: f.literal, source: f.source } : { name: f.name, source: f.source });
  entry.bibtex = exportBibtex(type, key, exported);
  return entry;
}

function authorText(list: NameList): string {
  const names = list.names.map((n) => (n.literal ? n.last : [n.first, n.von, n.last].filter(Boolean).join(' ') + (n.jr ? `, ${n.jr}` : '')));
  if (list.others) names.push('others');
  return names.join(' and ');
}

function identifiers(plain: Record<string, string>, warn: (code: BibCode, name: string, message: string, hint?: string) => void): Identifiers {
  const ids: Identifiers = {};
  const check = (name: string, code: BibCode, normalise: (t: string) => string | undefined, what: string, hint: string) => {
    const text = plain[name];
    if (text === undefined || text.trim() === '') return;
    const value = normalise(text);
    if (value === undefined) warn(code, name, `'${text}' is not ${what}`, hint);
    else (ids as Record<string, string>)[name] = value;
  };
  check('doi', 'invalid-doi', normaliseDoi, 'a DOI', 'write the DOI alone, e.g. doi = {10.1145/1508293.1508300}');
  check('arxiv', 'invalid-arxiv', normaliseArxiv, 'an arXiv identifier', 'write e.g. arxiv = {2101.00001}');
  check('hal', 'invalid-hal', normaliseHal, 'a HAL identifier', 'write e.g. hal = {hal-01673304}');
  check('isbn', 'invalid-isbn', normaliseIsbn, 'a valid ISBN-10 or ISBN-13', 'check the digits; the last one is a checksum');
  check('issn', 'invalid-issn', normaliseIssn, 'a valid ISSN', 'write e.g. issn = {1545-5971}');
  if (!ids.arxiv && plain.eprint && /^arxiv$/i.test(plain.archiveprefix ?? plain.eprinttype ?? '')) {
    const arxiv = normaliseArxiv(plain.eprint);
    if (arxiv) ids.arxiv = arxiv;
  }
  return ids;
}

export { parseFile };
export type { ParsedFile };
