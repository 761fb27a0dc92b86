/**
 * `vitrine record <scenario>...`: solves scenarios of demos/ again and writes their `recording.json`, on purpose
 * (the build only verifies). Prints what changed compared with the previous recording.
 */
import { basename, dirname, resolve, sep } from 'node:path';
import type { Io } from '../io.ts';
import { formatDifferences } from '../../lib/reproducibility/index.ts';
import { DEMOS_DIR, recordScenario, scenarioNames, SCENARIO_FILE } from '../recordings.ts';
import { recordTdsc } from '../tdsc-recordings.ts';
import { TDSC_RECORDINGS_FILE, tdscRunName } from '../../lib/reproducibility/index.ts';

const USAGE_ERROR = 2;
export const RECORD_FAILED = 1;

const HELP = `usage: vitrine record <scenario>... | --tdsc | --all

Solves each scenario of ${DEMOS_DIR}/ again (seed 0, fixed clock) and writes ${DEMOS_DIR}/<scenario>/recording.json:
status, canonical plan, objective, input hash, solver version and today's date. The build then checks that
every recording still holds. A scenario is named by its folder (talk), the folder (demos/talk) or its
scenario file (demos/talk/${SCENARIO_FILE}). --tdsc generates and solves the default sizes of the TDSC-like
workload and writes ${TDSC_RECORDINGS_FILE}; --all records every scenario and the TDSC runs.`;

/** `talk`, `demos/talk`, `demos/talk/` or `demos/talk/scenario.btrp` → `talk`. */
export function scenarioName(arg: string, cwd: string, root: string): string {
  const path = resolve(cwd, arg);
  const folder = path.endsWith(SCENARIO_FILE) ? dirname(path) : path;
  const demos = resolve(root, DEMOS_DIR) + sep;
  return folder.startsWith(demos) ? folder.slice(demos.length).replace(/[\\/]+$/, '') : basename(arg).replace(/[\\/]+$/, '');
}

export async function run(args: string[], io: Io, today: () => string = () => new Date().toISOString().slice(0, 10)): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  const root = io.cwd;
  const known = await scenarioNames(root);
  const unknownFlag = args.find((a) => a.startsWith('-') && a !== '--all' && a !== '--tdsc');
  if (unknownFlag) {
    io.err(`vitrine record: unknown option '${unknownFlag}'\n\n${HELP}`);
    return USAGE_ERROR;
  }
  const all = args.includes('--all');
  const tdsc = all || args.includes('--tdsc');
  const names = all ? known : args.filter((a) => !a.startsWith('-')).map((a) => scenarioName(a, io.cwd, root));
  if (names.length === 0 && !tdsc) {
    io.err(`vitrine record: name the scenarios to record, or --all\n\n${HELP}`);
    return USAGE_ERROR;
  }
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) {
    io.err(`vitrine record: no scenario ${unknown.map((n) => `'${n}'`).join(', ')} in ${DEMOS_DIR}/ (known: ${known.join(', ') || 'none'})`);
    return USAGE_ERROR;
  }
  let failed = 0;
  for (const name of names) {
    const r = await recordScenario(root, name, today());
    if (!r.written) {
      io.err(`${name}: ${r.message}`);
      failed++;
      continue;
    }
    const rec = r.recording;
    const what = rec.figures ? `${rec.status}, ${rec.figures.actions} actions, ${rec.objective?.kind} ${rec.objective?.value}` : rec.status;
    const change = r.previous === undefined ? 'new recording' : r.previous.length === 0 ? 'unchanged' : 'CHANGED';
    io.out(`${name}: ${what} (${r.ms.toFixed(1)} ms) — ${change}`);
    if (r.previous?.length) io.out(formatDifferences(r.previous).join('\n'));
    if (rec.status === 'bug') io.err(`${name}: warning: recorded an engine bug (${rec.detail}); fix the engine, then record again`);
  }
  if (tdsc) {
    for (const run of await recordTdsc(root, today())) {
      const f = run.outcome.figures;
      io.out(`tdsc ${tdscRunName(run.params)}: ${run.outcome.status}${f ? `, ${f.actions} actions, duration ${f.duration}, sum of ends ${f.sumOfEnds}` : ''} (generated in ${run.generateMs.toFixed(0)} ms, solved in ${run.solveMs.toFixed(0)} ms)`);
    }
  }
  return failed ? RECORD_FAILED : 0;
}
