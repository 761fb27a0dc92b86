import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseBibliography } from '../../../src/lib/bibtex/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/bib/${name}`, import.meta.url), 'utf8');
const result = parseBibliography(fixture('traps.bib'), 'traps.bib');
const byKey = new Map(result.entries.map((e) => [e.key, e]));

test('the trap corpus normalises exactly to its expected output', () => {
  const expected = JSON.parse(fixture('traps.expected.json'));
  assert.deepEqual(JSON.parse(JSON.stringify({ entries: result.entries, diagnostics: result.diagnostics })), expected);
});

test('a broken entry between two good ones costs only itself, with an error naming it', () => {
  assert.deepEqual(result.entries.map((e) => e.key), ['accents2020', 'protect2019', 'comments2018', 'trapconf2019', 'child2019', 'custom2022']);
  const broken = result.diagnostics.find((d) => d.key === 'broken2021');
  assert.equal(broken?.severity, 'error');
  assert.equal(broken?.line, 33);
});

test('accents in every spelling become Unicode names', () => {
  assert.deepEqual(byKey.get('accents2020')!.authors.map((a) => a.last), ['Müller', 'Erdős', 'Ångström', 'Dvořák', 'Çelik']);
  assert.equal(byKey.get('accents2020')!.authors[3]!.first, 'Antonín');
});

test('month macros in any case and braced month names give month numbers', () => {
  assert.equal(byKey.get('accents2020')!.month, 12); // month = Dec
  assert.equal(byKey.get('protect2019')!.month, 1); // month = {jan}
});

test('@string with # concatenation expands, names case-insensitively', () => {
  assert.equal(byKey.get('protect2019')!.fields.publisher, 'ACM Press');
  assert.equal(byKey.get('protect2019')!.fields.booktitle, 'Proceedings of the Trap Conference');
});

test('a corporate author in double braces stays one literal name', () => {
  assert.deepEqual(byKey.get('protect2019')!.authors, [{ first: '', von: '', last: 'Barnes and Noble, Inc.', jr: '', literal: true }]);
});

test('case protection, math and escapes survive in the rich title', () => {
  const title = byKey.get('protect2019')!.title;
  assert.deepEqual(title[0], { type: 'protected', children: [{ type: 'text', value: 'BERT' }] });
  assert.deepEqual(title[2], { type: 'protected', children: [{ type: 'protected', children: [{ type: 'text', value: 'R' }] }, { type: 'text', value: 'iemannian' }] });
  assert.deepEqual(title[4], { type: 'math', tex: '\\alpha', display: false });
  assert.match(byKey.get('protect2019')!.fields.title!, /at 50% less cost$/);
});

test('a 20-digit ISBN is kept as text and reported, not stored as an ISBN or a number', () => {
  const e = byKey.get('protect2019')!;
  assert.equal(e.fields.isbn, '97800000000000000001');
  assert.equal(e.ids.isbn, undefined);
  assert.ok(result.diagnostics.some((d) => d.code === 'invalid-isbn' && d.key === 'protect2019'));
});

test('% comment lines inside an entry are skipped', () => {
  const e = byKey.get('comments2018')!;
  assert.equal(e.fields.title, 'The TeXbook');
  assert.equal(e.fields.publisher, 'Addison–Wesley');
});

test('crossref inherits the parent fields and its title as booktitle', () => {
  const e = byKey.get('child2019')!;
  assert.equal(e.fields.booktitle, 'Proceedings of the Trap Conference');
  assert.equal(e.year, 2019);
  assert.equal(e.editors[0]!.von, 'van der');
  assert.doesNotMatch(e.bibtex, /crossref/);
});

test('a duplicate key keeps the first entry and reports the second as dropped', () => {
  assert.equal(byKey.get('accents2020')!.type, 'article');
  const dup = result.diagnostics.find((d) => d.code === 'duplicate-key')!;
  assert.deepEqual([dup.severity, dup.line, dup.column, dup.key], ['error', 62, 1, 'accents2020']);
});

test('@comment and @preamble produce no entries', () => {
  assert.ok(!byKey.has('not'));
  assert.equal(result.entries.length, 6);
});
