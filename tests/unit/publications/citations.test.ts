import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { formatCitation, formatCitations, isSafeCitationHtml } from '../../../src/lib/publications/citations.ts';
import { toCslItem } from '../../../src/lib/publications/csl-json.ts';
import { fixture, fixtureEntries } from './helpers.ts';

describe('toCslItem', () => {
  test('maps the normalised entry: type, names with particles, issue, pages, date, identifiers', () => {
    const item = toCslItem(fixture('lovelace2013engine'));
    assert.equal(item.type, 'article-journal');
    assert.deepEqual(item.author?.[2], { family: 'Müller', given: 'Jörg' });
    assert.equal(item.issue, '5');
    assert.equal(item.page, '273-286');
    assert.deepEqual(item.issued, { 'date-parts': [[2013, 9]] });
    assert.equal(item.DOI, '10.5555/JMC.2013.5');
    assert.deepEqual(toCslItem(fixture('hopper2009compiler')).author?.[1], { family: 'Fontaine', given: 'Jean', 'non-dropping-particle': 'de la' });
    const report = toCslItem(fixture('shannon2010report'));
    assert.equal(report.number, 'TR-42');
    assert.equal(report.issue, undefined);
  });
});

describe('formatCitation', () => {
  test('APA: authors inverted with initials, year, title, italic journal and volume, DOI link', () => {
    assert.equal(
      formatCitation(fixture('lovelace2013engine'), 'apa'),
      'Lovelace, A., Babbage, C., &#38; Müller, J. (2013). AnalyticalEngine: A Flexible Manager for Difference Tables. <i>Journal of Mechanical Computation</i>, <i>10</i>(5), 273–286. https://doi.org/10.5555/JMC.2013.5',
    );
  });
  test('IEEE: initials first, quoted title, vol./no./pp., short month, doi', () => {
    assert.equal(
      formatCitation(fixture('lovelace2013engine'), 'ieee'),
      'A. Lovelace, C. Babbage, and J. Müller, “AnalyticalEngine: A Flexible Manager for Difference Tables,” <i>Journal of Mechanical Computation</i>, vol. 10, no. 5, pp. 273–286, Sep. 2013, doi: 10.5555/JMC.2013.5.',
    );
    assert.equal(
      formatCitation(fixture('hopper2009compiler'), 'ieee'),
      'G. Hopper and J. de la Fontaine, “Compiling in the Small,” in <i>Proceedings of the Workshop on Small Compilers (WSC ’09)</i>, Washington, DC, USA, Mar. 2009, pp. 41–50.',
    );
    assert.equal(formatCitation(fixture('turing2009thesis'), 'ieee'), 'A. Turing, “Gestion dynamique des tâches,” Ph.D. dissertation, Université de Nantes, 2009.');
    assert.equal(formatCitation(fixture('shannon2010report'), 'ieee'), 'C. Shannon, “A Report on Channels,” Bell Labs, Tech. Rep. TR-42, Jan. 2010.');
  });
  test('markup in a BibTeX title comes out as escaped text, never as a tag', () => {
    for (const style of ['apa', 'ieee'] as const) {
      const html = formatCitation(fixture('mallory2020inject'), style);
      assert.match(html, /&lt;script&gt;alert\(.x.\)&lt;\/script&gt; &#38; &lt;i&gt;italics&lt;\/i&gt; BERT \$x&lt;y\$/);
      assert.ok(isSafeCitationHtml(html), html);
    }
  });
  test('the whole collection in one run gives every entry its citation', () => {
    const all = formatCitations(fixtureEntries, 'ieee', 'en');
    assert.deepEqual([...all.keys()].sort(), fixtureEntries.map((e) => e.key).sort());
    for (const html of all.values()) assert.ok(html.length > 10);
  });
});

describe('isSafeCitationHtml', () => {
  test('accepts the tags citeproc writes and refuses anything else', () => {
    assert.ok(isSafeCitationHtml('A, <i>B</i> <span style="font-variant:small-caps;">C</span> n<sup>o</sup> &#38;'));
    assert.ok(!isSafeCitationHtml('<script>x</script>'));
    assert.ok(!isSafeCitationHtml('<img src=x onerror=alert(1)>'));
    assert.ok(!isSafeCitationHtml('<i onclick="x">B</i>'));
    assert.ok(!isSafeCitationHtml('a < b'));
  });
});
