/**
 * `vitrine check <instance> <plan>`: validates the instance, then replays the plan with the independent checker
 * and lists every violation with its time, action and constraint.
 * Exit codes: 0 valid plan, 1 invalid plan, 2 bad input (unreadable file, syntax error, invalid instance).
 */
import { type Io, usageExit } from '../io.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../solver/diagnostics.ts';
import type { Constraint } from '../../solver/constraints/index.ts';
import type { Violation } from '../../solver/checker/index.ts';
import { writeConstraint } from '../../solver/formats/json/index.ts';
import { talkLine } from '../../solver/formats/plan-text/index.ts';
import type { Model } from '../../solver/model/model.ts';
import { planDuration } from '../../solver/plan/plan.ts';
import { loadInstance, loadPlan, originMismatch } from '../solver-files.ts';

const USAGE = `usage: vitrine check <instance> <plan> [options]

Replays a reconfiguration plan on an instance (spec §3.4bis): resources at every instant,
life cycles, node power, each VM moved at most once, every continuous constraint during the
plan and every constraint at its end. Lists every violation with its time, action and
constraint.

  <instance>  a .btrp scenario, or a BtrPlace JSON instance (.json, .json.gz)
  <plan>      a BtrPlace JSON plan (.json, .json.gz), or a text plan (.txt, .plan) in
              BtrPlace's format (0:1 {action=...}) or the talk's (0'00 to 0'02: relocate(VM2,N2))

options:
  --no-durations  do not compare action durations with the model's (for plans whose durations
                  come from elsewhere, e.g. BtrPlace's network-aware migrations)
  -h, --help      show this help

exit status: 0 valid plan, 1 invalid plan, 2 bad input`;

export const EXIT = { valid: 0, invalid: 1, badInput: 2 } as const;

interface Args {
  instance: string;
  plan: string;
  durations: boolean;
}

function parseArgs(args: string[]): Args | 'help' | string {
  const files: string[] = [];
  let durations = true;
  for (const a of args) {
    if (a === '-h' || a === '--help') return 'help';
    if (a === '--no-durations') durations = false;
    else if (a.startsWith('-')) return `unknown option '${a}'`;
    else files.push(a);
  }
  if (files.length !== 2) return `expected an instance and a plan, got ${files.length} file(s)`;
  return { instance: files[0] as string, plan: files[1] as string, durations };
}

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return usageExit(parsed, io, 'check', USAGE, EXIT.badInput);
  const print = (ds: Diagnostic[]) => ds.forEach((d) => io.err(formatDiagnostic(d)));

  const read = await loadInstance(io.cwd, parsed.instance);
  print(read.diagnostics);
  if (!read.instance || hasErrors(read.diagnostics)) return EXIT.badInput;
  const instance = read.instance;

  // Lazily: the checker is the heaviest module, and a syntax error needs none of it.
  const { validateInstance } = await import('../../solver/model/validate.ts');
  const problems = validateInstance(instance).map((d) => (d.file === undefined ? { ...d, file: parsed.instance } : d));
  print(problems);
  if (hasErrors(problems)) {
    io.err(`vitrine check: ${parsed.instance} is not a valid instance: no plan can be checked against it`);
    return EXIT.badInput;
  }

  const loaded = await loadPlan(io.cwd, parsed.plan, instance.model);
  print(loaded.diagnostics);
  if (!loaded.plan || hasErrors(loaded.diagnostics)) return EXIT.badInput;
  const plan = loaded.plan;
  const mismatch = originMismatch(instance.model, plan.origin);
  if (mismatch) {
    io.err(`${parsed.plan}: error CLI003: the plan starts from another model than the instance: ${mismatch}`);
    return EXIT.badInput;
  }

  const { checkPlan } = await import('../../solver/checker/index.ts');
  const result = checkPlan(instance, plan, { durations: parsed.durations });
  const summary = `${plan.actions.length} action(s), duration ${planDuration(plan)} s`;
  if (result.ok) {
    io.out(`valid: ${parsed.plan} (${summary}) satisfies ${parsed.instance}`);
    return EXIT.valid;
  }
  io.out(`invalid: ${parsed.plan} (${summary}) has ${result.violations.length} violation(s):`);
  for (const v of result.violations) io.out(formatViolation(plan.origin, v));
  return EXIT.invalid;
}

/** `  at 0'03 [CSTR002] message`, then the action (in the talk's words) and the constraint, when known. */
export function formatViolation(model: Model, v: Violation): string {
  const lines = [`  at ${v.time} s [${v.code}] ${v.message}`];
  if (v.action) lines.push(`      action: ${talkLine(model, v.action)}`);
  if (v.constraint) lines.push(`      constraint: ${describeConstraint(v.constraint)}`);
  return lines.join('\n');
}

/** The constraint as BtrPlace JSON (ids), with its script line when it comes from a scenario. */
function describeConstraint(c: Constraint): string {
  const { id, ...fields } = writeConstraint(c);
  const text = `${String(id)} ${JSON.stringify(fields)}`;
  return c.source ? `${text} (line ${c.source.line})` : text;
}
