import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inLanguage, langFromParam, languageParams, languages, t } from '../../src/i18n/index.ts';

function dictionary(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`../../src/i18n/${lang}.json`, import.meta.url), 'utf8'));
}

describe('dictionaries', () => {
  test('every language has exactly the keys of the English dictionary', () => {
    const reference = Object.keys(dictionary('en')).sort();
    for (const lang of languages) assert.deepEqual(Object.keys(dictionary(lang)).sort(), reference, `${lang}.json`);
  });
  test('no string is empty and every key is dotted', () => {
    for (const lang of languages)
      for (const [key, value] of Object.entries(dictionary(lang))) {
        assert.match(key, /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/, `${lang}: key ${key}`);
        assert.ok(value.trim().length > 0, `${lang}: ${key} is empty`);
      }
  });
  test('a translation keeps the placeholders of the English string', () => {
    const en = dictionary('en');
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const lang of languages)
      for (const [key, value] of Object.entries(dictionary(lang)))
        assert.deepEqual(placeholders(value), placeholders(en[key]!), `${lang}: ${key}`);
  });
});

describe('t', () => {
  test('looks a key up in the requested language', () => {
    assert.equal(t('en', 'nav.people'), 'People');
    assert.equal(t('fr', 'nav.people'), 'Membres');
  });
  test('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(t('en', 'person.description', { name: 'Ada', role: 'PhD student' }), 'Ada: PhD student.');
    assert.equal(t('en', 'person.description', { name: 'Ada' }), 'Ada: {role}.');
  });
  test('inLanguage names the content language in the UI language', () => {
    assert.equal(inLanguage('en', 'fr'), 'In French');
    assert.equal(inLanguage('fr', 'en'), 'En anglais');
  });
});

describe('language routing', () => {
  test('English has no prefix parameter, French has fr', () => {
    assert.deepEqual(languageParams(), [
      { params: { lang: undefined }, props: { lang: 'en' } },
      { params: { lang: 'fr' }, props: { lang: 'fr' } },
    ]);
    assert.equal(langFromParam(undefined), 'en');
    assert.equal(langFromParam('fr'), 'fr');
    assert.throws(() => langFromParam('de'), /Unknown language "de"/);
  });
});
