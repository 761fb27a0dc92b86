/**
 * The benchmark page's side of the solver worker: one 'generate' request at a time (the worker builds the
 * instance, reports it, then solves it), progress, and Cancel, which terminates the worker when it does not stop
 * by itself within a second (generation itself cannot be interrupted).
 */
import type { SolveResult } from '../../solver/engine/result.ts';
import type { TdscParams, TdscSummary } from '../../solver/generate/tdsc.ts';
import type { FromWorker, ToWorker } from '../../solver/worker/protocol.ts';

export interface GeneratedInfo {
  summary: TdscSummary;
  inputHash: string;
  generateMs: number;
}

export type RunOutcome = { kind: 'result'; result: SolveResult; generated: GeneratedInfo | undefined } | { kind: 'crashed'; message: string };

interface Handlers {
  onGenerated: (info: GeneratedInfo) => void;
  onProgress: (decisions: number, elapsedMs: number) => void;
}

const CANCEL_GRACE_MS = 1000;

export class TdscClient {
  #worker: Worker | undefined;
  #id = 1;
  #pending: { id: number; resolve: (o: RunOutcome) => void; handlers: Handlers; generated?: GeneratedInfo } | undefined;

  run(params: TdscParams, options: { seed: number; now: number }, handlers: Handlers): Promise<RunOutcome> {
    if (this.#pending) this.#finish({ kind: 'result', result: { status: 'cancelled' }, generated: undefined });
    const worker = this.#ensureWorker();
    const id = this.#id++;
    return new Promise((resolve) => {
      this.#pending = { id, resolve, handlers };
      const message: ToWorker = { type: 'generate', id, tdsc: params, options };
      worker.postMessage(message);
    });
  }

  cancel(): void {
    const pending = this.#pending;
    if (!pending || !this.#worker) return;
    this.#worker.postMessage({ type: 'cancel', id: pending.id } satisfies ToWorker);
    setTimeout(() => {
      if (this.#pending !== pending) return;
      this.#discard();
      this.#finish({ kind: 'result', result: { status: 'cancelled' }, generated: pending.generated });
    }, CANCEL_GRACE_MS);
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('../../solver/worker/solver.worker.ts', import.meta.url), { type: 'module', name: 'tdsc-solver' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.#discard();
      this.#finish({ kind: 'crashed', message: event.message || 'the worker failed' });
    };
    this.#worker = worker;
    return worker;
  }

  #receive(m: FromWorker): void {
    const pending = this.#pending;
    if (!pending || m.id !== pending.id) return;
    if (m.type === 'generated') {
      pending.generated = { summary: m.summary, inputHash: m.inputHash, generateMs: m.generateMs };
      pending.handlers.onGenerated(pending.generated);
    } else if (m.type === 'progress') pending.handlers.onProgress(m.decisions, m.elapsedMs);
    else if (m.type === 'error') this.#finish({ kind: 'crashed', message: m.message });
    else {
      if (m.result.status === 'bug') this.#discard();
      this.#finish({ kind: 'result', result: m.result, generated: pending.generated });
    }
  }

  #discard(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #finish(outcome: RunOutcome): void {
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.resolve(outcome);
  }
}
