import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHandler } from '../../../../src/solver/worker/handler.ts';
import type { FromWorker } from '../../../../src/solver/worker/protocol.ts';
import { generateWithHash } from '../../../../src/solver/generate/index.ts';

test("the worker's 'generate' message reports the generated instance, then solves it like 'solve'", async () => {
  const messages: FromWorker[] = [];
  const done = new Promise<void>((resolve) => {
    const handle = createHandler((m) => {
      messages.push(m);
      if (m.type === 'result' || m.type === 'error') resolve();
    });
    handle({ type: 'generate', id: 7, tdsc: { kind: 'nr', nodes: 500, ratio: 3, seed: 4 }, options: { seed: 0 } });
  });
  await done;
  const generated = messages.find((m) => m.type === 'generated');
  assert.ok(generated && generated.type === 'generated');
  assert.equal(generated.summary.vms, 1500);
  assert.equal(generated.inputHash, (await generateWithHash({ kind: 'nr', nodes: 500, ratio: 3, seed: 4 })).inputHash);
  const result = messages.at(-1)!;
  assert.equal(result.type, 'result');
  assert.equal(result.type === 'result' && result.result.status, 'plan');
  assert.ok(messages.indexOf(generated) < messages.indexOf(result));
});

test('bad generator parameters come back as an error message, not a crash', async () => {
  const message = await new Promise<FromWorker>((resolve) => createHandler(resolve)({ type: 'generate', id: 1, tdsc: { kind: 'li', nodes: 3, ratio: 3, seed: 0 } }));
  assert.equal(message.type, 'error');
  assert.match(message.type === 'error' ? message.message : '', /servers must be an integer/);
});
