import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayName, invertedName, parseName, parseNames } from '../../../src/lib/bibtex/names.ts';

const parts = (s: string) => {
  const n = parseName(s);
  return [n.first, n.von, n.last, n.jr];
};

test('First von Last', () => {
  assert.deepEqual(parts('Ludwig van Beethoven'), ['Ludwig', 'van', 'Beethoven', '']);
  assert.deepEqual(parts('Jean de La Fontaine'), ['Jean', 'de', 'La Fontaine', '']);
  assert.deepEqual(parts('Donald E. Knuth'), ['Donald E.', '', 'Knuth', '']);
  assert.deepEqual(parts('Vo Quoc Bao Bui'), ['Vo Quoc Bao', '', 'Bui', '']);
});

test('von Last, First and von Last, Jr, First', () => {
  assert.deepEqual(parts('van Beethoven, Ludwig'), ['Ludwig', 'van', 'Beethoven', '']);
  assert.deepEqual(parts('de la Vallée Poussin, Jr., Charles Louis'), ['Charles Louis', 'de la', 'Vallée Poussin', 'Jr.']);
  assert.deepEqual(parts('Gallard, J{\\\'e}r{\\^o}me'), ['Jérôme', '', 'Gallard', '']);
});

test('a single word is the last name', () => {
  assert.deepEqual(parts('Aristotle'), ['', '', 'Aristotle', '']);
});

test('accented capitals in braces are upper case, so not a von part', () => {
  assert.deepEqual(parts('{\\"U}ber, Hans'), ['Hans', '', 'Über', '']);
  assert.deepEqual(parts('Ali {\\c{C}}elik'), ['Ali', '', 'Çelik', '']);
  assert.deepEqual(parts('Jan {\\o}stergaard Hansen'), ['Jan', 'østergaard', 'Hansen', '']);
});

test('and splits names only at brace depth 0', () => {
  const list = parseNames('{Barnes and Noble, Inc.} and Smith, John AND Doe, Jane');
  assert.deepEqual(list.names.map(displayName), ['Barnes and Noble, Inc.', 'John Smith', 'Jane Doe']);
  assert.equal(list.names[0]!.literal, true);
});

test('and others marks a truncated list', () => {
  const list = parseNames('Carver, Damien and others');
  assert.equal(list.others, true);
  assert.deepEqual(list.names.map(invertedName), ['Carver, Damien']);
});

test('an empty name is reported by position', () => {
  assert.deepEqual(parseNames('A, B and  and C, D').empty, [2]);
});

test('display and inverted forms', () => {
  const n = parseName('van Beethoven, Jr, Ludwig');
  assert.equal(displayName(n), 'Ludwig van Beethoven, Jr');
  assert.equal(invertedName(n), 'van Beethoven, Jr, Ludwig');
});
