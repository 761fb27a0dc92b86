/**
 * The plan checker (spec §3.4bis): replays a timed plan on its origin and reports every violation — of the
 * model's rules (times, durations, life cycle, node power, resources at every instant) and of the instance's
 * constraints (continuous ones at every instant, all of them on the result). It is independent of the engine
 * and is the ground truth of every engine test.
 */
import type { Instance } from '../model/instance.ts';
import { capacityOf, nodeName, vmName, type Model, type NodeId, type VmId } from '../model/model.ts';
import { planDuration, sortedActions, type Action, type Plan } from '../plan/plan.ts';
import { expectedDuration } from '../plan/durations.ts';
import { specOf } from '../constraints/registry.ts';
import { overbookTable } from '../constraints/overbook.ts';
import type { ReplayState } from '../constraints/semantics.ts';
import { actionVm } from '../constraints/helpers.ts';
import { applyAction, applyEvent, cloneModel } from './apply.ts';
import { presences, type Presence } from './presence.ts';
import { overloads, profile, usageAt, type Profile } from './resources.ts';
import type { CheckOptions, CheckResult, Violation } from './types.ts';

/** Short description of an action for messages, e.g. `migrateVM(VM1)`. */
function label(m: Model, a: Action): string {
  const vm = actionVm(a);
  return vm === undefined ? `${a.kind}(${nodeName(m, (a as { node: NodeId }).node)})` : `${a.kind}(${vmName(m, vm)})`;
}

/** PLAN001 (times), PLAN003 (unknown elements), PLAN002 (durations). Returns the actions fit for replay. */
function checkShapes(instance: Instance, m: Model, actions: Action[], opts: CheckOptions, out: Violation[]): Action[] {
  const fit: Action[] = [];
  for (const a of actions) {
    const time = Number.isFinite(a.start) ? a.start : 0;
    if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end < a.start) {
      out.push({ code: 'PLAN001', message: `${label(m, a)} has times [${a.start}, ${a.end}]: integers with 0 ≤ start ≤ end expected`, time, action: a });
      continue;
    }
    const unknown: string[] = [];
    const vm = actionVm(a);
    if (vm !== undefined && !m.vms.has(vm)) unknown.push(vmName(m, vm));
    for (const n of actionNodes(a)) if (!m.nodes.has(n)) unknown.push(nodeName(m, n));
    if (a.kind === 'allocate' && !m.resources.has(a.rc)) unknown.push(`resource '${a.rc}'`);
    if (unknown.length) {
      out.push({ code: 'PLAN003', message: `${label(m, a)} names unknown ${unknown.join(', ')}`, time, action: a });
      continue;
    }
    const d = opts.durations === false ? undefined : expectedDuration(m, a, instance.durations);
    if (d !== undefined && a.end - a.start !== d)
      out.push({ code: 'PLAN002', message: `${label(m, a)} lasts ${a.end - a.start}s, the model says ${d}s`, time, action: a });
    fit.push(a);
  }
  return fit;
}

function actionNodes(a: Action): NodeId[] {
  switch (a.kind) {
    case 'migrateVM':
    case 'suspendVM':
    case 'resumeVM':
      return [a.from, a.to];
    case 'bootVM':
    case 'shutdownVM':
    case 'allocate':
      return [a.on];
    case 'killVM':
      return a.on === null ? [] : [a.on];
    case 'bootNode':
    case 'shutdownNode':
      return [a.node];
    case 'forgeVM':
      return [];
  }
}

/** Substitutions by re-instantiation: new VM -> the VM it replaces. */
function substitutions(actions: Action[]): Map<VmId, VmId> {
  const out = new Map<VmId, VmId>();
  for (const a of actions) for (const e of [...a.pre, ...a.post]) if (e.kind === 'substitutedVM') out.set(e.newVm, e.vm);
  return out;
}

