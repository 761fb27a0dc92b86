/** The language reference documents every diagnostic code, with the severity the code table gives it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CODES } from '../../../../src/solver/script/index.ts';

test('README.md lists every BTRP code with its severity, and no other', () => {
  const readme = readFileSync(new URL('../../../../src/solver/script/README.md', import.meta.url), 'utf8');
  const rows = [...readme.matchAll(/^\| (BTRP\d{3}) \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
  assert.deepEqual(rows, Object.entries(CODES).map(([code, info]) => [code, info.severity]));
});
