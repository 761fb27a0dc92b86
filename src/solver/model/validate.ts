/**
 * Validation of an instance before any solving (spec §1, §3.2, §3.3 consequence 2, §10): each problem is a
 * diagnostic naming the element. Errors mean "modelling error, no plan"; warnings are likely mistakes that do
 * not stop the solver.
 *
 * | code     | severity | problem                                                                  |
 * |----------|----------|--------------------------------------------------------------------------|
 * | MODEL001 | error    | a constraint names a VM the model does not declare                       |
 * | MODEL002 | error    | a constraint names a node the model does not declare                     |
 * | MODEL003 | error    | a constraint names a resource the model does not have                    |
 * | MODEL004 | error    | negative (or non-integer) capacity, default capacity                     |
 * | MODEL005 | error    | negative (or non-integer) consumption, default consumption               |
 * | MODEL006 | error    | a VM is hosted on a node the model does not declare                      |
 * | MODEL007 | error    | a VM runs or sleeps on an offline node                                   |
 * | MODEL008 | error    | a VM's state and host disagree (running/sleeping without host, or a host for a ready/init/killed VM, or a host for an undeclared VM) |
 * | MODEL009 | error    | overloaded source node: running VMs consume more than capacity × overbook ratio |
 * | MODEL010 | error    | a duration attribute (migrate, boot, ...) is not a positive integer      |
 * | MODEL011 | error    | a VM must be forged (init, to end ready) but has no `template` attribute |
 * | MODEL012 | warning  | a constraint has an empty set where one makes it pointless               |
 * | MODEL013 | error    | groups of a partition overlap                                            |
 * | MODEL014 | error    | an element is listed twice where it must be unique (seq, sets)           |
 * | MODEL015 | error    | an amount is not a non-negative integer                                  |
 * | MODEL016 | error    | an overbook ratio is below 1 or not a number                             |
 * | MODEL017 | error    | a deadline timestamp is malformed                                        |
 * | MODEL018 | error    | precedence of a VM on itself                                             |
 * | MODEL019 | warning  | a VM has two different target states (no plan can exist)                 |
 * | MODEL020 | error    | a linear duration rule is malformed (unknown resource, b < 0, not finite) |
 * | MODEL021 | error    | a constraint's `continuous` flag is not supported by its kind            |
 *
 * A VM "in two places" cannot be written in the Model type (one host per VM); the formats report it when reading.
 */
import type { Diagnostic, Severity } from '../diagnostics.ts';
import type { Instance } from './instance.ts';
import { capacityOf, consumptionOf, nodeName, vmName, type Model } from './model.ts';
import { CONSTRAINTS, specOf, supportsMode, targetStates } from '../constraints/registry.ts';
import { overbookTable } from '../constraints/overbook.ts';
import type { ParamIssueKind } from '../constraints/semantics.ts';
import type { Constraint } from '../constraints/index.ts';
import { DURATION_ATTRIBUTE } from '../plan/durations.ts';

const PARAM_CODES: Readonly<Record<ParamIssueKind, [string, Severity]>> = {
  emptySet: ['MODEL012', 'warning'],
  notDisjoint: ['MODEL013', 'error'],
  duplicate: ['MODEL014', 'error'],
  badAmount: ['MODEL015', 'error'],
  badRatio: ['MODEL016', 'error'],
  badTimestamp: ['MODEL017', 'error'],
  sameVm: ['MODEL018', 'error'],
};

function error(code: string, message: string, hint?: string): Diagnostic {
  return hint ? { severity: 'error', code, message, hint } : { severity: 'error', code, message };
}

const isNonNegInt = (x: number) => Number.isInteger(x) && x >= 0;

/** Where a constraint is, for messages: its kind and, when it comes from a script, its line. */
function where(c: Constraint): string {
  return c.source ? `${c.kind} (line ${c.source.line})` : c.kind;
}

function withRange(d: Diagnostic, c: Constraint): Diagnostic {
  return c.source ? { ...d, range: c.source } : d;
}

// The loops over every VM or node use Map.forEach: a for-of with [key, value] destructuring builds an entry
// array per element, which costs 3 to 5 times more until the JIT optimises it, and a solve usually runs
// validation only once (15,000 to 30,000 VMs on the large benchmark instances).

function checkResources(model: Model, out: Diagnostic[]): void {
  for (const [rc, view] of model.resources) {
    if (!isNonNegInt(view.defaultCapacity)) out.push(error('MODEL004', `resource '${rc}': default capacity ${view.defaultCapacity} is not a non-negative integer`));
    if (!isNonNegInt(view.defaultConsumption)) out.push(error('MODEL005', `resource '${rc}': default consumption ${view.defaultConsumption} is not a non-negative integer`));
    view.capacity.forEach((v, n) => {
      if (!isNonNegInt(v)) out.push(error('MODEL004', `${nodeName(model, n)}: capacity of '${rc}' is ${v}, not a non-negative integer`));
    });
    view.consumption.forEach((v, vm) => {
      if (!isNonNegInt(v)) out.push(error('MODEL005', `${vmName(model, vm)}: consumption of '${rc}' is ${v}, not a non-negative integer`));
    });
  }
}

