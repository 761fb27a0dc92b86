/**
 * Whatever a user types, parseScenario answers with diagnostics, never an exception: random token soups and
 * random one-character edits of the fixture scripts (fast-check). Every diagnostic is located inside the text
 * and carries a code of the table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CODES, parseScenario } from '../../../../src/solver/script/index.ts';
import { fixtures } from './helpers.ts';

const FRAGMENTS = [
  'spread', 'ban', 'among', 'preserve', 'before', 'vm', 'node', 'resource', 'duration', 'objective', 'namespace',
  'import', 'for', 'in', 'if', 'else', 'VM1', 'VM[1..3]', '@N1', '@N[1..2]', '$x', '$me', '_', '"cpu"', "'cpu'", '3',
  '0x1f', '2.5', '(', ')', '{', '}', '[', ']', ',', ';', ':', '<', '>', '>>', '=', '+', '-', '*', '/', '%', '^', '#',
  '!', '&&', '==', '..', 'on', 'offline', 'cpu', 'capacity', '\n', ' ', '//c\n', '/*', '*/', '"', '?',
];

function check(text: string): void {
  const r = parseScenario(text);
  const lines = text.split('\n').length;
  for (const d of r.diagnostics) {
    assert.ok(d.code in CODES || d.code.startsWith('MODEL'), d.code);
    if (d.range) {
      assert.ok(d.range.line >= 1 && d.range.line <= lines, `line ${d.range.line} of ${lines}`);
      assert.ok(d.range.column >= 1);
    }
  }
  if (r.instance === undefined) assert.ok(r.diagnostics.some((d) => d.severity === 'error'));
}

test('random token soups never throw', () => {
  const prelude = 'resource cpu capacity 8;\nnode @N[1..2] cpu 8;\nvm VM[1..3] on @N1 cpu 1;\n';
  fc.assert(fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => check(prelude + parts.join(' '))), { numRuns: 1500 });
});

test('one-character edits of the fixture scripts never throw', () => {
  const texts = [...fixtures('good'), ...fixtures('bad')].map((f) => f.text);
  fc.assert(
    fc.property(fc.nat(texts.length - 1), fc.nat(5000), fc.constantFrom('', ';', '}', '{', '(', '"', '[', '@', '$', 'x', '9', '>'), (k, at, ch) => {
      const t = texts[k]!;
      const i = at % (t.length + 1);
      check(t.slice(0, i) + ch + t.slice(i + 1));
    }),
    { numRuns: 1500 },
  );
});

test('absurd nesting is a diagnostic, not a stack overflow', () => {
  for (const text of ['$x = ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + ';', 'if 1 == 1 '.repeat(1) + '{ '.repeat(3000), '$x = ' + '-'.repeat(20000) + '1;', '$x = ' + '{'.repeat(5000) + ';']) {
    const r = parseScenario(text);
    assert.ok(r.diagnostics.some((d) => d.code === 'BTRP010'), JSON.stringify(r.diagnostics.slice(0, 2)));
  }
});

test('a very long else-if chain is a diagnostic too', () => {
  const r = parseScenario('if 1 == 1 { } ' + 'else if 1 == 2 { } '.repeat(5000));
  assert.ok(r.diagnostics.some((d) => d.code === 'BTRP010'));
});
