import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { contentLang, localizeEntries, splitEntryId } from '../../src/lib/content-locale.ts';

describe('splitEntryId', () => {
  test('a translation folder gives the language', () => assert.deepEqual(splitEntryId('fr/btrplace'), { slug: 'btrplace', translation: 'fr' }));
  test('an original has no translation language', () => assert.deepEqual(splitEntryId('btrplace'), { slug: 'btrplace', translation: undefined }));
  test('a folder that is not a language is part of the slug', () =>
    assert.deepEqual(splitEntryId('misc/btrplace'), { slug: 'misc/btrplace', translation: undefined }));
});

describe('contentLang', () => {
  test('folder first, then the declared language, then English', () => {
    assert.equal(contentLang('fr/btrplace', undefined), 'fr');
    assert.equal(contentLang('migration', 'fr'), 'fr');
    assert.equal(contentLang('btrplace', undefined), 'en');
  });
});

describe('localizeEntries', () => {
  const entries = [
    { id: 'btrplace', lang: undefined },
    { id: 'fr/btrplace', lang: undefined },
    { id: 'acdc', lang: undefined },
    { id: 'migration', lang: 'fr' as const },
  ];
  const declared = (e: (typeof entries)[number]) => e.lang;
  test('a French page uses the translation when there is one, else the original', () => {
    const fr = localizeEntries(entries, 'fr', declared);
    assert.deepEqual(
      fr.map((e) => [e.slug, e.entry.id, e.lang]),
      [
        ['btrplace', 'fr/btrplace', 'fr'],
        ['acdc', 'acdc', 'en'],
        ['migration', 'migration', 'fr'],
      ],
    );
  });
  test('an English page shows a French-only entry, saying it is French', () => {
    const en = localizeEntries(entries, 'en', declared);
    assert.deepEqual(
      en.map((e) => [e.slug, e.entry.id, e.lang]),
      [
        ['btrplace', 'btrplace', 'en'],
        ['acdc', 'acdc', 'en'],
        ['migration', 'migration', 'fr'],
      ],
    );
  });
});
