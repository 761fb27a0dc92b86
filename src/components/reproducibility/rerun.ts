/**
 * Solving a recorded scenario again in the page's solver worker, one at a time (the worker client runs a
 * single solve; a page listing every recording queues its re-runs), and comparing with the recording.
 */
import { SolverClient } from '../placement-demo/solver-client.ts';
import { compareOutcomes, type Difference, type Recording } from '../../lib/reproducibility/index.ts';
import { reproduce } from '../../lib/reproducibility/reproduce.ts';

export type RerunVerdict =
  | { kind: 'same'; ms: number }
  | { kind: 'differs'; ms: number; differences: Difference[] }
  | { kind: 'error'; message: string };

let client: SolverClient | undefined;
let queue: Promise<unknown> = Promise.resolve();

export function rerun(name: string, text: string, recording: Recording): Promise<RerunVerdict> {
  const next = queue.then(() => rerunNow(name, text, recording));
  queue = next.catch(() => undefined);
  return next;
}

async function rerunNow(name: string, text: string, recording: Recording): Promise<RerunVerdict> {
  client ??= new SolverClient();
  const solver = client;
  let crashed: string | undefined;
  const again = await reproduce(text, `demos/${name}/scenario.btrp`, async (instance, options) => {
    const outcome = await solver.solve(instance, { seed: options.seed, now: options.now }, () => {});
    if (outcome.kind === 'crashed') {
      crashed = outcome.message;
      return { status: 'cancelled' };
    }
    return outcome.result;
  });
  if (crashed !== undefined) return { kind: 'error', message: crashed };
  if (!again.ok) return { kind: 'error', message: again.message };
  const differences = compareOutcomes(recording, again.outcome);
  return differences.length ? { kind: 'differs', ms: again.solveMs, differences } : { kind: 'same', ms: again.solveMs };
}
