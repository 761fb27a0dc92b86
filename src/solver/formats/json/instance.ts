/**
 * BtrPlace JSON instances (spec §6.1): `{"model": ..., "constraints": [...], "objective": ...}`.
 * Reading never throws on bad input: it returns diagnostics naming JSON paths, and an instance only when
 * there is no error.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { Instance } from '../../model/instance.ts';
import { readConstraints, writeConstraint } from './constraints/index.ts';
import { parseJsonText } from './json-text.ts';
import { locateDiagnostics } from './locate.ts';
import { inBtrPlaceOrder } from './key-order.ts';
import { readModel, writeModel } from './model.ts';
import { readObjective, writeObjective } from './objective.ts';
import type { JsonObject } from './read-context.ts';
import { describe, isObject, JSON_CODES, ReadContext } from './read-context.ts';

export interface ReadOptions {
  /** File name, put on diagnostics. */
  file?: string;
  /** When the input is an already parsed value: the text it came from, to give diagnostics a line and column. */
  text?: string;
}

export interface InstanceReadResult {
  instance?: Instance;
  diagnostics: Diagnostic[];
}

/** Reads an instance from JSON text, or from an already parsed JSON value. */
export function readInstance(input: string | unknown, options: ReadOptions = {}): InstanceReadResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input, options.file);
    if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
    value = parsed.value;
  }
  const cx = new ReadContext(options.file);
  if (!isObject(value)) {
    cx.error('', JSON_CODES.type, `expected an instance object {"model": ..., "constraints": [...], "objective": ...}, found ${describe(value)}`);
    return { diagnostics: cx.finish() };
  }
  for (const key of ['model', 'constraints', 'objective']) {
    if (value[key] === undefined) cx.error('', JSON_CODES.missing, `missing key "${key}"`, key === 'objective' ? 'BtrPlace requires one, e.g. "objective": {"id": "minimizeMTTR"}' : undefined);
  }
  for (const key in value) {
    if (key !== 'model' && key !== 'constraints' && key !== 'objective') cx.warn(key, JSON_CODES.ignored, 'unknown key of an instance, ignored');
  }
  const model = value.model === undefined ? undefined : readModel(cx, value.model, 'model');
  const constraints = model && value.constraints !== undefined ? readConstraints(cx, model, value.constraints, 'constraints') : [];
  const objective = value.objective === undefined ? undefined : readObjective(cx, value.objective, 'objective');
  const diagnostics = cx.finish();
  const source = typeof input === 'string' ? input : options.text;
  if (source !== undefined && diagnostics.length > 0) locateDiagnostics(source, diagnostics, cx.paths);
  if (cx.errorCount > 0 || !model || !objective) return { diagnostics };
  return { instance: { model, constraints, objective }, diagnostics };
}

/** The instance as a BtrPlace JSON value (see `jsonLimitations` for what JSON cannot hold). */
export function writeInstance(instance: Instance): JsonObject {
  return inBtrPlaceOrder({
    model: writeModel(instance.model),
    constraints: instance.constraints.map(writeConstraint),
    objective: writeObjective(instance.objective),
  });
}

/** The instance as BtrPlace JSON text: compact like BtrPlace's files, or indented. */
export function stringifyInstance(instance: Instance, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(writeInstance(instance), null, options.pretty ? 2 : undefined);
}
