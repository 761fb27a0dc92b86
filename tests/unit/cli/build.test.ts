import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingIo } from '../../../src/cli/io.ts';
import { run } from '../../../src/cli/commands/build.ts';

describe('vitrine build', () => {
  const root = mkdtempSync(join(tmpdir(), 'vitrine-build-'));
  mkdirSync(join(root, 'content', 'talks'), { recursive: true });
  const file = join(root, 'content', 'talks', 't.mdx');
  writeFileSync(file, '---\ntitle: T\nspeakers: [a]\ndate: 12 April 2019\nlanguage: fr\n---\n');

  test('a successful build returns 0 and prints nothing of its own', async () => {
    const io = recordingIo(root);
    assert.equal(await run([], io, { build: async () => {} }), 0);
    assert.equal(io.stderr, '');
  });

  test('a content error prints file:line:column lines and no stack trace, and returns 1', async () => {
    const io = recordingIo(root);
    const error = Object.assign(new Error('**talks → t** data does not match collection schema.\n\n  **date**: is not a date (found "12 April 2019"); write it year-month-day, for example date: 2019-04-12\n'), {
      loc: { file, line: 0, column: 0 },
    });
    assert.equal(await run([], io, { build: async () => Promise.reject(error) }), 1);
    assert.match(io.stderr, /^content\/talks\/t\.mdx:4:1: `date` is not a date \(found "12 April 2019"\); write it year-month-day, for example date: 2019-04-12$/m);
    assert.match(io.stderr, /Build stopped: fix this problem and build again\./);
    assert.doesNotMatch(io.stderr, /\n\s+at /);
  });

  test('an error in the site code propagates with its stack', async () => {
    const io = recordingIo(root);
    await assert.rejects(run([], io, { build: async () => Promise.reject(new Error('bug in a page')) }), /bug in a page/);
  });

  test('unexpected arguments are a usage error', async () => {
    const io = recordingIo(root);
    assert.equal(await run(['--watch'], io, { build: async () => {} }), 2);
    assert.match(io.stderr, /unexpected argument '--watch'/);
  });

  test('cleanup', () => rmSync(root, { recursive: true }));
});
