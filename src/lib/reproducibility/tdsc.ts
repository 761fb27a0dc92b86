/**
 * Recorded runs of the TDSC-like generator (src/solver/generate/tdsc.ts): for each default size, the instance's
 * input hash and the plan's figures and hash, kept in `demos/tdsc-recordings.json`, verified at every build and
 * compared with the runs a visitor makes in the browser. Times are not recorded (they depend on the machine):
 * the build measures its own and hands them to the page.
 */
import type { SolveResult, SolveStatus } from '../../solver/engine/result.ts';
import type { TdscClass, TdscParams } from '../../solver/generate/tdsc.ts';
import { canonicalActions, canonicalJson, canonicalPlanText } from './canonical.ts';
import { sha256Hex } from './hash.ts';

export const TDSC_FORMAT = 1;
export const TDSC_RECORDINGS_FILE = 'demos/tdsc-recordings.json';

/** The sizes solved at build: both classes, r3, from 500 servers to BtrPlace's 5,000; seed 1. */
export const DEFAULT_TDSC_RUNS: readonly TdscParams[] = (['li', 'nr'] as const).flatMap((kind) =>
  [500, 1000, 2500, 5000].map((nodes) => ({ kind, nodes, ratio: 3, seed: 1 })),
);

export interface TdscOutcome {
  inputHash: string;
  status: SolveStatus;
  figures: { actions: number; duration: number; sumOfEnds: number } | null;
  planHash: string | null;
}

export interface TdscRecord extends TdscOutcome {
  kind: TdscClass;
  nodes: number;
  ratio: number;
  seed: number;
}

export interface TdscRecordings {
  format: number;
  recorded: string;
  solver: { version: string; engineLayout: number };
  runs: TdscRecord[];
}

/** `li500r3s1`: the short name of a run. */
export function tdscRunName(p: Pick<TdscParams, 'kind' | 'nodes' | 'ratio' | 'seed'>): string {
  return `${p.kind}${p.nodes}r${p.ratio}s${p.seed}`;
}

export async function tdscOutcome(inputHash: string, result: SolveResult): Promise<TdscOutcome> {
  const plan = result.status === 'plan' || result.status === 'satisfied' ? result.plan : undefined;
  if (!plan) return { inputHash, status: result.status, figures: null, planHash: null };
  const figures = { actions: plan.actions.length, duration: 0, sumOfEnds: 0 };
  for (const a of plan.actions) {
    figures.duration = Math.max(figures.duration, a.end);
    figures.sumOfEnds += a.end;
  }
  return { inputHash, status: result.status, figures, planHash: await sha256Hex(canonicalPlanText(canonicalActions(plan))) };
}

/** Field names whose values differ (input first). */
export function tdscDifferences(expected: TdscOutcome, actual: TdscOutcome): { field: string; expected: string; actual: string }[] {
  const out: { field: string; expected: string; actual: string }[] = [];
  for (const field of ['inputHash', 'status', 'figures', 'planHash'] as const) {
    const e = canonicalJson(expected[field] ?? null);
    const a = canonicalJson(actual[field] ?? null);
    if (e !== a) out.push({ field, expected: e, actual: a });
  }
  return out;
}

export function formatTdscRecordings(r: TdscRecordings): string {
  const runs = r.runs.map((run) => `    ${canonicalJson(run)}`).join(',\n');
  return `{\n  "format": ${r.format},\n  "recorded": ${JSON.stringify(r.recorded)},\n  "solver": ${canonicalJson(r.solver)},\n  "runs": [\n${runs}\n  ]\n}\n`;
}

export function parseTdscRecordings(text: string): { ok: true; recordings: TdscRecordings } | { ok: false; message: string } {
  const fix = 'write it again with `npx vitrine record --tdsc`';
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON (${(e as Error).message}); ${fix}` };
  }
  const o = v as Partial<TdscRecordings>;
  if (typeof o !== 'object' || o === null || o.format !== TDSC_FORMAT) return { ok: false, message: `field "format" should be ${TDSC_FORMAT}; ${fix}` };
  if (!Array.isArray(o.runs)) return { ok: false, message: `field "runs" should be an array; ${fix}` };
  for (const [i, run] of o.runs.entries()) {
    if (typeof run !== 'object' || run === null || (run.kind !== 'li' && run.kind !== 'nr') || typeof run.nodes !== 'number' || typeof run.inputHash !== 'string') {
      return { ok: false, message: `runs[${i}] should be {"kind": "li"|"nr", "nodes", "ratio", "seed", "inputHash", ...}; ${fix}` };
    }
  }
  if (typeof o.recorded !== 'string' || typeof o.solver !== 'object') return { ok: false, message: `fields "recorded" and "solver" are required; ${fix}` };
  return { ok: true, recordings: o as TdscRecordings };
}
