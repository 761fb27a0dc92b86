import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBibliography } from '../../../src/lib/bibtex/index.ts';

const text = `@string{nca = {International Symposium on Network Computing and Applications}}
@inproceedings{carver2017acdc,
  author    = {Carver, Damien and others},
  title     = {{ACDC}: Advanced Consolidation for Dynamic Containers},
  booktitle = {16th IEEE } # nca # { (NCA 2017)},
  year      = 2017,
  month     = OCT,
  abstract  = {pdf = {not a field}, selected = {true}},
  pdf       = {https://hal.science/hal-01673304/document},
  code      = {https://github.com/carverdamien/acdc},
  selected  = {true},
  hal       = {hal-01673304},
  note      = "HAL: hal-01673304",
}`;

test('custom fields are removed structurally; standard fields are kept as written', () => {
  const e = parseBibliography(text, 'x.bib').entries[0]!;
  assert.equal(e.bibtex, `@inproceedings{carver2017acdc,
  author    = {Carver, Damien and others},
  title     = {{ACDC}: Advanced Consolidation for Dynamic Containers},
  booktitle = {16th IEEE International Symposium on Network Computing and Applications (NCA 2017)},
  year      = 2017,
  month     = oct,
  note      = "HAL: hal-01673304"
}`);
});

test('the export parses back to the same standard fields', () => {
  const e = parseBibliography(text, 'x.bib').entries[0]!;
  const again = parseBibliography(e.bibtex, 'y.bib');
  assert.deepEqual(again.diagnostics, []);
  const back = again.entries[0]!;
  for (const name of ['author', 'title', 'booktitle', 'year', 'month', 'note']) assert.equal(back.fields[name], e.fields[name], name);
  assert.deepEqual(back.custom, {});
});

test('the custom fields are available on the entry', () => {
  const e = parseBibliography(text, 'x.bib').entries[0]!;
  assert.equal(e.selected, true);
  assert.equal(e.links.code, 'https://github.com/carverdamien/acdc');
  assert.equal(e.ids.hal, 'hal-01673304');
  assert.equal(e.fields.abstract, 'pdf = not a field, selected = true');
});
