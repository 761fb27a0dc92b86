/**
 * BtrPlace JSON plans (spec §6.4): `{"origin": Model, "actions": [...]}`, each action with `id`, `start`,
 * `end`, its fields and optional `hooks: {"pre": [events], "post": [events]}`.
 *
 * A VM that only appears as forged (`forgeVM`) or as the new identity of a `substitutedVM` event is not in the
 * origin's mapping (it does not exist yet): it is added to the origin in state `init`.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { Model } from '../../model/model.ts';
import type { Action, ActionKind, Plan, PlanEvent } from '../../plan/plan.ts';
import type { ReadOptions } from './instance.ts';
import { parseJsonText } from './json-text.ts';
import { locateDiagnostics } from './locate.ts';
import { inBtrPlaceOrder } from './key-order.ts';
import { readModel, writeModel } from './model.ts';
import type { JsonObject } from './read-context.ts';
import { child, describe, FieldReader, isId, isObject, JSON_CODES, ReadContext } from './read-context.ts';

export interface PlanReadResult {
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/** The fields of each action kind, besides `id`, `start`, `end` and `hooks`. */
const actionKeys: Record<ActionKind, readonly string[]> = {
  migrateVM: ['vm', 'from', 'to', 'bw'],
  bootVM: ['vm', 'on'],
  shutdownVM: ['vm', 'on'],
  killVM: ['vm', 'on'],
  suspendVM: ['vm', 'from', 'to'],
  resumeVM: ['vm', 'from', 'to'],
  forgeVM: ['vm'],
  bootNode: ['node'],
  shutdownNode: ['node'],
  allocate: ['vm', 'on', 'rc', 'amount'],
};

function isActionKind(id: unknown): id is ActionKind {
  return typeof id === 'string' && Object.hasOwn(actionKeys, id);
}

/** Reads a plan from JSON text, or from an already parsed JSON value. */
export function readPlan(input: string | unknown, options: ReadOptions = {}): PlanReadResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input, options.file);
    if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
    value = parsed.value;
  }
  const cx = new ReadContext(options.file);
  if (!isObject(value)) {
    cx.error('', JSON_CODES.type, `expected a plan object {"origin": ..., "actions": [...]}, found ${describe(value)}`);
    return { diagnostics: cx.finish() };
  }
  if (value.origin === undefined) cx.error('', JSON_CODES.missing, 'missing key "origin"', 'a BtrPlace plan carries the model it starts from');
  if (value.actions === undefined) cx.error('', JSON_CODES.missing, 'missing key "actions"');
  const origin = value.origin === undefined ? undefined : readModel(cx, value.origin, 'origin');
  const actions: Action[] = [];
  if (origin && value.actions !== undefined) {
    if (!Array.isArray(value.actions)) cx.error('actions', JSON_CODES.type, `expected an array of actions, found ${describe(value.actions)}`);
    else {
      declareForgedVMs(origin, value.actions);
      const r = new FieldReader(cx, origin);
      for (let i = 0; i < value.actions.length; i++) {
        const a = readAction(r, value.actions[i], `actions[${i}]`);
        if (a) actions.push(a);
      }
    }
  }
  const diagnostics = cx.finish();
  const source = typeof input === 'string' ? input : options.text;
  if (source !== undefined && diagnostics.length > 0) locateDiagnostics(source, diagnostics, cx.paths);
  if (cx.errorCount > 0 || !origin) return { diagnostics };
  return { plan: { origin, actions }, diagnostics };
}

/** VMs created by the plan itself are not in the origin's mapping: declare them as not yet created. */
function declareForgedVMs(origin: Model, actions: unknown[]): void {
  const declare = (vm: unknown) => {
    if (isId(vm) && !origin.vms.has(vm)) origin.vms.set(vm, 'init');
  };
  for (const a of actions) {
    if (!isObject(a)) continue;
    if (a.id === 'forgeVM') declare(a.vm);
    if (!isObject(a.hooks)) continue;
    for (const events of [a.hooks.pre, a.hooks.post]) {
      if (!Array.isArray(events)) continue;
      for (const e of events) if (isObject(e) && e.id === 'substitutedVM') declare(e.newVm);
    }
  }
}

