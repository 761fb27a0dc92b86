import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseName } from '../../../src/lib/bibtex/index.ts';
import { authorMatch, foldName, identifyAuthors, personNameKeys } from '../../../src/lib/publications/author-match.ts';

const gallard = personNameKeys('Jérôme Gallard', []);
const matches = (author: string, spellings = gallard) => authorMatch(parseName(author), spellings);

describe('foldName', () => {
  test('removes accents and case, spells special letters in ASCII', () => {
    assert.equal(foldName('Jérôme LÈBRE'), 'jerome lebre');
    assert.equal(foldName('Søren Łukasz Straße'), 'soren lukasz strasse');
  });
});

describe('authorMatch', () => {
  test('the same name in both BibTeX orders, with or without accents', () => {
    assert.equal(matches('Gallard, J{\\\'e}r{\\^o}me'), 2);
    assert.equal(matches('Jerome Gallard'), 2);
    assert.equal(matches('GALLARD, JÉRÔME'), 2);
  });
  test('an initial agrees with the full first name, but less strongly', () => {
    assert.equal(matches('J. Gallard'), 1);
    assert.equal(matches('Gallard, J.'), 1);
  });
  test('another first name with the same last name is another person', () => {
    assert.equal(matches('Gallard, Pascal'), 0);
    assert.equal(matches('P. Gallard'), 0);
  });
  test('a last name alone, or a corporate name, matches nobody', () => {
    assert.equal(matches('Gallard'), 0);
    assert.equal(matches('{Gallard and Sons}'), 0);
  });
  test('compound first names and particles', () => {
    const lozi = personNameKeys('Jean-Pierre Lozi');
    assert.equal(matches('Lozi, Jean-Pierre', lozi), 2);
    assert.equal(matches('J.-P. Lozi', lozi), 1);
    assert.equal(matches('Jean-Paul Lozi', lozi), 0);
    const berg = personNameKeys('Anna van der Berg');
    assert.equal(matches('van der Berg, A.', berg), 1);
    assert.equal(matches('Anna Berg', berg), 0);
  });
  test('the variants of the profile count: a nickname listed there matches', () => {
    const spellings = personNameKeys('Stratos Psomadakis', ['Efstratios Psomadakis']);
    assert.equal(matches('Psomadakis, Efstratios', spellings), 2);
    assert.equal(matches('Psomadakis, Stratos', spellings), 2);
  });
});

describe('identifyAuthors', () => {
  const people = [
    { slug: 'jerome-gallard', spellings: gallard },
    { slug: 'fabien-hermenier', spellings: personNameKeys('Fabien Hermenier') },
  ];
  test('links each author to their person by position, leaving the others out', () => {
    const authors = ['Gallard, J{\\\'e}r{\\^o}me', 'Morin, Christine', 'Gallard, Pascal', 'F. Hermenier'].map((a) => parseName(a));
    assert.deepEqual(identifyAuthors(authors, people), ['jerome-gallard', undefined, undefined, 'fabien-hermenier']);
  });
  test('an initial that fits two people equally well links neither', () => {
    const twins = [
      { slug: 'jerome', spellings: personNameKeys('Jérôme Gallard') },
      { slug: 'jean', spellings: personNameKeys('Jean Gallard') },
    ];
    assert.deepEqual(identifyAuthors([parseName('J. Gallard'), parseName('Jean Gallard')], twins), [undefined, 'jean']);
  });
});