/** PLAN005/PLAN006: one transition per VM (forge then boot for a substitute), one action per node. */
function groupActions(m: Model, actions: Action[], subs: Map<VmId, VmId>, out: Violation[]) {
  const transitions = new Map<VmId, Action[]>();
  const allocs = new Map<VmId, Action[]>();
  const nodeActs = new Map<NodeId, Action[]>();
  for (const a of actions) {
    if (a.kind === 'bootNode' || a.kind === 'shutdownNode') {
      const list = nodeActs.get(a.node) ?? [];
      if (list.length) out.push({ code: 'PLAN006', message: `${nodeName(m, a.node)} has a second action, ${a.kind}`, time: a.start, action: a });
      nodeActs.set(a.node, [...list, a]);
      continue;
    }
    const target = a.kind === 'allocate' ? allocs : transitions;
    const list = target.get(a.vm) ?? [];
    const forgeThenBoot = subs.has(a.vm) && list.length === 1 && list[0].kind === 'forgeVM' && a.kind === 'bootVM';
    if (a.kind !== 'allocate' && list.length && !forgeThenBoot)
      out.push({ code: 'PLAN005', message: `${vmName(m, a.vm)} has a second action, ${a.kind}: a VM moves or changes state at most once`, time: a.start, action: a });
    target.set(a.vm, [...list, a]);
  }
  return { transitions, allocs, nodeActs };
}

/** PLAN004/PLAN010: application in (start, end) order; a failing step is reported and skipped. */
function applyAll(m: Model, actions: Action[], out: Violation[]): { result: Model; applicable: boolean } {
  const model = cloneModel(m);
  let applicable = true;
  for (const a of actions) {
    const events = (list: typeof a.pre, hook: string) => {
      for (const e of list) {
        const why = applyEvent(model, e);
        if (why) {
          applicable = false;
          out.push({ code: 'PLAN010', message: `${label(m, a)}, ${hook} event: ${why}`, time: a.start, action: a });
        }
      }
    };
    events(a.pre, 'pre');
    const why = applyAction(model, a);
    if (why) {
      applicable = false;
      out.push({ code: 'PLAN004', message: `${label(m, a)} cannot apply: ${why}`, time: a.start, action: a });
    }
    events(a.post, 'post');
  }
  return { result: model, applicable };
}

/** PLAN007/PLAN008: VMs arrive on a node only once it is up, and a node shuts down only once empty. */
function checkNodePower(m: Model, byNode: Map<NodeId, Presence[]>, nodeActs: Map<NodeId, Action[]>, out: Violation[]): void {
  for (const [node, state] of m.nodes) {
    const acts = nodeActs.get(node) ?? [];
    const boot = state === 'offline' ? acts.find((a) => a.kind === 'bootNode') : undefined;
    const shut = acts.find((a) => a.kind === 'shutdownNode');
    for (const p of byNode.get(node) ?? []) {
      if (p.to <= p.from) continue;
      const who = vmName(m, p.vm);
      if (state === 'offline' && !boot)
        out.push({ code: 'PLAN007', message: `${who} arrives on ${nodeName(m, node)} at t=${p.from}, but the node is offline`, time: p.from, action: p.arrival });
      else if (boot && p.from < boot.end)
        out.push({ code: 'PLAN007', message: `${who} arrives on ${nodeName(m, node)} at t=${p.from}, before its boot ends at t=${boot.end}`, time: p.from, action: p.arrival });
      if (shut && p.to > shut.start)
        out.push({
          code: 'PLAN008',
          message: `${nodeName(m, node)} shuts down at t=${shut.start} while ${who} is ${p.kind === 'image' ? 'sleeping' : 'running'} on it${Number.isFinite(p.to) ? ` until t=${p.to}` : ''}`,
          time: shut.start,
          action: shut,
        });
    }
  }
}