function readAction(r: FieldReader, value: unknown, path: string): Action | undefined {
  const cx = r.cx;
  if (!isObject(value)) {
    cx.error(path, JSON_CODES.type, `expected an action object, found ${describe(value)}`);
    return undefined;
  }
  const kind = value.id;
  if (!isActionKind(kind)) {
    cx.error(child(path, 'id'), kind === undefined ? JSON_CODES.missing : JSON_CODES.unknownId, `unknown action ${describe(kind)}`, `known actions: ${Object.keys(actionKeys).join(', ')}`);
    return undefined;
  }
  r.reset(value, path);
  const start = r.int('start', 0);
  const end = r.int('end', 0);
  if (!r.failed && end < start) r.fail('end', JSON_CODES.value, `the action ends (${end}) before it starts (${start})`);
  const timed = { start, end, pre: [] as PlanEvent[], post: [] as PlanEvent[] };
  let action: Action;
  switch (kind) {
    case 'migrateVM': {
      const bw = r.optionalInt('bw', 0);
      action = { kind, vm: r.vm('vm'), from: r.node('from'), to: r.node('to'), ...(bw === undefined ? {} : { bw }), ...timed };
      break;
    }
    case 'bootVM':
    case 'shutdownVM':
      action = { kind, vm: r.vm('vm'), on: r.node('on'), ...timed };
      break;
    case 'killVM':
      action = { kind, vm: r.vm('vm'), on: r.nodeOrNull('on'), ...timed };
      break;
    case 'suspendVM':
    case 'resumeVM':
      action = { kind, vm: r.vm('vm'), from: r.node('from'), to: r.node('to'), ...timed };
      break;
    case 'forgeVM':
      action = { kind, vm: r.vm('vm'), ...timed };
      break;
    case 'bootNode':
    case 'shutdownNode':
      action = { kind, node: r.node('node'), ...timed };
      break;
    case 'allocate':
      action = { kind, vm: r.vm('vm'), on: r.node('on'), rc: r.string('rc'), amount: r.int('amount', 0), ...timed };
      break;
  }
  const allowed = actionKeys[kind];
  for (const key in value) {
    if (key !== 'id' && key !== 'start' && key !== 'end' && key !== 'hooks' && !allowed.includes(key)) {
      cx.warn(child(path, key), JSON_CODES.ignored, `unknown key of ${kind}, ignored`, `${kind} has: ${allowed.join(', ')}`);
    }
  }
  let failed = r.failed;
  if (value.hooks !== undefined) {
    const hooks = value.hooks;
    if (!isObject(hooks)) {
      cx.error(child(path, 'hooks'), JSON_CODES.type, `expected {"pre": [...], "post": [...]}, found ${describe(hooks)}`);
      failed = true;
    } else {
      const er = new FieldReader(cx, r.model);
      for (const hook of ['pre', 'post'] as const) {
        const events = hooks[hook];
        if (events === undefined) continue;
        const at = `${path}.hooks.${hook}`;
        if (!Array.isArray(events)) {
          cx.error(at, JSON_CODES.type, `expected an array of events, found ${describe(events)}`);
          failed = true;
          continue;
        }
        for (let i = 0; i < events.length; i++) {
          const e = readEvent(er, events[i], `${at}[${i}]`);
          if (e) action[hook].push(e);
          else failed = true;
        }
      }
    }
  }
  return failed ? undefined : action;
}

function readEvent(r: FieldReader, value: unknown, path: string): PlanEvent | undefined {
  if (!isObject(value)) {
    r.cx.error(path, JSON_CODES.type, `expected an event object, found ${describe(value)}`);
    return undefined;
  }
  r.reset(value, path);
  let event: PlanEvent;
  if (value.id === 'allocate') event = { kind: 'allocate', vm: r.vm('vm'), rc: r.string('rc'), amount: r.int('amount', 0) };
  else if (value.id === 'substitutedVM') event = { kind: 'substitutedVM', vm: r.vm('vm'), newVm: r.vm('newVm') };
  else {
    r.cx.error(child(path, 'id'), JSON_CODES.unknownId, `unknown event ${describe(value.id)}`, 'known events: allocate, substitutedVM');
    return undefined;
  }
  return r.failed ? undefined : event;
}

function writeEvent(e: PlanEvent): JsonObject {
  if (e.kind === 'allocate') return inBtrPlaceOrder({ id: 'allocate', amount: e.amount, rc: e.rc, vm: e.vm });
  return inBtrPlaceOrder({ id: 'substitutedVM', newVm: e.newVm, vm: e.vm });
}

/** One action as BtrPlace writes it. A `killVM` of a VM hosted nowhere has no `on`. */
export function writeAction(a: Action): JsonObject {
  const { kind, start, end, pre, post, ...fields } = a;
  const o: JsonObject = { id: kind };
  for (const [key, v] of Object.entries(fields)) if (v !== null && v !== undefined) o[key] = v;
  o.start = start;
  o.end = end;
  o.hooks = inBtrPlaceOrder({ pre: pre.map(writeEvent), post: post.map(writeEvent) });
  return inBtrPlaceOrder(o);
}

export function writePlan(plan: Plan): JsonObject {
  return inBtrPlaceOrder({ origin: writeModel(plan.origin), actions: plan.actions.map(writeAction) });
}

export function stringifyPlan(plan: Plan, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(writePlan(plan), null, options.pretty ? 2 : undefined);
}