function checkMapping(model: Model, out: Diagnostic[]): void {
  model.vms.forEach((state, vm) => {
    const host = model.host.get(vm);
    const hosted = state === 'running' || state === 'sleeping';
    if (hosted && host === undefined) out.push(error('MODEL008', `${vmName(model, vm)} is ${state} but has no host`, 'give it a node, or make it ready'));
    if (!hosted && host !== undefined) out.push(error('MODEL008', `${vmName(model, vm)} is ${state} but has a host (${nodeName(model, host)})`));
    if (!hosted || host === undefined) return;
    const ns = model.nodes.get(host);
    if (ns === undefined) out.push(error('MODEL006', `${vmName(model, vm)} is ${state} on ${nodeName(model, host)}, which is not declared`));
    else if (ns === 'offline') out.push(error('MODEL007', `${vmName(model, vm)} is ${state} on ${nodeName(model, host)}, which is offline`, 'an offline node hosts nothing: put the node online or the VM elsewhere'));
  });
  model.host.forEach((host, vm) => {
    if (!model.vms.has(vm)) out.push(error('MODEL008', `${vmName(model, vm)} is hosted on ${nodeName(model, host)} but is not declared`));
  });
}

/** Spec §3.3 consequence 2: the solver refuses a source model whose online nodes are overloaded. */
function checkOverload(instance: Instance, out: Diagnostic[]): void {
  const model = instance.model;
  const overbook = overbookTable(instance);
  for (const [rc, view] of model.resources) {
    const used = new Map<number, number>();
    model.vms.forEach((state, vm) => {
      const h = model.host.get(vm);
      if (state === 'running' && h !== undefined) used.set(h, (used.get(h) ?? 0) + consumptionOf(view, vm));
    });
    for (const [n, u] of used) {
      if (model.nodes.get(n) !== 'online') continue;
      const ratio = overbook(n, rc)?.ratio ?? 1;
      const cap = capacityOf(view, n) * ratio;
      if (u > cap)
        out.push(error('MODEL009', `${nodeName(model, n)} is overloaded at the start: its running VMs use ${u} '${rc}', capacity ${cap}${ratio !== 1 ? ` (× ${ratio})` : ''}`, 'a source model must fit; express changes with constraints (preserve, ban, offline, ...)'));
    }
  }
}

const DURATION_KEYS = new Set(Object.values(DURATION_ATTRIBUTE));

function checkDurations(instance: Instance, out: Diagnostic[]): void {
  const model = instance.model;
  const bad = (who: string, key: string, v: unknown) =>
    out.push(error('MODEL010', `${who}: duration '${key}' is ${JSON.stringify(v)}, not a positive integer number of seconds`));
  model.vmAttributes.forEach((attrs, vm) =>
    attrs.forEach((v, k) => {
      if (DURATION_KEYS.has(k) && !(typeof v === 'number' && Number.isInteger(v) && v > 0)) bad(vmName(model, vm), k, v);
    }),
  );
  for (const [n, attrs] of model.nodeAttributes)
    for (const k of ['boot', 'shutdown']) {
      const v = attrs.get(k);
      if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v > 0)) bad(nodeName(model, n), k, v);
    }
  for (const [kind, rule] of Object.entries(instance.durations ?? {})) {
    if (!rule) continue;
    if (!model.resources.has(rule.rc)) out.push(error('MODEL020', `duration rule of ${kind}: no resource '${rule.rc}'`));
    if (!Number.isFinite(rule.a) || !Number.isFinite(rule.b) || rule.b < 0)
      out.push(error('MODEL020', `duration rule of ${kind}: round(${rule.a} × ${rule.rc} + ${rule.b}) needs finite a and b ≥ 0`));
  }
}

/** Each element once, in first-seen order; most constraints name one or none, which needs no Set. */
const distinct = <T>(xs: readonly T[]): Iterable<T> => (xs.length < 2 ? xs : new Set(xs));

function checkConstraints(instance: Instance, out: Diagnostic[]): void {
  const model = instance.model;
  for (const c of instance.constraints) {
    const spec = specOf(c);
    const r = spec.refs(c);
    for (const vm of distinct(r.vms)) if (!model.vms.has(vm)) out.push(withRange(error('MODEL001', `${where(c)}: unknown VM ${vmName(model, vm)}`), c));
    for (const n of distinct(r.nodes)) if (!model.nodes.has(n)) out.push(withRange(error('MODEL002', `${where(c)}: unknown node ${nodeName(model, n)}`), c));
    for (const rc of distinct(r.rcs)) if (!model.resources.has(rc)) out.push(withRange(error('MODEL003', `${where(c)}: unknown resource '${rc}'`), c));
    for (const p of spec.params(c)) {
      const [code, severity] = PARAM_CODES[p.issue];
      out.push(withRange({ severity, code, message: c.source ? `${p.message} (line ${c.source.line})` : p.message }, c));
    }
    if ('continuous' in c && !supportsMode(c.kind, c.continuous))
      out.push(withRange(error('MODEL021', `${where(c)} cannot be ${c.continuous ? 'continuous' : 'discrete'} (${CONSTRAINTS[c.kind].modes} only)`), c));
  }
}

function checkTargets(instance: Instance, out: Diagnostic[]): void {
  const model = instance.model;
  const { targets, conflicts } = targetStates(instance);
  for (const vm of conflicts)
    out.push({ severity: 'warning', code: 'MODEL019', message: `${vmName(model, vm)} is required to end in two different states: no plan can exist` });
  for (const [vm, state] of targets) {
    if (model.vms.get(vm) !== 'init' || state !== 'ready') continue;
    if (typeof model.vmAttributes.get(vm)?.get('template') !== 'string')
      out.push(error('MODEL011', `${vmName(model, vm)} must be forged but has no 'template' attribute`, 'give the VM a template (attribute template="name")'));
  }
}

/** Every problem of the instance, in a stable order: resources, mapping, load, durations, constraints. */
export function validateInstance(instance: Instance): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkResources(instance.model, out);
  checkMapping(instance.model, out);
  checkOverload(instance, out);
  checkDurations(instance, out);
  checkConstraints(instance, out);
  checkTargets(instance, out);
  return out;
}
