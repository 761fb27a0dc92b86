import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  normaliseArxiv, normaliseDoi, normaliseHal, normaliseIsbn, normaliseIssn, normaliseLink, parseMonth, parsePages, parseYear,
} from '../../../src/lib/bibtex/fields.ts';

test('months: numbers, abbreviations, full names in English and French', () => {
  assert.equal(parseMonth('12'), 12);
  assert.equal(parseMonth('Dec'), 12);
  assert.equal(parseMonth('dec.'), 12);
  assert.equal(parseMonth('December'), 12);
  assert.equal(parseMonth('sept'), 9);
  assert.equal(parseMonth('février'), 2);
  assert.equal(parseMonth('13'), undefined);
  assert.equal(parseMonth('0'), undefined);
  assert.equal(parseMonth('spring'), undefined);
});

test('years are digits only', () => {
  assert.equal(parseYear(' 2019 '), 2019);
  assert.equal(parseYear('in press'), undefined);
  assert.equal(parseYear('2019a'), undefined);
});

test('pages split into first and last', () => {
  assert.deepEqual(parsePages('12--34'), { first: '12', last: '34' });
  assert.deepEqual(parsePages('12-34'), { first: '12', last: '34' });
  assert.deepEqual(parsePages('12 – 34'), { first: '12', last: '34' });
  assert.deepEqual(parsePages('253---260'), { first: '253', last: '260' });
  assert.deepEqual(parsePages('e1234'), { first: 'e1234' });
  assert.deepEqual(parsePages('7+'), { first: '7' });
  assert.equal(parsePages('12, 14, 16'), undefined);
});

test('DOIs lose their resolver prefix and keep their case', () => {
  assert.equal(normaliseDoi('10.1145/1508293.1508300'), '10.1145/1508293.1508300');
  assert.equal(normaliseDoi('https://doi.org/10.1109/TDSC.2013.5'), '10.1109/TDSC.2013.5');
  assert.equal(normaliseDoi('HTTP://DX.DOI.ORG/10.1109/TDSC.2013.5'), '10.1109/TDSC.2013.5');
  assert.equal(normaliseDoi('doi:10.1007/978-3-642-23786-7_5'), '10.1007/978-3-642-23786-7_5');
  assert.equal(normaliseDoi('https://doi.org/10.1007%2F978-3-642-23786-7_5'), '10.1007/978-3-642-23786-7_5');
  assert.equal(normaliseDoi('not a doi'), undefined);
});

test('arXiv identifiers, new and old style, from ids or URLs', () => {
  assert.equal(normaliseArxiv('arXiv:2101.00001v2'), '2101.00001v2');
  assert.equal(normaliseArxiv('https://arxiv.org/abs/1706.03762'), '1706.03762');
  assert.equal(normaliseArxiv('https://arxiv.org/pdf/1706.03762v5.pdf'), '1706.03762v5');
  assert.equal(normaliseArxiv('hep-th/9901001'), 'hep-th/9901001');
  assert.equal(normaliseArxiv('12345'), undefined);
});

test('HAL identifiers from ids or URLs', () => {
  assert.equal(normaliseHal('hal-01673304'), 'hal-01673304');
  assert.equal(normaliseHal('https://hal.science/hal-01673304v1'), 'hal-01673304v1');
  assert.equal(normaliseHal('https://tel.archives-ouvertes.fr/tel-00476822'), 'tel-00476822');
  assert.equal(normaliseHal('https://inria.hal.science/inria-00426373v1/document'), 'inria-00426373v1');
  assert.equal(normaliseHal('01673304'), undefined);
});

test('ISBNs are checked; a 20-digit number is not one', () => {
  assert.equal(normaliseIsbn('978-1-60558-375-4'), '9781605583754');
  assert.equal(normaliseIsbn('0-201-13447-0'), '0201134470');
  assert.equal(normaliseIsbn('978-1-60558-375-5'), undefined);
  assert.equal(normaliseIsbn('97800000000000000001'), undefined);
});

test('ISSNs are checked', () => {
  assert.equal(normaliseIssn('1545-5971'), '1545-5971');
  assert.equal(normaliseIssn('15455971'), '1545-5971');
  assert.equal(normaliseIssn('1545-5972'), undefined);
});

test('links: http(s) or a relative path, nothing else', () => {
  assert.equal(normaliseLink('https://github.com/carverdamien/acdc'), 'https://github.com/carverdamien/acdc');
  assert.equal(normaliseLink('HTTP://Example.org/a b'), 'http://example.org/ab');
  assert.equal(normaliseLink('papers/acdc.pdf'), 'papers/acdc.pdf');
  assert.equal(normaliseLink('javascript:alert(1)'), undefined);
  assert.equal(normaliseLink('file:///etc/passwd'), undefined);
  assert.equal(normaliseLink('ftp://example.org/x'), undefined);
  assert.equal(normaliseLink('../../secret'), undefined);
});
