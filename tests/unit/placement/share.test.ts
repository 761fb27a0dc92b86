import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeShare, encodeShare, MAX_SHARED_BYTES, sharedPayload, shareFragment } from '../../../src/lib/placement/share.ts';

const talk = readFileSync(new URL('../../../demos/talk/scenario.btrp', import.meta.url), 'utf8');

describe('share links', () => {
  test('a scenario round-trips exactly through the fragment, accents and all', async () => {
    const text = `${talk}\n// déménagement — ✓\n`;
    const fragment = await shareFragment(text);
    assert.match(fragment, /^#s=[A-Za-z0-9_-]+$/);
    assert.ok(fragment.length < text.length, 'the link is shorter than the text');
    assert.deepEqual(await decodeShare(sharedPayload(fragment)!), { ok: true, text });
  });

  test('a fragment without a scenario carries nothing', () => {
    assert.equal(sharedPayload(''), undefined);
    assert.equal(sharedPayload('#main'), undefined);
  });

  test('malformed payloads are rejected, never decoded to garbage', async () => {
    for (const bad of ['', '!!!', 'abc$', 'A', 'AAAA', 'SGVsbG8']) assert.deepEqual(await decodeShare(bad), { ok: false, error: 'malformed' }, bad);
    const valid = await encodeShare('node @A;');
    assert.deepEqual(await decodeShare(valid.slice(0, -3)), { ok: false, error: 'malformed' });
  });

  test('a payload that inflates past the limit is refused while inflating', async () => {
    const bomb = await encodeShare(' '.repeat(MAX_SHARED_BYTES + 1));
    assert.ok(bomb.length < 1000, 'it compresses to a short link');
    assert.deepEqual(await decodeShare(bomb), { ok: false, error: 'tooLarge' });
    assert.deepEqual(await decodeShare('A'.repeat(MAX_SHARED_BYTES * 2 + 4)), { ok: false, error: 'tooLarge' });
    const justUnder = ' '.repeat(MAX_SHARED_BYTES);
    assert.deepEqual(await decodeShare(await encodeShare(justUnder)), { ok: true, text: justUnder });
  });
});
