import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { run } from '../../../src/cli/commands/bib.ts';
import { recordingIo } from '../../../src/cli/io.ts';

const dir = mkdtempSync(join(tmpdir(), 'vitrine-bib-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'good.bib'), '@article{good, author = {M{\\"u}ller, Gilles}, title = {Good}, journal = {J}, year = 2020}\n');
writeFileSync(join(dir, 'bad.bib'), '@misc{a, title = {A}}\n@misc{b title = {B}\n@misc{c, title = {C}}\n');
writeFileSync(join(dir, 'junk.bib'), '\u0000\u00ff@{{{"\n@@@');

test('exit 0 and the entries as JSON when there is no error', async () => {
  const io = recordingIo(dir);
  assert.equal(await run(['--json', 'good.bib'], io), 0);
  const [entry] = JSON.parse(io.stdout);
  assert.deepEqual([entry.key, entry.type, entry.fields.title, entry.authors[0].last], ['good', 'article', 'Good', 'Müller']);
  assert.equal(io.stderr, '');
});

test('exit 1 with errors, the good entries still printed, diagnostics on stderr', async () => {
  const io = recordingIo(dir);
  assert.equal(await run(['--json', 'bad.bib'], io), 1);
  assert.deepEqual(JSON.parse(io.stdout).map((e: { key: string }) => e.key), ['a', 'c']);
  assert.match(io.stderr, /^bad\.bib:2:\d+ b: error /m);
});

test('the summary names each entry and its source line', async () => {
  const io = recordingIo(dir);
  assert.equal(await run(['good.bib', 'bad.bib'], io), 1);
  assert.match(io.stdout, /^good \(@article, good\.bib:1\)\n {2}Gilles Müller \(2020\)\. Good$/m);
  assert.match(io.stdout, /^3 entries$/m);
});

test('garbage input is not a crash', async () => {
  const io = recordingIo(dir);
  assert.ok([0, 1].includes(await run(['junk.bib'], io)));
});

test('exit 2 for usage errors: no file, unknown option, unreadable file', async () => {
  for (const args of [[], ['--nope', 'good.bib'], ['missing.bib'], ['.']]) {
    const io = recordingIo(dir);
    assert.equal(await run(args, io), 2, args.join(' '));
    assert.match(io.stderr, /^vitrine bib: /);
  }
});

test('--help prints the usage and exits 0', async () => {
  const io = recordingIo(dir);
  assert.equal(await run(['--help'], io), 0);
  assert.match(io.stdout, /^usage: vitrine bib/);
});
