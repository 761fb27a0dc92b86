import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isCurrentSection, navEntries } from '../../src/lib/nav.ts';

describe('main menu', () => {
  test('every entry has a label in both dictionaries and a site path with a trailing slash', () => {
    for (const lang of ['en', 'fr']) {
      const dictionary = JSON.parse(readFileSync(new URL(`../../src/i18n/${lang}.json`, import.meta.url), 'utf8'));
      for (const entry of navEntries) assert.ok(dictionary[entry.label], `${lang}.json lacks ${entry.label}`);
    }
    for (const entry of navEntries) assert.match(entry.path, /^\/([a-z0-9-]+\/)*$/);
  });
  test('an entry is current on its own page and on the pages below it', () => {
    const people = navEntries.find((e) => e.path === '/people/')!;
    assert.equal(isCurrentSection(people, '/people/'), true);
    assert.equal(isCurrentSection(people, '/people/damien-carver/'), true);
    assert.equal(isCurrentSection(people, '/projects/'), false);
    assert.equal(isCurrentSection({ label: 'nav.home', path: '/' }, '/people/'), false);
    assert.equal(isCurrentSection({ label: 'nav.home', path: '/' }, '/'), true);
  });
});
