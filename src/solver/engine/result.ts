/** What a solve returns: one distinct, explained outcome (issue 5, "Outcomes"). */
import type { Diagnostic } from '../diagnostics.ts';
import type { Constraint } from '../constraints/index.ts';
import type { NodeId, VmId } from '../model/model.ts';
import type { Plan } from '../plan/plan.ts';

export interface SolveOptions {
  /** Seconds; the search stops with `timeout` after it. Default 60. */
  timeLimit?: number;
  /** Same instance + same seed → same plan. Default 0. */
  seed?: number;
  /** Default: the instance's objective (MinMTTR unless it says MinMigrations). */
  objective?: 'mttr' | 'migrations';
  /** Called between search slices. */
  onProgress?: (progress: SolveProgress) => void;
  /** Aborting it cancels the search between two slices. */
  signal?: AbortSignal;
  /** Wall clock of the plan start, for absolute deadlines. Default: now. */
  now?: Date;
  /** Improve the first plan by local search until no move helps or the time limit (default: up to 2,000 VMs). */
  improve?: boolean;
}

export interface SolveProgress {
  /** Placement decisions so far. */
  decisions: number;
  /** Refuted placements so far. */
  fails: number;
  elapsedMs: number;
}

export interface SolveStats {
  /** Milliseconds: validation, encoding, search and decoding (not the plan check). */
  solveMs: number;
  /** Milliseconds of each step of solveMs. */
  validateMs: number;
  encodeMs: number;
  searchMs: number;
  decodeMs: number;
  /** Milliseconds spent in the independent checker. */
  checkMs: number;
  decisions: number;
  fails: number;
  /** Bytes of the engine's linear memory at the end. */
  wasmBytes: number;
  actions: number;
  duration: number;
  sumOfEnds: number;
}

export interface Explanation {
  message: string;
  constraints: Constraint[];
  vms: VmId[];
  nodes: NodeId[];
}

export type SolveResult =
  | { status: 'plan'; plan: Plan; stats: SolveStats }
  /** Every constraint already holds: the plan is empty. */
  | { status: 'satisfied'; plan: Plan; stats: SolveStats }
  | { status: 'no-solution'; explanation: Explanation; stats?: SolveStats }
  | { status: 'invalid'; diagnostics: Diagnostic[] }
  /** Constraints this engine does not implement yet: no plan rather than a possibly wrong one. */
  | { status: 'unsupported'; constraints: Constraint[]; message: string }
  /** Time limit (or failure budget) reached before a plan was found. */
  | { status: 'timeout'; message: string; bestPlan?: Plan; stats?: SolveStats }
  | { status: 'cancelled' }
  /** The engine produced a plan the checker rejects, or trapped: a bug, never returned as a plan. */
  | { status: 'bug'; message: string; violations: string[]; plan?: Plan };

export type SolveStatus = SolveResult['status'];
