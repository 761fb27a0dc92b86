/**
 * `vitrine convert <in> <out>`: instances between `.btrp` scenarios and BtrPlace JSON (`.json`, `.json.gz`),
 * plans between BtrPlace JSON and text (`.txt`, `.plan`), chosen by file extension. Nothing is dropped
 * silently: what the target format cannot hold is reported as a warning.
 * Exit codes: 0 converted, 2 bad input or impossible conversion.
 */
import { resolve } from 'node:path';
import { type Io, usageExit } from '../io.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../solver/diagnostics.ts';
import { readTextFile, writeInstanceFile, writePlanFile, writeTextFile } from '../../solver/formats/node-io.ts';
import type { PlanTextFormat } from '../../solver/formats/plan-text/index.ts';
import { parsePlanText, printPlanText } from '../../solver/formats/plan-text/index.ts';
import type { Instance } from '../../solver/model/instance.ts';
import type { Plan } from '../../solver/plan/plan.ts';
import { kindOf, loadInstance, readJsonDocument } from '../solver-files.ts';

const USAGE = `usage: vitrine convert <in> <out> [options]

Converts by file extension:
  instances  .btrp scenario  <->  BtrPlace JSON (.json, or gzipped .json.gz)
  plans      BtrPlace JSON plan (.json, .json.gz)  <->  text plan (.txt, .plan)

options:
  --format <btrplace|talk>  text plan format to write: BtrPlace's (0:1 {action=...}, default)
                            or the talk's (0'00 to 0'02: relocate(VM2,N2))
  --instance <file>         the instance a text plan applies to (needed to read a text plan)
  -h, --help                show this help

exit status: 0 converted (warnings say what the target format cannot hold), 2 bad input`;

const BAD_INPUT = 2;

interface Args {
  input: string;
  output: string;
  format: PlanTextFormat;
  instance?: string;
}

function parseArgs(args: string[]): Args | 'help' | string {
  const files: string[] = [];
  let format: PlanTextFormat = 'btrplace';
  let instance: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-h' || a === '--help') return 'help';
    if (a === '--format') {
      const v = args[++i];
      if (v !== 'btrplace' && v !== 'talk') return `--format takes btrplace or talk, not '${v ?? ''}'`;
      format = v;
    } else if (a === '--instance') {
      instance = args[++i];
      if (instance === undefined) return '--instance needs a file';
    } else if (a.startsWith('-')) return `unknown option '${a}'`;
    else files.push(a);
  }
  if (files.length !== 2) return `expected an input and an output file, got ${files.length} file(s)`;
  for (const f of files) if (!kindOf(f)) return `'${f}': unknown extension; use .btrp, .json, .json.gz, .txt or .plan`;
  return { input: files[0] as string, output: files[1] as string, format, ...(instance === undefined ? {} : { instance }) };
}

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return usageExit(parsed, io, 'convert', USAGE, BAD_INPUT);
  const print = (ds: Diagnostic[]) => ds.forEach((d) => io.err(formatDiagnostic(d)));
  const source = await readSource(parsed, io.cwd);
  print(source.diagnostics);
  if (source.kind === 'error' || hasErrors(source.diagnostics)) return BAD_INPUT;

  const outKind = kindOf(parsed.output);
  const out = resolve(io.cwd, parsed.output);
  let written: Diagnostic[];
  if (source.kind === 'instance') {
    if (outKind === 'text-plan') return refuse(io, `${parsed.input} is an instance; a .txt/.plan output is for plans`);
    written = outKind === 'script' ? await writeScript(out, source.instance) : await writeInstanceFile(out, source.instance);
  } else {
    if (outKind === 'script') return refuse(io, `${parsed.input} is a plan; a .btrp output is for instances`);
    written = outKind === 'text-plan' ? await writeTextFile(out, printPlanText(source.plan, parsed.format)) : await writePlanFile(out, source.plan);
  }
  print(written.map((d) => ({ ...d, file: parsed.output })));
  if (hasErrors(written)) return BAD_INPUT;
  io.out(`${parsed.input} -> ${parsed.output}`);
  return 0;
}

type Source =
  | { kind: 'instance'; instance: Instance; diagnostics: Diagnostic[] }
  | { kind: 'plan'; plan: Plan; diagnostics: Diagnostic[] }
  | { kind: 'error'; diagnostics: Diagnostic[] };

async function readSource(args: Args, cwd: string): Promise<Source> {
  const kind = kindOf(args.input);
  if (kind === 'script') {
    const r = await loadInstance(cwd, args.input);
    return r.instance ? { kind: 'instance', instance: r.instance, diagnostics: r.diagnostics } : { kind: 'error', diagnostics: r.diagnostics };
  }
  const { text, diagnostics } = await readTextFile(resolve(cwd, args.input), { name: args.input });
  if (text === undefined) return { kind: 'error', diagnostics };
  if (kind === 'json') return readJsonDocument(text, args.input);
  // A text plan does not carry its origin: it needs the instance.
  if (args.instance === undefined) {
    return { kind: 'error', diagnostics: [{ severity: 'error', code: 'CLI004', message: 'a text plan does not say which model it starts from', file: args.input, hint: 'add --instance <the instance file>' }] };
  }
  const inst = await loadInstance(cwd, args.instance);
  if (!inst.instance) return { kind: 'error', diagnostics: inst.diagnostics };
  const r = parsePlanText(text, inst.instance.model, { file: args.input });
  return r.plan ? { kind: 'plan', plan: r.plan, diagnostics: [...inst.diagnostics, ...r.diagnostics] } : { kind: 'error', diagnostics: [...inst.diagnostics, ...r.diagnostics] };
}

async function writeScript(file: string, instance: Instance): Promise<Diagnostic[]> {
  let script: typeof import('../../solver/script/index.ts');
  try {
    script = await import('../../solver/script/index.ts');
  } catch {
    return [{ severity: 'error', code: 'CLI001', message: 'this build cannot write .btrp scenarios', file }];
  }
  // The scenario language has no syntax for views it does not interpret (BtrPlace's network view): say so.
  const lost: Diagnostic[] = (instance.model.extraViews ?? []).map((view) => ({
    severity: 'warning',
    code: 'CLI005',
    message: `the view "${String(view.id)}" cannot be written in a .btrp scenario: it is left out`,
    hint: 'keep the JSON file if you need it',
    file,
  }));
  return [...lost, ...(await writeTextFile(file, script.printScenario(instance)))];
}

function refuse(io: Io, message: string): number {
  io.err(`vitrine convert: ${message}`);
  return BAD_INPUT;
}
