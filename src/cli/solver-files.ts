/**
 * Reading the solver's files for CLI commands: instances (`.btrp` scenarios or BtrPlace JSON, gzipped or not)
 * and plans (BtrPlace JSON, or text in BtrPlace's or the talk's format). Diagnostics name the file as the user
 * typed it. The script language is imported lazily, so that JSON files work even without it.
 */
import { resolve } from 'node:path';
import type { Diagnostic } from '../solver/diagnostics.ts';
import { parseJsonText } from '../solver/formats/json/json-text.ts';
import { isObject } from '../solver/formats/json/read-context.ts';
import { readInstance, readPlan } from '../solver/formats/json/index.ts';
import { readTextFile } from '../solver/formats/node-io.ts';
import { parsePlanText } from '../solver/formats/plan-text/index.ts';
import type { Instance } from '../solver/model/instance.ts';
import type { Model } from '../solver/model/model.ts';
import type { Plan } from '../solver/plan/plan.ts';

export type FileKind = 'script' | 'json' | 'text-plan';

/** What a file is, from its name: `.btrp`, `.json` / `.json.gz` / `.gz`, `.txt` / `.plan`. */
export function kindOf(path: string): FileKind | undefined {
  if (path.endsWith('.btrp')) return 'script';
  if (path.endsWith('.json') || path.endsWith('.gz')) return 'json';
  if (path.endsWith('.txt') || path.endsWith('.plan')) return 'text-plan';
  return undefined;
}

function failure(file: string, code: string, message: string, hint?: string): { diagnostics: Diagnostic[] } {
  return { diagnostics: [{ severity: 'error', code, message, file, ...(hint === undefined ? {} : { hint }) }] };
}

async function parseScript(text: string, file: string): Promise<{ instance?: Instance; diagnostics: Diagnostic[] }> {
  let script: typeof import('../solver/script/index.ts');
  try {
    script = await import('../solver/script/index.ts');
  } catch {
    return failure(file, 'CLI001', 'this build cannot read .btrp scenarios', 'convert the scenario to BtrPlace JSON elsewhere, or use a full build');
  }
  // Validation is the caller's business: converting must carry an invalid instance without loss.
  const r = script.parseScenario(text, { file, validate: false });
  return r.instance ? { instance: r.instance, diagnostics: r.diagnostics } : { diagnostics: r.diagnostics };
}

/** A JSON file that is either an instance or a plan, told apart by its keys. */
export type JsonDocument =
  | { kind: 'instance'; instance: Instance; diagnostics: Diagnostic[] }
  | { kind: 'plan'; plan: Plan; diagnostics: Diagnostic[] }
  | { kind: 'error'; diagnostics: Diagnostic[] };

/** Reads `path` (relative to `cwd`) as an instance: a `.btrp` scenario, anything else as BtrPlace JSON. */
export async function loadInstance(cwd: string, path: string): Promise<{ instance?: Instance; diagnostics: Diagnostic[] }> {
  const { text, diagnostics } = await readTextFile(resolve(cwd, path), { name: path });
  if (text === undefined) return { diagnostics };
  if (kindOf(path) === 'script') return parseScript(text, path);
  const doc = readJsonDocument(text, path);
  if (doc.kind === 'plan') return failure(path, 'CLI002', 'this is a plan ({"origin", "actions"}), not an instance', 'give the instance first, then the plan');
  return doc.kind === 'instance' ? { instance: doc.instance, diagnostics: doc.diagnostics } : { diagnostics: doc.diagnostics };
}

/** Instance or plan, from BtrPlace JSON text. */
export function readJsonDocument(text: string, file: string): JsonDocument {
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return { kind: 'error', diagnostics: [parsed.diagnostic] };
  const value = parsed.value;
  if (isObject(value) && value.origin !== undefined && value.model === undefined) {
    const r = readPlan(value, { file, text });
    return r.plan ? { kind: 'plan', plan: r.plan, diagnostics: r.diagnostics } : { kind: 'error', diagnostics: r.diagnostics };
  }
  const r = readInstance(value, { file, text });
  return r.instance ? { kind: 'instance', instance: r.instance, diagnostics: r.diagnostics } : { kind: 'error', diagnostics: r.diagnostics };
}

/**
 * Reads `path` as a plan: BtrPlace JSON (it carries its origin), or a text plan in either format, read against
 * `origin` (the instance's model).
 */
export async function loadPlan(cwd: string, path: string, origin: Model): Promise<{ plan?: Plan; diagnostics: Diagnostic[] }> {
  const { text, diagnostics } = await readTextFile(resolve(cwd, path), { name: path });
  if (text === undefined) return { diagnostics };
  if (text.trimStart().startsWith('{')) {
    const doc = readJsonDocument(text, path);
    if (doc.kind === 'instance') return failure(path, 'CLI002', 'this is an instance ({"model", ...}), not a plan', 'give the instance first, then the plan');
    return doc.kind === 'plan' ? { plan: doc.plan, diagnostics: doc.diagnostics } : { diagnostics: doc.diagnostics };
  }
  return parsePlanText(text, origin, { file: path });
}

/**
 * Why a plan's own origin is not the instance's model, or undefined when their mappings agree. VMs that the
 * plan forges (state `init`) are not compared: a JSON instance cannot declare them.
 */
export function originMismatch(instance: Model, origin: Model): string | undefined {
  for (const [node, state] of instance.nodes) {
    const other = origin.nodes.get(node);
    if (other !== state) return `node ${node} is ${state} in the instance but ${other ?? 'absent'} in the plan's origin`;
  }
  for (const node of origin.nodes.keys()) if (!instance.nodes.has(node)) return `node ${node} of the plan's origin is not in the instance`;
  for (const [vm, state] of instance.vms) {
    if (state === 'init') continue;
    const other = origin.vms.get(vm);
    if (other !== state) return `VM ${vm} is ${state} in the instance but ${other ?? 'absent'} in the plan's origin`;
    if (instance.host.get(vm) !== origin.host.get(vm)) return `VM ${vm} is on node ${instance.host.get(vm)} in the instance but on node ${origin.host.get(vm)} in the plan's origin`;
  }
  for (const [vm, state] of origin.vms) if (state !== 'init' && !instance.vms.has(vm)) return `VM ${vm} of the plan's origin is not in the instance`;
  return undefined;
}
