/**
 * The scenario language: btrpsl (spec §5) plus a model section, so that a whole instance is one text file.
 *
 *   parseScenario(text)  → { instance?, diagnostics }   (instance only when there is no error)
 *   printScenario(instance) → text that parses back to the same instance
 *
 * The language reference is README.md beside this file.
 */
import type { Diagnostic, SourceRange } from '../diagnostics.ts';
import { hasErrors } from '../diagnostics.ts';
import type { Instance } from '../model/instance.ts';
import type { Model } from '../model/model.ts';
import { validateInstance } from '../model/validate.ts';
import type { SourceMap } from './evaluate.ts';
import { evaluate } from './evaluate.ts';
import { parse } from './parser.ts';

export { printScenario } from './print.ts';
export type { PrintOptions } from './print.ts';
export { highlight, classifyToken, tokenize } from './lexer.ts';
export type { Token, TokenClass, TokenKind } from './lexer.ts';
export { CODES } from './codes.ts';
export type { SourceMap } from './evaluate.ts';

export interface ScenarioResult {
  /** The instance, when the script has no error (warnings allowed). */
  instance?: Instance;
  /** Every problem, sorted by position; script codes `BTRP...`, model validation codes `MODEL...`. */
  diagnostics: Diagnostic[];
  /** Where each element and resource was declared (also given when the script has errors). */
  sourceMap: SourceMap;
  /** The `namespace` statement's name, if any. */
  namespace?: string;
}

export interface ScenarioOptions {
  /** Shown in diagnostics. */
  file?: string;
  /** `false` skips the model validation: a converter carries an invalid instance across formats without loss. */
  validate?: boolean;
  /**
   * A model to start from (not modified), as BtrPlace's Play sends a drawn model with a constraint script: the
   * script's constraints name its elements (nodes with or without `@` in `nodeNames`), and may declare more.
   */
  model?: Model;
}

export function parseScenario(text: string, opts: ScenarioOptions = {}): ScenarioResult {
  const parsed = parse(text);
  const evaluated = evaluate(parsed.script, opts.model ? { model: opts.model } : {});
  const diagnostics = [...parsed.diagnostics, ...evaluated.diagnostics];
  // A model built from a broken script is partial: validating it would only echo the script's errors.
  if (opts.validate !== false && !hasErrors(diagnostics)) {
    const found = validateInstance(evaluated.instance);
    if (found.length) {
      const names = { vms: reverse(evaluated.instance.model.vmNames), nodes: reverse(evaluated.instance.model.nodeNames) };
      for (const d of found) diagnostics.push(locate(d, names, evaluated.sourceMap));
    }
  }
  for (const d of diagnostics) if (opts.file !== undefined) d.file = opts.file;
  diagnostics.sort(byPosition);
  const result: ScenarioResult = { diagnostics, sourceMap: evaluated.sourceMap };
  if (!hasErrors(diagnostics)) result.instance = evaluated.instance;
  if (evaluated.namespace !== undefined) result.namespace = evaluated.namespace;
  return result;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.range?.line ?? Infinity) - (b.range?.line ?? Infinity) || (a.range?.column ?? 0) - (b.range?.column ?? 0);
}

/**
 * Gives a validation diagnostic the range of the declaration it is about. Constraint diagnostics already carry
 * the constraint's `source`. Element diagnostics name the element first (`VM1 is running on N4, ...`,
 * `N2: capacity of 'cpu' ...`, `resource 'cpu': ...`), which is how they are matched to a declaration.
 */
function locate(d: Diagnostic, names: { vms: Map<string, number>; nodes: Map<string, number> }, map: SourceMap): Diagnostic {
  if (d.range) return d;
  const rc = /^resource '([^']*)'/.exec(d.message);
  let range: SourceRange | undefined = rc ? map.resources.get(rc[1]!) : undefined;
  if (!range) {
    const subject = /^(\S+?)(?::|\s)/.exec(d.message)?.[1];
    if (subject !== undefined) {
      // Capacity problems are about nodes; everything else names a VM first when the name is both.
      const preferNode = d.code === 'MODEL004' || d.code === 'MODEL009';
      const vm = names.vms.get(subject);
      const node = names.nodes.get(subject);
      const vmRange = vm === undefined ? undefined : map.vms.get(vm);
      const nodeRange = node === undefined ? undefined : map.nodes.get(node);
      range = preferNode ? nodeRange ?? vmRange : vmRange ?? nodeRange;
    }
  }
  return range ? { ...d, range } : d;
}

function reverse(names: Map<number, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, n] of names) if (!out.has(n)) out.set(n, id);
  return out;
}
