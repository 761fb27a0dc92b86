import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { baseLinksPlugin, rebaseRawHtml, rebasedAttributes } from '../../src/lib/markdown-base-links.ts';

describe('rebasedAttributes', () => {
  test('rewrites root-relative href and src and nothing else', () => {
    assert.deepEqual(rebasedAttributes({ href: '/projects/acdc', title: '/not-a-link' }, '/vitrine/'), {
      href: '/vitrine/projects/acdc/',
    });
    assert.deepEqual(rebasedAttributes({ src: '/img/a.png' }, '/vitrine/'), { src: '/vitrine/img/a.png' });
  });
  test('reports no change for external links or non-string values', () => {
    assert.deepEqual(rebasedAttributes({ href: 'https://btrplace.org/' }, '/vitrine/'), {});
    assert.deepEqual(rebasedAttributes({ href: true, src: 3 }, '/vitrine/'), {});
  });
});

describe('rebaseRawHtml', () => {
  test('rewrites quoted href/src values of raw HTML', () => {
    assert.equal(
      rebaseRawHtml(`<a class="x" href="/talks/">t</a><img src='/a.png' alt="/b">`, '/vitrine/'),
      `<a class="x" href="/vitrine/talks/">t</a><img src='/vitrine/a.png' alt="/b">`,
    );
  });
  test('leaves data-href and external links alone', () => {
    const html = '<a data-href="/x" href="https://e.org/">e</a>';
    assert.equal(rebaseRawHtml(html, '/vitrine/'), html);
  });
});

describe('baseLinksPlugin in the Sätteri pipeline Astro uses', () => {
  test('Markdown links, images and raw HTML get the base', async () => {
    const processor = await createSatteriMarkdownProcessor({ hastPlugins: [baseLinksPlugin('/vitrine/')] });
    const { code } = await processor.render(
      'See [ACDC](/projects/acdc), [BtrPlace](https://btrplace.org/) ![logo](/logo.svg) <a href="/talks/">talks</a>',
    );
    assert.match(code, /href="\/vitrine\/projects\/acdc\/"/);
    assert.match(code, /href="https:\/\/btrplace.org\/"/);
    assert.match(code, /src="\/vitrine\/logo.svg"/);
    assert.match(code, /href="\/vitrine\/talks\/"/);
  });
  test('under the root base only the trailing slash is added', async () => {
    const processor = await createSatteriMarkdownProcessor({ hastPlugins: [baseLinksPlugin('/')] });
    const { code } = await processor.render('[x](/people/x)');
    assert.match(code, /href="\/people\/x\/"/);
  });
});
