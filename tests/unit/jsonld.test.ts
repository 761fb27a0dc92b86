import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { personJsonLd, sameAsLinks } from '../../src/lib/jsonld.ts';

const links = {
  homepage: 'https://example.org/ada/',
  github: 'https://github.com/ada',
  email: 'ada@example.org',
  other: [
    { label: 'Lab page', url: 'https://lab.example.org/ada' },
    { label: 'Same home page', url: 'https://example.org/ada/' },
  ],
};

describe('sameAsLinks', () => {
  test('lists the public profiles once each and never the e-mail', () => {
    assert.deepEqual(sameAsLinks(links), ['https://example.org/ada/', 'https://github.com/ada', 'https://lab.example.org/ada']);
  });
  test('no links, no sameAs', () => assert.deepEqual(sameAsLinks({}), []));
});

describe('personJsonLd', () => {
  const data = personJsonLd({
    name: 'Ada Lovelace',
    role: 'PhD student',
    bio: 'Works on engines.',
    affiliations: ['LIP6', 'Sorbonne Université'],
    interests: ['Operating systems'],
    links,
    pageUrl: 'https://u.github.io/vitrine/people/ada/',
    alumniOf: ['Sorbonne Université', 'Sorbonne Université'],
  });
  test('is a schema.org Person with its page URL', () => {
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'Person');
    assert.equal(data.name, 'Ada Lovelace');
    assert.equal(data.url, 'https://u.github.io/vitrine/people/ada/');
  });
  test('carries affiliations, alumni (deduplicated) and sameAs', () => {
    assert.deepEqual(data.affiliation, [
      { '@type': 'Organization', name: 'LIP6' },
      { '@type': 'Organization', name: 'Sorbonne Université' },
    ]);
    assert.deepEqual(data.alumniOf, [{ '@type': 'Organization', name: 'Sorbonne Université' }]);
    assert.equal((data.sameAs as string[]).length, 3);
  });
  test('contains no e-mail address anywhere', () => assert.doesNotMatch(JSON.stringify(data), /ada@example\.org|"email"/));
});
