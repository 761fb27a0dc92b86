/**
 * `vitrine solve <instance>`: compute a placement and a timed plan with the WebAssembly engine, print the plan and
 * a one-line summary. The instance is a `.btrp` scenario or a BtrPlace JSON instance (`.json`, `.json.gz`).
 * Exit codes: 0 plan (empty when already satisfied), 1 no solution, 2 invalid input or unsupported constraint,
 * 3 time limit without a plan, 4 internal error (a plan the checker rejected: a bug, reported, never printed as a plan).
 */
import { resolve } from 'node:path';
import { type Io, usageExit } from '../io.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../solver/diagnostics.ts';
import type { Instance } from '../../solver/model/instance.ts';
import { readInstanceFile, readTextFile, writePlanFile } from '../../solver/formats/node-io.ts';
import { stringifyPlan } from '../../solver/formats/json/index.ts';
import { printBtrPlacePlan, printTalkPlan } from '../../solver/formats/plan-text/index.ts';
import { parseScenario } from '../../solver/script/index.ts';
import { solve, type SolveResult } from '../../solver/engine/index.ts';
import { planDuration, sumOfEnds, type Plan } from '../../solver/plan/plan.ts';

const USAGE = `usage: vitrine solve <instance> [options]

Computes a new placement and a timed reconfiguration plan. <instance> is a .btrp scenario
or a BtrPlace JSON instance (.json or .json.gz).

options:
  --time-limit <s>          give up after this many seconds (default 60)
  --seed <n>                seed of the search (same instance + seed = same plan; default 0)
  --objective <mttr|migrations>
                            minimise the sum of action ends (default, or the instance's own),
                            or the time spent migrating
  --plan-format <human|btrplace|json>
                            how to print the plan (default human)
  --out <plan.json>         also write the plan as BtrPlace JSON
  -h, --help                show this help

exit status: 0 plan (empty when already satisfied), 1 no solution, 2 invalid input or
unsupported constraint, 3 time limit without a plan, 4 internal error`;

type PlanFormat = 'human' | 'btrplace' | 'json';

interface Args {
  file: string;
  timeLimit?: number;
  seed?: number;
  objective?: 'mttr' | 'migrations';
  format: PlanFormat;
  out?: string;
}

export const EXIT = { plan: 0, noSolution: 1, invalid: 2, timeout: 3, internal: 4 } as const;

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return usageExit(parsed, io, 'solve', USAGE, EXIT.invalid);
  const file = resolve(io.cwd, parsed.file);
  const read = await readAnyInstance(file, parsed.file);
  for (const d of read.diagnostics) io.err(formatDiagnostic(d));
  if (!read.instance || hasErrors(read.diagnostics)) return EXIT.invalid;

  const t0 = performance.now();
  const result = await solve(read.instance, {
    ...(parsed.timeLimit !== undefined ? { timeLimit: parsed.timeLimit } : {}),
    ...(parsed.seed !== undefined ? { seed: parsed.seed } : {}),
    ...(parsed.objective !== undefined ? { objective: parsed.objective } : {}),
  });
  const seconds = (performance.now() - t0) / 1000;
  return report(result, parsed, seconds, io);
}

