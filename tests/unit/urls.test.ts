import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  absoluteUrl,
  isRootRelative,
  joinBase,
  localisePath,
  normaliseBaseUrl,
  pageUrlFor,
  rebaseAuthoredHref,
  routes,
  splitPathname,
  url,
  assetUrl,
  withTrailingSlash,
} from '../../src/lib/urls.ts';
import { basePath, normaliseBase, siteUrl } from '../../src/lib/deploy-target.ts';

describe('joinBase', () => {
  test('gives a root path the base whether or not BASE_URL ends with a slash', () => {
    assert.equal(joinBase('/vitrine', '/people/'), '/vitrine/people/');
    assert.equal(joinBase('/vitrine/', '/people/'), '/vitrine/people/');
    assert.equal(joinBase('vitrine', 'people/'), '/vitrine/people/');
  });
  test('leaves paths unchanged under the root base', () => {
    assert.equal(joinBase('/', '/people/'), '/people/');
    assert.equal(joinBase('', '/'), '/');
  });
  test('never doubles a slash between base and path', () => {
    assert.equal(joinBase('/vitrine/', '//x/'), '/vitrine/x/');
    assert.equal(joinBase('/a/b/', '/'), '/a/b/');
  });
});

describe('withTrailingSlash', () => {
  test('adds the slash to page paths', () => {
    assert.equal(withTrailingSlash('/people'), '/people/');
    assert.equal(withTrailingSlash('/people/damien-carver'), '/people/damien-carver/');
    assert.equal(withTrailingSlash('/'), '/');
  });
  test('keeps a query or fragment after the slash', () => {
    assert.equal(withTrailingSlash('/search?q=btrplace'), '/search/?q=btrplace');
    assert.equal(withTrailingSlash('/projects/btrplace#demo'), '/projects/btrplace/#demo');
  });
  test('leaves files alone', () => {
    assert.equal(withTrailingSlash('/rss.xml'), '/rss.xml');
    assert.equal(withTrailingSlash('/papers/acdc.pdf'), '/papers/acdc.pdf');
  });
  test('does not take a dotted version in a directory for a file', () => {
    assert.equal(withTrailingSlash('/v1.2/notes'), '/v1.2/notes/');
  });
});

describe('localisePath and splitPathname', () => {
  test('English stays at the root, French goes under /fr/', () => {
    assert.equal(localisePath('/people/', 'en'), '/people/');
    assert.equal(localisePath('/people/', 'fr'), '/fr/people/');
    assert.equal(localisePath('/', 'fr'), '/fr/');
  });
  test('splits a served pathname back into language and site path', () => {
    assert.deepEqual(splitPathname('/vitrine/fr/people/x/', '/vitrine/'), { lang: 'fr', path: '/people/x/' });
    assert.deepEqual(splitPathname('/vitrine/people/x/', '/vitrine'), { lang: 'en', path: '/people/x/' });
    assert.deepEqual(splitPathname('/vitrine/fr/', '/vitrine/'), { lang: 'fr', path: '/' });
    assert.deepEqual(splitPathname('/vitrine/fr', '/vitrine/'), { lang: 'fr', path: '/' });
    assert.deepEqual(splitPathname('/vitrine/', '/vitrine/'), { lang: 'en', path: '/' });
    assert.deepEqual(splitPathname('/vitrine', '/vitrine/'), { lang: 'en', path: '/' });
    assert.deepEqual(splitPathname('/fr/talks/', '/'), { lang: 'fr', path: '/talks/' });
  });
  test('a path segment that merely starts like a language is not one', () => {
    assert.deepEqual(splitPathname('/fresh/', '/'), { lang: 'en', path: '/fresh/' });
    assert.deepEqual(splitPathname('/en/', '/'), { lang: 'en', path: '/en/' });
  });
  test('splitPathname inverts pageUrlFor for every route and language', () => {
    const paths = [routes.home(), routes.people(), routes.person('a-b'), routes.projects(), routes.project('acdc'),
      routes.talks(), routes.talk('t'), routes.search(), routes.publications(), routes.publication('k2017')];
    for (const base of ['/', '/vitrine/', '/a/b/'])
      for (const lang of ['en', 'fr'] as const)
        for (const path of paths) assert.deepEqual(splitPathname(pageUrlFor(base, path, lang), base), { lang, path });
  });
});

