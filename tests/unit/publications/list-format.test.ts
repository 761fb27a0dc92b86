import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { comparePublications, facetsOf, groupByYear, kindOf, matchesFilter } from '../../../src/lib/publications/list.ts';
import { nameSeparators, paperLinks, venueLine, doiUrl } from '../../../src/lib/publications/format.ts';
import { scholarlyArticleJsonLd, isoDate } from '../../../src/lib/publications/jsonld.ts';
import { fixture, fixtureEntries } from './helpers.ts';

const words = { volume: 'vol.', issue: 'no.', pages: 'pp.', page: 'p.', phdThesis: 'PhD thesis', mastersThesis: "Master's thesis", report: 'Technical report', in: 'In' };

describe('kinds, order and groups', () => {
  test('BibTeX types fall into the kinds a reader filters by', () => {
    assert.equal(kindOf('article'), 'journal');
    assert.equal(kindOf('inproceedings'), 'conference');
    assert.equal(kindOf('phdthesis'), 'thesis');
    assert.equal(kindOf('techreport'), 'report');
    assert.equal(kindOf('misc'), 'other');
  });
  test('newest first, grouped by year', () => {
    const sorted = [...fixtureEntries].sort(comparePublications).map((e) => e.key);
    assert.deepEqual(sorted, ['mallory2020inject', 'lovelace2013engine', 'shannon2010report', 'hopper2009compiler', 'turing2009thesis']);
    const groups = groupByYear([...fixtureEntries].sort(comparePublications), (e) => e.year);
    assert.deepEqual(groups.map((g) => [g.year, g.items.map((e) => e.key)]), [
      [2020, ['mallory2020inject']],
      [2013, ['lovelace2013engine']],
      [2010, ['shannon2010report']],
      [2009, ['hopper2009compiler', 'turing2009thesis']],
    ]);
  });
});

describe('filters', () => {
  const items = [
    { kind: 'journal' as const, year: 2013, people: ['ada'] },
    { kind: 'conference' as const, year: 2009, people: ['ada', 'grace'] },
    { kind: 'conference' as const, year: 2009, people: [] },
    { kind: 'thesis' as const, year: undefined, people: ['grace'] },
  ];
  test('facets count what each value selects, people in the site order', () => {
    assert.deepEqual(facetsOf(items, ['grace', 'ada', 'nobody']), {
      kinds: [{ value: 'journal', count: 1 }, { value: 'conference', count: 2 }, { value: 'thesis', count: 1 }],
      years: [{ value: 2013, count: 1 }, { value: 2009, count: 2 }],
      people: [{ value: 'grace', count: 2 }, { value: 'ada', count: 2 }],
    });
  });
  test('filters combine with AND; no filter selects everything', () => {
    assert.equal(items.filter((i) => matchesFilter(i, {})).length, 4);
    assert.equal(items.filter((i) => matchesFilter(i, { kind: 'conference' })).length, 2);
    assert.equal(items.filter((i) => matchesFilter(i, { kind: 'conference', person: 'grace' })).length, 1);
    assert.equal(items.filter((i) => matchesFilter(i, { year: 2013, person: 'grace' })).length, 0);
  });
});

describe('venueLine and paperLinks', () => {
  test('one line saying where each kind appeared', () => {
    assert.equal(venueLine(fixture('lovelace2013engine'), words), 'Journal of Mechanical Computation, vol. 10, no. 5, pp. 273–286');
    assert.equal(venueLine(fixture('hopper2009compiler'), words), "In Proceedings of the Workshop on Small Compilers (WSC '09), pp. 41–50");
    assert.equal(venueLine(fixture('turing2009thesis'), words), 'PhD thesis, Université de Nantes');
    assert.equal(venueLine(fixture('shannon2010report'), words), 'Technical report TR-42, Bell Labs');
  });
  test('links in a fixed order, identifiers resolved, relative files given the base', () => {
    const links = paperLinks(fixture('lovelace2013engine'), (p) => `/vitrine/${p}`);
    assert.deepEqual(links, [
      { name: 'pdf', href: '/vitrine/publications/lovelace2013engine/paper.pdf' },
      { name: 'doi', href: 'https://doi.org/10.5555/JMC.2013.5' },
      { name: 'code', href: 'https://example.org/engine' },
    ]);
    assert.equal(doiUrl('10.1000/a#b?c'), 'https://doi.org/10.1000/a%23b%3Fc');
  });
});

describe('scholarlyArticleJsonLd', () => {
  test('type, name, authors in order with profile links, date, journal, pages, DOI', () => {
    const data = scholarlyArticleJsonLd({
      entry: fixture('lovelace2013engine'),
      pageUrl: 'https://u.github.io/vitrine/publications/lovelace2013engine/',
      authorUrls: ['https://u.github.io/vitrine/people/ada/', undefined, undefined],
    });
    assert.equal(data['@type'], 'ScholarlyArticle');
    assert.equal(data.name, 'AnalyticalEngine: A Flexible Manager for Difference Tables');
    assert.deepEqual(data.author, [
      { '@type': 'Person', name: 'Ada Lovelace', familyName: 'Lovelace', givenName: 'Ada', url: 'https://u.github.io/vitrine/people/ada/' },
      { '@type': 'Person', name: 'Charles Babbage', familyName: 'Babbage', givenName: 'Charles' },
      { '@type': 'Person', name: 'Jörg Müller', familyName: 'Müller', givenName: 'Jörg' },
    ]);
    assert.equal(data.datePublished, '2013-09');
    assert.deepEqual(data.isPartOf, { '@type': 'Periodical', name: 'Journal of Mechanical Computation', issn: '1545-5971' });
    assert.equal(data.pageStart, '273');
    assert.equal(data.abstract, 'We schedule difference tables.');
    assert.deepEqual(data.sameAs, ['https://doi.org/10.5555/JMC.2013.5']);
    assert.equal(isoDate(2009), '2009');
  });
});

describe('nameSeparators', () => {
  test('English uses a serial comma from three names; French joins the last with "et"; a cut list only commas', () => {
    assert.deepEqual(nameSeparators(1, false, 'en'), ['']);
    assert.deepEqual(nameSeparators(2, false, 'en'), ['', ' and ']);
    assert.deepEqual(nameSeparators(3, false, 'en'), ['', ', ', ', and ']);
    assert.deepEqual(nameSeparators(3, false, 'fr'), ['', ', ', ' et ']);
    assert.deepEqual(nameSeparators(2, true, 'en'), ['', ', ']);
  });
});
