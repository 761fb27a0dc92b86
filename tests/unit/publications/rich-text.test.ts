/**
 * Titles and abstracts reach the pages through `richToHtml` (src/components/publications/RichText.astro): every
 * character from the .bib file is escaped, only the tree's own nodes become elements.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { richToHtml } from '../../../src/lib/bibtex/index.ts';
import { fixture } from './helpers.ts';

describe('rendering a title or abstract from BibTeX', () => {
  test('<script>, &, quotes and braces in a title are text', () => {
    assert.equal(
      richToHtml(fixture('mallory2020inject').title),
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;i&gt;italics&lt;/i&gt; BERT <span class="math">$x&lt;y$</span>',
    );
  });
  test('an abstract with a tag and math: escaped text, math in its span', () => {
    assert.equal(
      richToHtml(fixture('mallory2020inject').abstract!),
      'Braces and &lt;img src=x onerror=alert(1)&gt; and <span class="math">$\\alpha$</span> stay text.',
    );
  });
  test('\\emph becomes <em>, case protection leaves no braces', () => {
    assert.equal(richToHtml(fixture('lovelace2013engine').abstract!), 'We schedule <em>difference</em> tables.');
    assert.equal(richToHtml(fixture('lovelace2013engine').title), 'AnalyticalEngine: A Flexible Manager for Difference Tables');
  });
});
