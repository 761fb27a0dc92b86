/**
 * Messages between the page and the solver worker. Instances and results cross as they are: structured clone
 * keeps the model's Maps. One solve per `id`; `cancel` stops it between two search slices.
 */
import type { Instance } from '../model/instance.ts';
import type { SolveResult } from '../engine/result.ts';
import type { TdscParams, TdscSummary } from '../generate/tdsc.ts';

export interface WorkerSolveOptions {
  timeLimit?: number;
  seed?: number;
  objective?: 'mttr' | 'migrations';
  /** Milliseconds since the epoch of the plan start, for `hh:mm:ss` deadlines. */
  now?: number;
}

export type ToWorker =
  | { type: 'solve'; id: number; instance: Instance; options?: WorkerSolveOptions }
  /** Generates a TDSC-like instance in the worker (the page never blocks), reports it, then solves it like `solve`. */
  | { type: 'generate'; id: number; tdsc: TdscParams; options?: WorkerSolveOptions }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; decisions: number; fails: number; elapsedMs: number }
  /** After `generate`: what was generated, before the solve starts. */
  | { type: 'generated'; id: number; summary: TdscSummary; inputHash: string; generateMs: number }
  | { type: 'result'; id: number; result: SolveResult }
  /** The solve could not run at all (e.g. the engine failed to load). */
  | { type: 'error'; id: number; message: string };