describe('pageUrlFor', () => {
  test('applies base, language and trailing slash at once', () => {
    assert.equal(pageUrlFor('/vitrine', '/people/damien-carver', 'fr'), '/vitrine/fr/people/damien-carver/');
    assert.equal(pageUrlFor('/', routes.talks()), '/talks/');
  });
});

describe('rebaseAuthoredHref', () => {
  test('prefixes root-relative links with the base and the trailing slash', () => {
    assert.equal(rebaseAuthoredHref('/projects/acdc', '/vitrine/'), '/vitrine/projects/acdc/');
    assert.equal(rebaseAuthoredHref('/slides/talk.pdf', '/vitrine'), '/vitrine/slides/talk.pdf');
  });
  test('leaves external, protocol-relative, fragment, mailto and relative links unchanged', () => {
    for (const href of ['https://btrplace.org/', '//cdn.example.org/x.js', '#results', 'mailto:a@b.c', 'notes/', '../x/'])
      assert.equal(rebaseAuthoredHref(href, '/vitrine/'), href);
  });
  test('is idempotent: a link that already carries the base is kept', () => {
    const once = rebaseAuthoredHref('/people/x/', '/vitrine/');
    assert.equal(rebaseAuthoredHref(once, '/vitrine/'), once);
    assert.equal(rebaseAuthoredHref('/vitrine', '/vitrine/'), '/vitrine');
  });
  test('only fixes the trailing slash under the root base', () => {
    assert.equal(rebaseAuthoredHref('/people/x', '/'), '/people/x/');
  });
});

describe('small helpers', () => {
  test('isRootRelative', () => {
    assert.equal(isRootRelative('/x/'), true);
    assert.equal(isRootRelative('//x/'), false);
    assert.equal(isRootRelative('https://x/'), false);
  });
  test('absoluteUrl joins the site and a based path', () => {
    assert.equal(absoluteUrl('/vitrine/people/', 'https://user.github.io'), 'https://user.github.io/vitrine/people/');
  });
  test('normaliseBaseUrl', () => {
    assert.equal(normaliseBaseUrl(''), '/');
    assert.equal(normaliseBaseUrl('/a/b'), '/a/b/');
  });
  test('outside Astro (no import.meta.env) url() and assetUrl() use the root base', () => {
    assert.equal(url(routes.person('x'), 'fr'), '/fr/people/x/');
    assert.equal(assetUrl('/rss.xml'), '/rss.xml');
  });
});

describe('deploy target', () => {
  test('SITE_URL and BASE_PATH win and are normalised', () => {
    assert.equal(siteUrl({ SITE_URL: 'https://lab.example.org/', GITHUB_REPOSITORY: 'u/r' }), 'https://lab.example.org');
    assert.equal(basePath({ BASE_PATH: 'vitrine', GITHUB_REPOSITORY: 'u/r' }), '/vitrine/');
  });
  test('a GitHub project repository deploys to https://<user>.github.io/<repo>/', () => {
    const env = { GITHUB_REPOSITORY: 'Carver/vitrine' };
    assert.equal(siteUrl(env), 'https://carver.github.io');
    assert.equal(basePath(env), '/vitrine/');
  });
  test('a <user>.github.io repository deploys at the root', () => {
    assert.equal(basePath({ GITHUB_REPOSITORY: 'Carver/carver.github.io' }), '/');
  });
  test('local development defaults to localhost and the root', () => {
    assert.equal(siteUrl({}), 'http://localhost:4321');
    assert.equal(basePath({}), '/');
    assert.equal(basePath({ BASE_PATH: '' }), '/');
  });
  test('a malformed GITHUB_REPOSITORY falls back to the local defaults', () => {
    assert.equal(siteUrl({ GITHUB_REPOSITORY: 'nonsense' }), 'http://localhost:4321');
    assert.equal(basePath({ GITHUB_REPOSITORY: 'a/b/c' }), '/');
  });
  test('normaliseBase', () => {
    assert.equal(normaliseBase('/vitrine'), '/vitrine/');
    assert.equal(normaliseBase(' /vitrine/ '), '/vitrine/');
    assert.equal(normaliseBase('/'), '/');
  });
});