/** PLAN009: at every instant, usage ≤ capacity × overbook ratio, on every node and resource. */
function checkResources(instance: Instance, m: Model, profiles: (n: NodeId, rc: string) => Profile, byNode: Map<NodeId, Presence[]>, allocs: Map<VmId, Action[]>, out: Violation[]): void {
  const overbook = overbookTable(instance);
  for (const [rc, view] of m.resources) {
    for (const node of m.nodes.keys()) {
      const ob = overbook(node, rc);
      const ratio = ob?.ratio ?? 1;
      const cap = capacityOf(view, node) * ratio;
      for (const o of overloads(profiles(node, rc), cap)) {
        const cause =
          (byNode.get(node) ?? []).find((p) => p.from === o.time && p.arrival)?.arrival ??
          [...allocs.values()].flat().find((a) => a.kind === 'allocate' && a.on === node && a.rc === rc && (a.start === o.time || a.end === o.time));
        const v: Violation = {
          code: 'PLAN009',
          message: `${nodeName(m, node)} uses ${o.usage} '${rc}' from t=${o.time}, more than its capacity ${cap}${ratio !== 1 ? ` (× ${ratio})` : ''}`,
          time: o.time,
        };
        if (cause) v.action = cause;
        if (ob) v.constraint = ob;
        out.push(v);
      }
    }
  }
}

/** The result as the constraints see it: a re-instantiated VM's state, place and consumption under the old id. */
function identityView(result: Model, subs: Map<VmId, VmId>): Model {
  if (subs.size === 0) return result;
  const m = cloneModel(result);
  for (const [newVm, old] of subs) {
    const s = m.vms.get(newVm);
    if (s === undefined) continue;
    m.vms.set(old, s);
    const h = m.host.get(newVm);
    if (h === undefined) m.host.delete(old);
    else m.host.set(old, h);
    for (const view of m.resources.values()) {
      const x = view.consumption.get(newVm);
      if (x !== undefined) view.consumption.set(old, x);
      view.consumption.delete(newVm);
    }
    m.vms.delete(newVm);
    m.host.delete(newVm);
  }
  return m;
}

/**
 * Indexes of the constraints an action concerns, in constraint order: those naming its VM or one of its nodes,
 * and those watching every action (see `ConstraintSpec.watchesAllActions`).
 */
