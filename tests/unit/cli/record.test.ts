/**
 * Recordings on a COPY of the project (a temp dir with demos/ copied and the rest symlinked): `vitrine record`
 * writes them, and the real `vitrine build --verify-only` entry point (bin/vitrine.mjs, a child process) stops
 * with the difference when a recording is altered.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordingIo } from '../../../src/cli/io.ts';
import { run as record, scenarioName } from '../../../src/cli/commands/record.ts';
import { run as build } from '../../../src/cli/commands/build.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

function vitrine(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(cwd, 'bin', 'vitrine.mjs'), ...args], { cwd, encoding: 'utf8' });
}

describe('recordings of a copy of the project', () => {
  let copy: string;
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'vitrine-repro-'));
    for (const entry of ['node_modules', 'src', 'bin', 'package.json']) symlinkSync(join(REPO, entry), join(copy, entry));
    cpSync(join(REPO, 'demos'), join(copy, 'demos'), { recursive: true });
    // Only the smallest TDSC-like run, to keep these tests quick; the build checks all of them.
    const tdsc = JSON.parse(readFileSync(join(copy, 'demos', 'tdsc-recordings.json'), 'utf8'));
    tdsc.runs = tdsc.runs.filter((r: { nodes: number }) => r.nodes === 500);
    writeFileSync(join(copy, 'demos', 'tdsc-recordings.json'), JSON.stringify(tdsc, null, 2));
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  test('the committed recordings reproduce through `vitrine build --verify-only`', () => {
    const r = vitrine(copy, 'build', '--verify-only');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /reproducibility: \d+ recorded results reproduced/);
    assert.match(r.stdout, /✓ talk/);
  });

  test('an altered recording stops the build with the field, expected and actual, and the first differing action', () => {
    const file = join(copy, 'demos', 'talk', 'recording.json');
    const original = readFileSync(file, 'utf8');
    const lines = original.split('\n');
    const at = lines.findIndex((l) => l.startsWith('    {"end":'));
    const altered = lines[at]!.replace(/^ {4}\{"end":(\d+)/, (_, end: string) => `    {"end":${Number(end) + 1}`);
    lines[at] = altered;
    writeFileSync(file, lines.join('\n'));
    try {
      const r = vitrine(copy, 'build', '--verify-only');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /✗ talk: the result differs from demos\/talk\/recording\.json/);
      assert.match(r.stderr, /plan, first differing action \(line 1\)/);
      assert.ok(r.stderr.includes(`expected ${altered.trim().replace(/,$/, '')}`), r.stderr);
      assert.match(r.stderr, /Build stopped: 1 of \d+ recorded results do not reproduce\./);
      assert.match(r.stderr, /npx vitrine record talk/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    } finally {
      writeFileSync(file, original);
    }
  });

  test('an altered TDSC-like recording stops the build with the field that differs', () => {
    const file = join(copy, 'demos', 'tdsc-recordings.json');
    const original = readFileSync(file, 'utf8');
    const tdsc = JSON.parse(original);
    tdsc.runs[0].figures.actions += 1;
    writeFileSync(file, JSON.stringify(tdsc, null, 2));
    try {
      const r = vitrine(copy, 'build', '--verify-only');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /✗ tdsc (li|nr)500r3s1: the result differs from demos\/tdsc-recordings\.json\n {2}figures:/);
      assert.match(r.stderr, /npx vitrine record --tdsc/);
    } finally {
      writeFileSync(file, original);
    }
  });

  test('a drift stops `vitrine build` before Astro runs', async () => {
    const file = join(copy, 'demos', 'talk', 'recording.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/"planHash": "[0-9a-f]+"/, `"planHash": "${'0'.repeat(64)}"`).replace(/("plan": \[\n {4}\{"end":)(\d+)/, (_, head: string, end: string) => `${head}${Number(end) + 5}`));
    try {
      const io = recordingIo(copy);
      let astro = false;
      assert.equal(await build([], io, { build: async () => void (astro = true) }), 1);
      assert.equal(astro, false);
      assert.match(io.stderr, /✗ talk/);
    } finally {
      writeFileSync(file, original);
    }
  });

  test('a missing recording stops the build and says how to make it', async () => {
    const file = join(copy, 'demos', 'talk', 'recording.json');
    const original = readFileSync(file, 'utf8');
    rmSync(file);
    try {
      const io = recordingIo(copy);
      const code = await build(['--verify-only'], io, { build: async () => assert.fail('Astro must not run') });
      assert.equal(code, 1);
      assert.match(io.stderr, /demos\/talk\/recording\.json is missing: record it with `npx vitrine record talk`/);
    } finally {
      writeFileSync(file, original);
    }
  });

  test('`vitrine record` writes a recording that the build then accepts, and says whether it changed', async () => {
    const io = recordingIo(copy);
    assert.equal(await record(['demos/talk/scenario.btrp'], io, () => '2030-01-02'), 0, io.stderr);
    assert.match(io.stdout, /^talk: plan, \d+ actions, minimizeMTTR \d+ \(.* ms\) — unchanged$/m);
    const written = JSON.parse(readFileSync(join(copy, 'demos', 'talk', 'recording.json'), 'utf8'));
    assert.equal(written.recorded, '2030-01-02');
    const r = vitrine(copy, 'build', '--verify-only');
    assert.equal(r.status, 0, r.stderr);
  });

  test('an unknown scenario is a usage error naming the known ones', async () => {
    const io = recordingIo(copy);
    assert.equal(await record(['nope'], io), 2);
    assert.match(io.stderr, /no scenario 'nope' in demos\/ \(known: .*talk/);
  });
});

test('scenario names from folder names, folders and scenario files', () => {
  assert.equal(scenarioName('talk', '/p', '/p'), 'talk');
  assert.equal(scenarioName('demos/talk/', '/p', '/p'), 'talk');
  assert.equal(scenarioName('scenario.btrp', '/p/demos/talk', '/p'), 'talk');
});
