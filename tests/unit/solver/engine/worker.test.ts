/** The worker's message protocol, through its pure handler: solve, progress, cancel in the middle, result. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHandler } from '../../../../src/solver/worker/handler.ts';
import type { FromWorker } from '../../../../src/solver/worker/protocol.ts';
import { scenario } from './scenario.ts';

function collector() {
  const messages: FromWorker[] = [];
  let wake: (() => void) | undefined;
  const post = (m: FromWorker) => {
    messages.push(m);
    wake?.();
  };
  const until = async (pred: (m: FromWorker) => boolean) => {
    for (;;) {
      const found = messages.find(pred);
      if (found) return found;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  return { messages, post, until };
}

/** Pigeonhole: 9 VMs to start on 8 nodes of one slot each. The search refutes placements for a long while. */
const PIGEONS = `resource slot capacity 1 consumption 1; node @N[1..8]; vm VM[1..9] ready; running(VM[1..9]);`;

describe('solver worker protocol', () => {
  it('answers a solve with the result of the same id', async () => {
    const c = collector();
    const handle = createHandler(c.post);
    handle({ type: 'solve', id: 1, instance: scenario(`node @N0 offline boot 5; vm VM0 ready boot 2; running(VM0);`) });
    const m = await c.until((x) => x.type === 'result' && x.id === 1);
    assert.ok(m.type === 'result' && m.result.status === 'plan');
  });

  it('reports progress and stops on cancel in the middle of a search', async () => {
    const c = collector();
    const handle = createHandler(c.post);
    handle({ type: 'solve', id: 7, instance: scenario(PIGEONS), options: { timeLimit: 30 } });
    await c.until((x) => x.type === 'progress' && x.id === 7);
    handle({ type: 'cancel', id: 7 });
    const m = await c.until((x) => x.type === 'result' && x.id === 7);
    assert.ok(m.type === 'result');
    assert.equal(m.result.status, 'cancelled');
  });

  it('reports an engine that cannot be loaded as an error message', async () => {
    const c = collector();
    const handle = createHandler(c.post, async () => {
      throw new Error('engine missing');
    });
    handle({ type: 'solve', id: 3, instance: scenario(`node @N1;`) });
    const m = await c.until((x) => x.id === 3);
    assert.deepEqual(m, { type: 'error', id: 3, message: 'engine missing' });
  });
});
