/**
 * The recordings of demos/ on disk: which scenarios there are, solving one again in this process with the wasm
 * engine, and comparing with or writing its `recording.json`. Used by `vitrine record` (write on purpose) and
 * `vitrine build` (verify, stop on drift). Returns data; the commands print.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  compareOutcomes,
  formatRecording,
  parseRecording,
  RECORDABLE,
  RECORDING_FORMAT,
  type Difference,
  type Recording,
} from '../lib/reproducibility/index.ts';
import { reproduce, type Reproduction } from '../lib/reproducibility/reproduce.ts';
import { LAYOUT_VERSION } from '../solver/engine/layout.ts';

export const DEMOS_DIR = 'demos';
export const SCENARIO_FILE = 'scenario.btrp';
export const RECORDING_FILE = 'recording.json';

/** Names of the folders of demos/ that hold a scenario, sorted. Empty when there is no demos/ folder. */
export async function scenarioNames(root: string): Promise<string[]> {
  const entries = await readdir(join(root, DEMOS_DIR), { withFileTypes: true }).catch(() => []);
  const names: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const files = await readdir(join(root, DEMOS_DIR, e.name)).catch(() => [] as string[]);
    if (files.includes(SCENARIO_FILE)) names.push(e.name);
  }
  return names.sort();
}

/** The solver's identity: the package version and the engine's buffer layout version. */
export async function solverIdentity(root: string): Promise<Recording['solver']> {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version?: string };
  return { version: pkg.version ?? '0.0.0', engineLayout: LAYOUT_VERSION };
}

async function solveAgain(root: string, name: string): Promise<Reproduction> {
  const file = join(DEMOS_DIR, name, SCENARIO_FILE);
  let text: string;
  try {
    text = await readFile(join(root, file), 'utf8');
  } catch {
    return { ok: false, message: `${file}: cannot be read` };
  }
  const { solve } = await import('../solver/engine/index.ts');
  return reproduce(text, file, (instance, o) => solve(instance, { seed: o.seed, now: new Date(o.now) }));
}

export type Verification =
  | { name: string; verdict: 'same'; ms: number; recording: Recording }
  | { name: string; verdict: 'drift'; ms: number; differences: Difference[] }
  | { name: string; verdict: 'error'; message: string };

/** Solves `name` again and compares with its recording. */
export async function verifyScenario(root: string, name: string): Promise<Verification> {
  const path = join(DEMOS_DIR, name, RECORDING_FILE);
  const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
  if (text === undefined) return { name, verdict: 'error', message: `${path} is missing: record it with \`npx vitrine record ${name}\`` };
  const parsed = parseRecording(text);
  if (!parsed.ok) return { name, verdict: 'error', message: `${path}: ${parsed.message}` };
  if (parsed.recording.scenario !== name) return { name, verdict: 'error', message: `${path}: field "scenario" is "${parsed.recording.scenario}", not "${name}"; record it again with \`npx vitrine record ${name}\`` };
  const again = await solveAgain(root, name);
  if (!again.ok) return { name, verdict: 'error', message: again.message };
  const differences = compareOutcomes(parsed.recording, again.outcome);
  return differences.length ? { name, verdict: 'drift', ms: again.solveMs, differences } : { name, verdict: 'same', ms: again.solveMs, recording: parsed.recording };
}

export type RecordResult =
  | { name: string; written: true; recording: Recording; ms: number; previous?: Difference[] }
  | { name: string; written: false; message: string };

/** Solves `name` and writes its recording (dated `today`, YYYY-MM-DD). A machine-dependent outcome is refused. */
export async function recordScenario(root: string, name: string, today: string): Promise<RecordResult> {
  const again = await solveAgain(root, name);
  if (!again.ok) return { name, written: false, message: again.message };
  const { outcome } = again;
  if (!RECORDABLE.includes(outcome.status)) {
    return { name, written: false, message: `the solve ended with '${outcome.status}'${outcome.detail ? ` (${outcome.detail})` : ''}, which depends on the machine or is a bug of the engine: nothing recorded` };
  }
  const path = join(root, DEMOS_DIR, name, RECORDING_FILE);
  const old = await readFile(path, 'utf8').then(parseRecording, () => undefined);
  const recording: Recording = { format: RECORDING_FORMAT, scenario: name, ...outcome, solver: await solverIdentity(root), recorded: today };
  await writeFile(path, formatRecording(recording));
  const previous = old?.ok ? compareOutcomes(old.recording, outcome) : undefined;
  return { name, written: true, recording, ms: again.solveMs, ...(previous ? { previous } : {}) };
}
