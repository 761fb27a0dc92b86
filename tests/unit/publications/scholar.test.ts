import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { sameDirectoryPdf, scholarDate, scholarTags } from '../../../src/lib/publications/scholar.ts';
import { fixture } from './helpers.ts';

const page = 'https://u.github.io/vitrine/publications/lovelace2013engine/';
const values = (tags: { name: string; content: string }[], name: string) => tags.filter((t) => t.name === name).map((t) => t.content);

describe('scholarDate', () => {
  test('as precise as the entry: YYYY/MM/DD, YYYY/MM or YYYY', () => {
    assert.equal(scholarDate(2013, 9, 3), '2013/09/03');
    assert.equal(scholarDate(2013, 9), '2013');
    assert.equal(scholarDate(2013), '2013');
    assert.equal(scholarDate(undefined, 9), undefined);
  });
});

describe('scholarTags', () => {
  test('a journal article: title, authors in order, date, journal, volume, issue, pages, doi, issn, publisher', () => {
    const tags = scholarTags(fixture('lovelace2013engine'), page);
    assert.deepEqual(tags.map((t) => [t.name, t.content]), [
      ['citation_title', 'AnalyticalEngine: A Flexible Manager for Difference Tables'],
      ['citation_author', 'Lovelace, Ada'],
      ['citation_author', 'Babbage, Charles'],
      ['citation_author', 'Müller, Jörg'],
      ['citation_publication_date', '2013'],
      ['citation_journal_title', 'Journal of Mechanical Computation'],
      ['citation_volume', '10'],
      ['citation_issue', '5'],
      ['citation_firstpage', '273'],
      ['citation_lastpage', '286'],
      ['citation_doi', '10.5555/JMC.2013.5'],
      ['citation_issn', '1545-5971'],
      ['citation_publisher', 'Engine Press'],
    ]);
  });
  test('a conference paper has a conference title and no journal title; particles stay with the last name', () => {
    const tags = scholarTags(fixture('hopper2009compiler'), page);
    assert.deepEqual(values(tags, 'citation_conference_title'), ["Proceedings of the Workshop on Small Compilers (WSC '09)"]);
    assert.deepEqual(values(tags, 'citation_journal_title'), []);
    assert.deepEqual(values(tags, 'citation_author'), ['Hopper, Grace', 'de la Fontaine, Jean']);
    assert.deepEqual(values(tags, 'citation_isbn'), ['9781605583754']);
    assert.deepEqual(values(tags, 'citation_publication_date'), ['2009']);
  });
  test('a thesis names its institution; a year alone is the date', () => {
    const tags = scholarTags(fixture('turing2009thesis'), page);
    assert.deepEqual(values(tags, 'citation_dissertation_institution'), ['Université de Nantes']);
    assert.deepEqual(values(tags, 'citation_publication_date'), ['2009']);
    assert.deepEqual(values(tags, 'citation_title'), ['Gestion dynamique des tâches']);
  });
  test('a report names its institution and number, and its number is not an issue', () => {
    const tags = scholarTags(fixture('shannon2010report'), page);
    assert.deepEqual(values(tags, 'citation_technical_report_institution'), ['Bell Labs']);
    assert.deepEqual(values(tags, 'citation_technical_report_number'), ['TR-42']);
    assert.deepEqual(values(tags, 'citation_issue'), []);
  });
  test('citation_pdf_url only for a PDF in the directory of the page', () => {
    const entry = fixture('lovelace2013engine');
    assert.deepEqual(values(scholarTags(entry, page, `${page}paper.pdf`), 'citation_pdf_url'), [`${page}paper.pdf`]);
    assert.deepEqual(values(scholarTags(entry, page, 'https://u.github.io/vitrine/papers/paper.pdf'), 'citation_pdf_url'), []);
    assert.deepEqual(values(scholarTags(entry, page, 'https://example.org/publications/lovelace2013engine/paper.pdf'), 'citation_pdf_url'), []);
    assert.equal(sameDirectoryPdf(page, undefined), undefined);
  });
  test('markup in a title is plain text in the tag (Astro escapes attribute values)', () => {
    assert.deepEqual(values(scholarTags(fixture('mallory2020inject'), page), 'citation_title'), ['<script>alert("x")</script> & <i>italics</i> BERT $x<y$']);
  });
});