function indexCheckers(instance: Instance): (a: Action) => number[] {
  const byVm = new Map<VmId, number[]>();
  const byNode = new Map<NodeId, number[]>();
  const always: number[] = [];
  const add = <K>(map: Map<K, number[]>, k: K, i: number) => {
    const list = map.get(k);
    if (!list) map.set(k, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  instance.constraints.forEach((c, i) => {
    const spec = specOf(c);
    if (spec.watchesAllActions) return always.push(i);
    const r = spec.refs(c);
    for (const vm of r.vms) add(byVm, vm, i);
    for (const n of r.nodes) add(byNode, n, i);
  });
  return (a) => {
    const vm = actionVm(a);
    const found = new Set<number>(always);
    if (vm !== undefined) for (const i of byVm.get(vm) ?? []) found.add(i);
    for (const n of actionNodes(a)) for (const i of byNode.get(n) ?? []) found.add(i);
    return [...found].sort((x, y) => x - y);
  };
}

/** CSTR001/CSTR002/CSTR003: the constraints' own checkers, fed as in BtrPlace's ReconfigurationPlanChecker. */
function replayConstraints(instance: Instance, m: Model, actions: Action[], subs: Map<VmId, VmId>, profiles: (n: NodeId, rc: string) => Profile, result: Model, now: Date, out: Violation[]): void {
  if (instance.constraints.length === 0) return;
  const identity = (vm: VmId) => subs.get(vm) ?? vm;
  // Constraints see identities; violations name the plan's own action.
  const original = new Map<Action, Action>();
  const seen = actions.map((a) => {
    const r = 'vm' in a && subs.has(a.vm) ? ({ ...a, vm: identity(a.vm) } as Action) : a;
    original.set(r, a);
    return r;
  });
  const ctx = { instance, actions: seen, now };
  const checkers = instance.constraints.map((c) => ({ c, ch: specOf(c).checker(c, ctx) }));
  const concerned = indexCheckers(instance);
  const occupants = new Map<NodeId, Set<VmId>>();
  const powered = new Set<NodeId>();
  for (const [n, s] of m.nodes) if (s === 'online') powered.add(n);
  for (const [vm, s] of m.vms) {
    const h = m.host.get(vm);
    if (s === 'running' && h !== undefined) occupants.set(h, (occupants.get(h) ?? new Set()).add(vm));
  }
  let time = 0;
  const state: ReplayState = {
    origin: m,
    get time() {
      return time;
    },
    occupants: (n) => occupants.get(n) ?? new Set(),
    powered: (n) => powered.has(n),
    usage: (n, rc) => usageAt(profiles(n, rc), time),
    capacity: (n, rc) => {
      const view = m.resources.get(rc);
      return view ? capacityOf(view, n) : 0;
    },
  };
  for (const { c, ch } of checkers)
    for (const msg of ch.startsWith?.(m, state) ?? []) out.push({ code: 'CSTR001', message: `${c.kind}: ${msg}`, time: 0, constraint: c });

  const starts = new Map<number, Action[]>();
  const ends = new Map<number, Action[]>();
  const push = <K, V>(map: Map<K, V[]>, k: K, v: V) => {
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  };
  for (const a of seen) {
    push(starts, a.start, a);
    push(ends, a.end, a);
  }
  const leave = (vm: VmId, n: NodeId | null) => {
    if (n !== null) occupants.get(n)?.delete(vm);
  };
  const times = [...new Set([...starts.keys(), ...ends.keys()])].sort((a, b) => a - b);
  for (const t of times) {
    time = t;
    for (const a of ends.get(t) ?? []) {
      for (const i of concerned(a)) checkers[i].ch.onEnd?.(a, state);
      if (a.kind === 'migrateVM' || a.kind === 'suspendVM') leave(a.vm, a.from);
      else if (a.kind === 'shutdownVM' || a.kind === 'killVM') leave(a.vm, a.on);
      else if (a.kind === 'shutdownNode') powered.delete(a.node);
    }
    for (const a of starts.get(t) ?? []) {
      for (const i of concerned(a)) {
        const { c, ch } = checkers[i];
        for (const msg of ch.onStart?.(a, state) ?? [])
          out.push({ code: 'CSTR002', message: `${c.kind}: ${msg}`, time: t, action: original.get(a) ?? a, constraint: c });
      }
      if (a.kind === 'migrateVM' || a.kind === 'resumeVM') occupants.set(a.to, (occupants.get(a.to) ?? new Set()).add(a.vm));
      else if (a.kind === 'bootVM') occupants.set(a.on, (occupants.get(a.on) ?? new Set()).add(a.vm));
      else if (a.kind === 'bootNode') powered.add(a.node);
    }
  }
  const end = planDuration({ origin: m, actions });
  const final = identityView(result, subs);
  for (const { c, ch } of checkers)
    for (const msg of ch.endsWith?.(final) ?? []) out.push({ code: 'CSTR003', message: `${c.kind}: ${msg}`, time: end, constraint: c });
}

/**
 * Checks `plan` against `instance`: replays it from `plan.origin` (normally `instance.model`) and returns every
 * violation, in phase order (actions, application, power, resources, constraints). Never throws on bad input.
 */
export function checkPlan(instance: Instance, plan: Plan, options: CheckOptions = {}): CheckResult {
  const m = plan.origin;
  const out: Violation[] = [];
  const actions = checkShapes(instance, m, sortedActions(plan), options, out);
  const subs = substitutions(actions);
  const { transitions, allocs, nodeActs } = groupActions(m, actions, subs, out);
  const { result, applicable } = applyAll(m, actions, out);
  const byNode = new Map<NodeId, Presence[]>();
  for (const p of presences(m, transitions)) {
    const list = byNode.get(p.node);
    if (list) list.push(p);
    else byNode.set(p.node, [p]);
  }
  checkNodePower(m, byNode, nodeActs, out);
  const cache = new Map<string, Profile>();
  const profiles = (n: NodeId, rc: string): Profile => {
    const key = `${n}\u0000${rc}`;
    let p = cache.get(key);
    if (!p) cache.set(key, (p = profile(byNode.get(n) ?? [], allocs, n, rc)));
    return p;
  };
  checkResources(instance, m, profiles, byNode, allocs, out);
  replayConstraints(instance, m, actions, subs, profiles, result, options.now ?? new Date(), out);
  return applicable ? { ok: out.length === 0, violations: out, result } : { ok: false, violations: out };
}
