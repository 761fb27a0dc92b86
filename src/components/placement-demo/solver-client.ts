/**
 * The page's side of the solver worker (src/solver/worker/): one solve at a time, progress, cancel, and recovery.
 * A worker that dies (uncaught error, engine that cannot load, a trap reported as `bug`) is terminated and
 * forgotten: the next solve starts a fresh one. A cancel the worker does not answer quickly (a long slice) ends
 * with the worker being terminated, so Cancel always stops the work.
 */
import type { Instance } from '../../solver/model/instance.ts';
import type { SolveResult } from '../../solver/engine/result.ts';
import type { FromWorker, ToWorker, WorkerSolveOptions } from '../../solver/worker/protocol.ts';

export type Outcome = { kind: 'result'; result: SolveResult } | { kind: 'crashed'; message: string };
export interface Progress {
  decisions: number;
  elapsedMs: number;
}

/** How long a cancelled solve may take to stop by itself before its worker is terminated. */
const CANCEL_GRACE_MS = 1000;

interface Pending {
  id: number;
  resolve: (outcome: Outcome) => void;
  onProgress: (p: Progress) => void;
}

export class SolverClient {
  #worker: Worker | undefined;
  #nextId = 1;
  #pending: Pending | undefined;
  #cancelTimer: ReturnType<typeof setTimeout> | undefined;

  get busy(): boolean {
    return this.#pending !== undefined;
  }

  solve(instance: Instance, options: WorkerSolveOptions, onProgress: (p: Progress) => void): Promise<Outcome> {
    if (this.#pending) this.cancel();
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise<Outcome>((resolve) => {
      this.#pending = { id, resolve, onProgress };
      this.#post(worker, { type: 'solve', id, instance, options });
    });
  }

  cancel(): void {
    const pending = this.#pending;
    if (!pending || !this.#worker) return;
    this.#post(this.#worker, { type: 'cancel', id: pending.id });
    clearTimeout(this.#cancelTimer);
    this.#cancelTimer = setTimeout(() => {
      if (this.#pending !== pending) return;
      this.#discardWorker();
      this.#finish({ kind: 'result', result: { status: 'cancelled' } });
    }, CANCEL_GRACE_MS);
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('../../solver/worker/solver.worker.ts', import.meta.url), { type: 'module', name: 'placement-solver' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.#crash(event.message || 'the worker failed');
    };
    worker.onmessageerror = () => this.#crash('a message could not be read');
    this.#worker = worker;
    return worker;
  }

  #post(worker: Worker, message: ToWorker): void {
    try {
      worker.postMessage(message);
    } catch (e) {
      this.#crash(e instanceof Error ? e.message : String(e));
    }
  }

  #receive(message: FromWorker): void {
    const pending = this.#pending;
    if (!pending || message.id !== pending.id) return;
    if (message.type === 'progress') return pending.onProgress({ decisions: message.decisions, elapsedMs: message.elapsedMs });
    if (message.type === 'error') return this.#crash(message.message);
    if (message.type !== 'result') return; // answers to other kinds of requests (generation) are not ours
    // A trapped engine may have left its worker in any state: start afresh next time.
    if (message.result.status === 'bug') this.#discardWorker();
    this.#finish({ kind: 'result', result: message.result });
  }

  #crash(message: string): void {
    this.#discardWorker();
    this.#finish({ kind: 'crashed', message });
  }

  #discardWorker(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #finish(outcome: Outcome): void {
    clearTimeout(this.#cancelTimer);
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.resolve(outcome);
  }
}
