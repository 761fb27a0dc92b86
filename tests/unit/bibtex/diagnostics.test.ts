import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDiagnostic, parseBibliography } from '../../../src/lib/bibtex/index.ts';

const diag = (text: string) => parseBibliography(text, 'x.bib').diagnostics.map((d) => [d.line, d.column, d.severity, d.code, d.key ?? '']);
const ok = '@misc{ok1,\n  title = {Fine},\n}\n';

test('a missing comma between fields: error at the next field, entry dropped, others kept', () => {
  const text = `${ok}@article{bad,\n  title = {T}\n  year = {2020}\n}\n${ok.replace('ok1', 'ok2')}`;
  const r = parseBibliography(text, 'x.bib');
  assert.deepEqual(r.entries.map((e) => e.key), ['ok1', 'ok2']);
  assert.deepEqual(diag(text), [[6, 3, 'error', 'syntax', 'bad']]);
});

test('an unclosed brace stops at the next entry', () => {
  const text = `@misc{open,\n  title = {Never closed,\n}\n\n${ok}`;
  const r = parseBibliography(text, 'x.bib');
  assert.deepEqual(r.entries.map((e) => e.key), ['ok1']);
  assert.deepEqual(diag(text), [[1, 1, 'error', 'unclosed-entry', 'open']]);
});

test('an entry without a key', () => {
  assert.deepEqual(diag('@misc{title = {x}}\n'), [[1, 7, 'error', 'missing-key', '']]);
});

test('duplicate keys are compared without case', () => {
  assert.deepEqual(diag(`${ok}${ok.replace('ok1', 'OK1')}`), [[4, 1, 'error', 'duplicate-key', 'OK1']]);
});

test('unknown macro: warning at the field, the name kept as text', () => {
  const text = '@misc{m,\n  title = {T},\n  publisher = nomacro,\n}\n';
  assert.deepEqual(diag(text), [[3, 3, 'warning', 'unknown-macro', 'm']]);
  assert.equal(parseBibliography(text, 'x.bib').entries[0]!.fields.publisher, 'nomacro');
});

test('missing fields required by the entry type, and a missing title', () => {
  assert.deepEqual(diag('@article{a,\n  title = {T},\n  author = {A},\n}\n'), [
    [1, 1, 'warning', 'missing-field', 'a'], [1, 1, 'warning', 'missing-field', 'a'],
  ]);
  assert.deepEqual(diag('@misc{b, year = 2020}'), [[1, 1, 'error', 'missing-title', 'b']]);
});

test('a non-http URL, an unknown crossref and an unknown type are warnings', () => {
  const text = '@online{c,\n  title = {T},\n  url = {ftp://x.org/a},\n  crossref = {nope},\n}\n@foo{d, title = {T}}\n';
  assert.deepEqual(diag(text), [
    [3, 3, 'warning', 'invalid-url', 'c'], [4, 3, 'warning', 'unknown-crossref', 'c'], [6, 1, 'warning', 'unknown-type', 'd'],
  ]);
});

test('one line per diagnostic: file:line:col key: severity code: message (hint)', () => {
  const d = parseBibliography('@misc{k, title = {T}, year = {soon}}', 'pubs/a.bib').diagnostics[0]!;
  assert.equal(formatDiagnostic(d), "pubs/a.bib:1:23 k: warning invalid-year: the year 'soon' is not a number (write the year in digits, e.g. year = {2019})");
});

test('every dropped entry has an error diagnostic: nothing disappears silently', () => {
  const text = '@article{a, title={x}\n@book{b title={y}}\n@misc{, title={z}}\n@misc{c, title = {ok}}';
  const r = parseBibliography(text, 'x.bib');
  assert.deepEqual(r.entries.map((e) => e.key), ['c']);
  assert.equal(r.diagnostics.filter((d) => d.severity === 'error').length, 3);
});

test('a key that a URL must escape is a warning', () => {
  assert.deepEqual(diag('@misc{DBLP:conf/vee/HermenierLMML09, title = {T}}'), [[1, 1, 'warning', 'key-url', 'DBLP:conf/vee/HermenierLMML09']]);
  assert.deepEqual(diag('@misc{carver2017acdc, title = {T}}'), []);
});
