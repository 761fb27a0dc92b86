/**
 * The solver's entry point: `solve(instance, options)` runs the WebAssembly engine and returns a plan only after
 * the independent checker (src/solver/checker) has accepted it.
 */
import { checkPlan } from '../checker/index.ts';
import type { Instance } from '../model/instance.ts';
import type { SolveOptions, SolveResult } from './result.ts';
import { solveWith } from './solve.ts';

export type { Explanation, SolveOptions, SolveProgress, SolveResult, SolveStats, SolveStatus } from './result.ts';
export { setEngineSource } from './wasm.ts';

export function solve(instance: Instance, options: SolveOptions = {}): Promise<SolveResult> {
  const now = options.now ?? new Date();
  return solveWith(instance, { ...options, now }, (inst, plan) => checkPlan(inst, plan, { now }));
}
