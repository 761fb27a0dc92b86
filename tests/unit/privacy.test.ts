/**
 * The private data of seed 000 (date of birth, home address, phone number, personal e-mail, nationality) must
 * appear nowhere in the repository's sources and content. The values are read from ../shared at test time, so
 * that this file does not contain them either; without ../shared (a user's clone) the test is skipped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const seed = path.resolve(repoRoot, '..', 'shared', 'seeds', '000_e20cb5a6a8424918.txt');
const scanned = ['content', 'src', 'tests', 'public', 'publications', 'demos', 'bench', 'README.md'];
const skippedDirs = new Set(['node_modules', 'build', 'dist', '.astro']);

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (statSync(entry).isFile()) return [entry];
  return readdirSync(entry).flatMap((name) => (skippedDirs.has(name) ? [] : files(path.join(entry, name))));
}

/** The value after `LABEL:` on the seed's line that matches `label`. */
function field(text: string, label: RegExp): string {
  const line = text.split('\n').find((l) => label.test(l));
  assert.ok(line, `seed 000 has no line matching ${label}`);
  return line.replace(/^[^:]*:\s*/, '').trim();
}

test('no file of the repository holds the private data of seed 000', { skip: !existsSync(seed) && `${seed} is absent` }, () => {
  const text = readFileSync(seed, 'utf8');
  const [nationality, birth] = field(text, /DATE OF BIRTH/i).split('|').map((s) => s.trim());
  const address = field(text, /^ADDRESS\s*:/i);
  const phoneDigits = field(text, /^PHONE\s*:/i).replace(/\D/g, '');
  const email = field(text, /^EMAIL\s*:/i);
  const street = address.split(/\d{5}/)[0]!.trim(); // the street part, before the postcode
  const forbidden = [birth!, nationality!, street, email].filter((s) => s.length >= 4);
  assert.ok(forbidden.length === 4 && phoneDigits.length >= 9, 'could not read the private fields of seed 000');

  const leaks: string[] = [];
  for (const file of scanned.flatMap((entry) => files(path.join(repoRoot, entry)))) {
    if (/\.(wasm|png|jpe?g|gif|ico|woff2?|gz)$/i.test(file)) continue;
    const content = readFileSync(file, 'utf8');
    const digits = content.replace(/\D/g, '');
    for (const value of forbidden) if (content.toLowerCase().includes(value.toLowerCase())) leaks.push(`${path.relative(repoRoot, file)}: ${value.length} chars of private data`);
    // The phone number in any formatting: spaces, dots, or the national 0 instead of +33.
    if (digits.includes(phoneDigits) || digits.includes(`0${phoneDigits.slice(2)}`)) leaks.push(`${path.relative(repoRoot, file)}: the phone number`);
  }
  assert.deepEqual(leaks, []);
});
