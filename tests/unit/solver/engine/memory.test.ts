/**
 * The runtime choice (stub allocator, one fresh instance per solve): solving many times keeps each solve's
 * linear memory the same size and the process's memory from growing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { solve } from '../../../../src/solver/engine/index.ts';
import { scenario } from './scenario.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const INSTANCE = scenario(`
  resource cpu capacity 16; resource mem capacity 32;
  node @N[1..40] cpu 16 mem 32;
  vm VM[1..120] on @N1 cpu 0 mem 0;
  vm W[1..60] ready cpu 2 mem 4;
  running(W[1..60]);
  >>spread(W[1..20]);
  offline(@N[2..5]);`);

/** Full collections, with a turn of the event loop between them so that finalizers can release wasm memories. */
async function settle(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers + m.external;
}

describe('engine memory', () => {
  it('solving 400 times: constant wasm memory per solve, and the heap stops growing', async () => {
    const wasmSizes = new Set<number>();
    const heapAfter: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 100; i++) {
        const r = await solve(INSTANCE);
        assert.equal(r.status, 'plan');
        if (r.status === 'plan') wasmSizes.add(r.stats.wasmBytes);
      }
      heapAfter.push(await settle());
    }
    assert.equal(wasmSizes.size, 1, `wasm memory per solve varies: ${[...wasmSizes].join(', ')}`);
    // After the first round (JIT, caches), 300 more solves must not keep what they allocated. A leaked instance
    // would keep its whole linear memory (128 KB here, 38 MB over 300 solves): allow 8 MB of noise from
    // the JIT and the collector (about 0.2 MB is measured).
    const [wasmBytes] = [...wasmSizes] as [number];
    const growth = heapAfter[3]! - heapAfter[0]!;
    const allowed = Math.max(8 * 1024 * 1024, 10 * wasmBytes);
    assert.ok(growth < allowed, `heap grew by ${growth} bytes over 300 solves (allowed ${allowed})`);
  });
});
