/**
 * Fixture scripts: good ones parse without a single diagnostic; bad ones report exactly the diagnostics their
 * `// expect CODE@column` comments announce, at those lines and columns.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScenario } from '../../../../src/solver/script/index.ts';
import { formatDiagnostic } from '../../../../src/solver/diagnostics.ts';
import { expectations, fixtures } from './helpers.ts';

for (const { name, text } of fixtures('good')) {
  test(`good script ${name} builds an instance without diagnostics`, () => {
    const r = parseScenario(text, { file: name });
    assert.deepEqual(r.diagnostics.map(formatDiagnostic), []);
    assert.ok(r.instance);
  });
}

for (const { name, text } of fixtures('bad')) {
  test(`bad script ${name} reports exactly its expected diagnostics`, () => {
    const r = parseScenario(text, { file: name });
    const got = r.diagnostics.map((d) => `${d.code}@${d.range?.line}:${d.range?.column}`).sort();
    assert.deepEqual(got, expectations(text), r.diagnostics.map(formatDiagnostic).join('\n'));
    assert.equal(r.instance, undefined, 'a script with errors yields no instance');
    for (const d of r.diagnostics) {
      assert.equal(d.file, name);
      assert.ok(d.message.length > 0);
    }
  });
}

test('three independent mistakes give three diagnostics, in source order', () => {
  const r = parseScenario(fixtures('bad').find((f) => f.name === 'recovery.btrp')!.text);
  assert.deepEqual(r.diagnostics.map((d) => [d.code, d.range?.line]), [['BTRP011', 5], ['BTRP010', 6], ['BTRP031', 8]]);
});
