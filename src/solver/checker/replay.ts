/**
 * The constraints' side of the replay (spec §3.4bis, BtrPlace's ReconfigurationPlanChecker): `startsWith` on the
 * origin, then at each instant the ends and then the starts of actions, then `endsWith` on the result.
 */
import type { Instance } from '../model/instance.ts';
import { capacityOf, type Model, type NodeId, type VmId } from '../model/model.ts';
import { planDuration, type Action } from '../plan/plan.ts';
import { specOf } from '../constraints/registry.ts';
import type { ReplayState } from '../constraints/semantics.ts';
import { actionVm } from '../constraints/helpers.ts';
import { cloneModel } from './apply.ts';
import { actionNodes } from './rules.ts';
import { usageAt, type Profile } from './resources.ts';
import type { Violation } from './types.ts';

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
  const none: number[] = [];
  return (a) => {
    const vm = actionVm(a);
    const lists = [always, vm === undefined ? none : (byVm.get(vm) ?? none), ...actionNodes(a).map((n) => byNode.get(n) ?? none)].filter((l) => l.length > 0);
    // Each list is already sorted without duplicates: merge only when several apply (most actions: one).
    if (lists.length <= 1) return lists[0] ?? none;
    return [...new Set(lists.flat())].sort((x, y) => x - y);
  };
}

/** CSTR001/CSTR002/CSTR003: the constraints' own checkers, fed as in BtrPlace's ReconfigurationPlanChecker. */
export function replayConstraints(instance: Instance, m: Model, actions: Action[], subs: Map<VmId, VmId>, profiles: (n: NodeId, rc: string) => Profile, result: Model, now: Date, out: Violation[]): void {
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
  const powered = new Set<NodeId>();
  for (const [n, s] of m.nodes) if (s === 'online') powered.add(n);
  // Running VMs per node, built on the first question: few constraints ask (spread, split, lonely), and on a
  // large cluster building it costs more than all the rest of the replay. Until then, moves are only logged.
  let occupants: Map<NodeId, Set<VmId>> | undefined;
  const moves: { vm: VmId; node: NodeId; arrives: boolean }[] = [];
  const move = (vm: VmId, node: NodeId, arrives: boolean) => {
    if (!occupants) moves.push({ vm, node, arrives });
    else if (arrives) occupants.set(node, (occupants.get(node) ?? new Set()).add(vm));
    else occupants.get(node)?.delete(vm);
  };
  const occupantsNow = (): Map<NodeId, Set<VmId>> => {
    if (occupants) return occupants;
    occupants = new Map();
    for (const [vm, s] of m.vms) {
      const h = m.host.get(vm);
      if (s === 'running' && h !== undefined) occupants.set(h, (occupants.get(h) ?? new Set()).add(vm));
    }
    for (const { vm, node, arrives } of moves) move(vm, node, arrives);
    return occupants;
  };
  let time = 0;
  const state: ReplayState = {
    origin: m,
    get time() {
      return time;
    },
    occupants: (n) => occupantsNow().get(n) ?? new Set(),
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
    if (n !== null) move(vm, n, false);
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
      if (a.kind === 'migrateVM' || a.kind === 'resumeVM') move(a.vm, a.to, true);
      else if (a.kind === 'bootVM') move(a.vm, a.on, true);
      else if (a.kind === 'bootNode') powered.add(a.node);
    }
  }
  const end = planDuration({ origin: m, actions });
  const final = identityView(result, subs);
  for (const { c, ch } of checkers)
    for (const msg of ch.endsWith?.(final) ?? []) out.push({ code: 'CSTR003', message: `${c.kind}: ${msg}`, time: end, constraint: c });
}
