/**
 * Solving a scenario again, the same way everywhere: at build (Node, the engine in-process), by `vitrine record`
 * and in the visitor's browser (the engine in the worker). Only the way to call the engine differs, so it is
 * passed in.
 */
import { formatDiagnostic } from '../../solver/diagnostics.ts';
import type { SolveResult } from '../../solver/engine/result.ts';
import type { Instance } from '../../solver/model/instance.ts';
import { parseScenario } from '../../solver/script/index.ts';
import { inputHash, outcomeOf, RECORDING_NOW, RECORDING_SEED, type Outcome } from './recording.ts';

/** The options of every reproducible solve: fixed seed, fixed wall clock. */
export const REPRODUCIBLE_OPTIONS = { seed: RECORDING_SEED, now: RECORDING_NOW } as const;

export type SolveWith = (instance: Instance, options: { seed: number; now: number }) => Promise<SolveResult>;

export type Reproduction =
  | { ok: true; outcome: Outcome; instance: Instance; result: SolveResult; solveMs: number }
  /** The scenario does not parse: nothing to solve. */
  | { ok: false; message: string };

export async function reproduce(scenarioText: string, file: string, solve: SolveWith): Promise<Reproduction> {
  const parsed = parseScenario(scenarioText, { file });
  if (!parsed.instance) return { ok: false, message: parsed.diagnostics.map(formatDiagnostic).join('\n') };
  const instance = parsed.instance;
  const hash = await inputHash(instance);
  const t0 = performance.now();
  const result = await solve(instance, { ...REPRODUCIBLE_OPTIONS });
  const solveMs = performance.now() - t0;
  return { ok: true, outcome: await outcomeOf(instance, result, hash), instance, result, solveMs };
}