async function report(result: SolveResult, args: Args, seconds: number, io: Io): Promise<number> {
  const summaryTo = args.format === 'json' ? io.err : io.out;
  switch (result.status) {
    case 'plan':
    case 'satisfied': {
      io.out(printPlan(result.plan, args.format));
      if (args.out) {
        const problems = await writePlanFile(resolve(io.cwd, args.out), result.plan);
        for (const d of problems) io.err(formatDiagnostic(d));
        if (hasErrors(problems)) return EXIT.invalid;
      }
      summaryTo(summary(result.status === 'satisfied' ? 'already satisfied' : 'plan', result.plan, seconds));
      return EXIT.plan;
    }
    case 'no-solution': {
      const e = result.explanation;
      io.err(`no solution: ${e.message}`);
      for (const c of e.constraints.slice(0, 20)) io.err(`  in conflict: ${c.kind}${c.source ? ` (line ${c.source.line})` : ''}`);
      if (e.constraints.length > 20) io.err(`  ... and ${e.constraints.length - 20} more constraints`);
      summaryTo(`status: no solution, time: ${seconds.toFixed(2)} s`);
      return EXIT.noSolution;
    }
    case 'invalid':
      for (const d of result.diagnostics) io.err(formatDiagnostic(d));
      return hasErrors(result.diagnostics) ? EXIT.invalid : EXIT.internal;
    case 'unsupported':
      io.err(`vitrine solve: ${result.message}`);
      for (const c of result.constraints.slice(0, 20)) io.err(`  unsupported: ${c.kind}${c.source ? ` (line ${c.source.line})` : ''}`);
      return EXIT.invalid;
    case 'timeout':
      io.err(`vitrine solve: ${result.message}`);
      if (result.bestPlan) io.out(printPlan(result.bestPlan, args.format));
      summaryTo(`status: time limit, time: ${seconds.toFixed(2)} s`);
      return EXIT.timeout;
    case 'cancelled':
      io.err('vitrine solve: cancelled');
      return EXIT.timeout;
    case 'bug':
      io.err(`vitrine solve: internal error: ${result.message}`);
      for (const v of result.violations.slice(0, 20)) io.err(`  ${v}`);
      io.err('Please report this with the instance: the plan was not printed because the checker rejects it.');
      return EXIT.internal;
  }
}

function printPlan(plan: Plan, format: PlanFormat): string {
  if (format === 'json') return stringifyPlan(plan);
  if (plan.actions.length === 0) return '(empty plan: every constraint already holds)';
  return format === 'btrplace' ? printBtrPlacePlan(plan) : printTalkPlan(plan);
}

function summary(status: string, plan: Plan, seconds: number): string {
  return `status: ${status}, actions: ${plan.actions.length}, duration: ${planDuration(plan)} s, sum of action ends: ${sumOfEnds(plan)} s, time: ${seconds.toFixed(2)} s`;
}

async function readAnyInstance(path: string, shown: string): Promise<{ instance?: Instance; diagnostics: Diagnostic[] }> {
  if (!path.endsWith('.btrp')) return readInstanceFile(path);
  const { text, diagnostics } = await readTextFile(path);
  if (text === undefined) return { diagnostics };
  const r = parseScenario(text, { file: shown });
  return r.instance ? { instance: r.instance, diagnostics: r.diagnostics } : { diagnostics: r.diagnostics };
}

function parseArgs(args: string[]): Args | 'help' | string {
  const files: string[] = [];
  let format: PlanFormat = 'human';
  const out: Partial<Args> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i];
    switch (arg) {
      case '-h':
      case '--help':
        return 'help';
      case '--time-limit': {
        const v = Number(value());
        if (!(v > 0)) return '--time-limit needs a positive number of seconds';
        out.timeLimit = v;
        break;
      }
      case '--seed': {
        const v = Number(value());
        if (!Number.isInteger(v)) return '--seed needs an integer';
        out.seed = v;
        break;
      }
      case '--objective': {
        const v = value();
        if (v !== 'mttr' && v !== 'migrations') return `--objective is 'mttr' or 'migrations', not '${v ?? ''}'`;
        out.objective = v;
        break;
      }
      case '--plan-format': {
        const v = value();
        if (v !== 'human' && v !== 'btrplace' && v !== 'json') return `--plan-format is 'human', 'btrplace' or 'json', not '${v ?? ''}'`;
        format = v;
        break;
      }
      case '--out': {
        const v = value();
        if (!v) return '--out needs a file name';
        out.out = v;
        break;
      }
      default:
        if (arg.startsWith('-')) return `unknown option '${arg}'`;
        files.push(arg);
    }
  }
  if (files.length !== 1) return files.length === 0 ? 'no instance given' : `one instance at a time (got ${files.length})`;
  return { ...out, file: files[0]!, format };
}
