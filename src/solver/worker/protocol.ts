/**
 * Messages between the page and the solver worker. Instances and results cross as they are: structured clone
 * keeps the model's Maps. One solve per `id`; `cancel` stops it between two search slices.
 */
import type { Instance } from '../model/instance.ts';
import type { SolveResult } from '../engine/result.ts';

export interface WorkerSolveOptions {
  timeLimit?: number;
  seed?: number;
  objective?: 'mttr' | 'migrations';
  /** Milliseconds since the epoch of the plan start, for `hh:mm:ss` deadlines. */
  now?: number;
}

export type ToWorker =
  | { type: 'solve'; id: number; instance: Instance; options?: WorkerSolveOptions }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; decisions: number; fails: number; elapsedMs: number }
  | { type: 'result'; id: number; result: SolveResult }
  /** The solve could not run at all (e.g. the engine failed to load). */
  | { type: 'error'; id: number; message: string };
