/**
 * The recorded TDSC-like runs on disk (demos/tdsc-recordings.json): generate and solve each default size in this
 * process, write them (`vitrine record --tdsc`) or compare with them (`vitrine build`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DEFAULT_TDSC_RUNS,
  formatTdscRecordings,
  parseTdscRecordings,
  RECORDING_NOW,
  RECORDING_SEED,
  TDSC_FORMAT,
  TDSC_RECORDINGS_FILE,
  tdscDifferences,
  tdscOutcome,
  tdscRunName,
  type TdscOutcome,
  type TdscRecord,
} from '../lib/reproducibility/index.ts';
import type { TdscParams } from '../solver/generate/tdsc.ts';
import { solverIdentity } from './recordings.ts';

export interface TdscRun {
  params: TdscParams;
  outcome: TdscOutcome;
  generateMs: number;
  solveMs: number;
}

export async function runTdsc(params: TdscParams): Promise<TdscRun> {
  const { generateWithHash } = await import('../solver/generate/index.ts');
  const { solve } = await import('../solver/engine/index.ts');
  const generated = await generateWithHash(params);
  const t0 = performance.now();
  const result = await solve(generated.instance, { seed: RECORDING_SEED, now: new Date(RECORDING_NOW), timeLimit: 300 });
  // The engine's own time (validation to decoding, not the check), the figure the browser shows too.
  const solveMs = 'stats' in result && result.stats ? result.stats.solveMs : performance.now() - t0;
  return { params, outcome: await tdscOutcome(generated.inputHash, result), generateMs: generated.generateMs, solveMs };
}

export async function recordTdsc(root: string, today: string): Promise<TdscRun[]> {
  const runs: TdscRun[] = [];
  for (const params of DEFAULT_TDSC_RUNS) runs.push(await runTdsc(params));
  const records: TdscRecord[] = runs.map(({ params, outcome }) => ({ kind: params.kind, nodes: params.nodes, ratio: params.ratio, seed: params.seed, ...outcome }));
  await writeFile(join(root, TDSC_RECORDINGS_FILE), formatTdscRecordings({ format: TDSC_FORMAT, recorded: today, solver: await solverIdentity(root), runs: records }));
  return runs;
}

export type TdscVerification =
  | { verdict: 'absent' }
  | { verdict: 'error'; message: string }
  | { verdict: 'checked'; runs: { run: TdscRun; differences: ReturnType<typeof tdscDifferences> }[] };

/** Generates and solves every recorded run again and compares. No file: nothing to check. */
export async function verifyTdsc(root: string): Promise<TdscVerification> {
  const text = await readFile(join(root, TDSC_RECORDINGS_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return { verdict: 'absent' };
  const parsed = parseTdscRecordings(text);
  if (!parsed.ok) return { verdict: 'error', message: `${TDSC_RECORDINGS_FILE}: ${parsed.message}` };
  const runs = [];
  for (const record of parsed.recordings.runs) {
    let run: TdscRun;
    try {
      run = await runTdsc(record);
    } catch (e) {
      return { verdict: 'error', message: `${TDSC_RECORDINGS_FILE}: run ${tdscRunName(record)}: ${(e as Error).message}` };
    }
    runs.push({ run, differences: tdscDifferences(record, run.outcome) });
  }
  return { verdict: 'checked', runs };
}
