/**
 * The worker's logic as a pure function of its messages, so that Node tests exercise it without a browser:
 * `createHandler(post)` returns the function to call with each incoming message.
 */
import type { Instance } from '../model/instance.ts';
import type { SolveOptions, SolveResult } from '../engine/result.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export type SolveFunction = (instance: Instance, options: SolveOptions) => Promise<SolveResult>;

export function createHandler(post: (message: FromWorker) => void, solveFn?: SolveFunction): (message: ToWorker) => void {
  const running = new Map<number, AbortController>();
  const load: () => Promise<SolveFunction> = solveFn ? async () => solveFn : async () => (await import('../engine/index.ts')).solve;
  return (message) => {
    if (message.type === 'cancel') {
      running.get(message.id)?.abort();
      return;
    }
    const { id, options = {} } = message;
    const controller = new AbortController();
    running.set(id, controller);
    void (async () => {
      try {
        let instance: Instance;
        if (message.type === 'generate') {
          const generated = await (await import('../generate/index.ts')).generateWithHash(message.tdsc);
          instance = generated.instance;
          post({ type: 'generated', id, summary: generated.summary, inputHash: generated.inputHash, generateMs: generated.generateMs });
          if (controller.signal.aborted) return post({ type: 'result', id, result: { status: 'cancelled' } });
        } else instance = message.instance;
        const solve = await load();
        const result = await solve(instance, {
          ...(options.timeLimit !== undefined ? { timeLimit: options.timeLimit } : {}),
          ...(options.seed !== undefined ? { seed: options.seed } : {}),
          ...(options.objective !== undefined ? { objective: options.objective } : {}),
          ...(options.now !== undefined ? { now: new Date(options.now) } : {}),
          signal: controller.signal,
          onProgress: (p) => post({ type: 'progress', id, ...p }),
        });
        post({ type: 'result', id, result });
      } catch (e) {
        post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
      } finally {
        running.delete(id);
      }
    })();
  };
}
