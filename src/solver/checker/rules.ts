/**
 * The model's own rules, checked on a plan (spec §1.3, §3.3, §3.4): action times and durations, known elements,
 * one transition per VM and per node, applicability in (start, end) order, node power, and resources at every
 * instant. Each function appends its violations.
 */
import type { Instance } from '../model/instance.ts';
import { capacityOf, nodeName, vmName, type Model, type NodeId, type VmId } from '../model/model.ts';
import type { Action } from '../plan/plan.ts';
import { expectedDuration } from '../plan/durations.ts';
import { overbookTable } from '../constraints/overbook.ts';
import { actionVm } from '../constraints/helpers.ts';
import { applyAction, applyEvent, cloneModel } from './apply.ts';
import type { Presence } from './presence.ts';
import { overloads, type Profile } from './resources.ts';
import type { CheckOptions, Violation } from './types.ts';

/** Short description of an action for messages, e.g. `migrateVM(VM1)`. */
export function label(m: Model, a: Action): string {
  const vm = actionVm(a);
  return vm === undefined ? `${a.kind}(${nodeName(m, (a as { node: NodeId }).node)})` : `${a.kind}(${vmName(m, vm)})`;
}

/** PLAN001 (times), PLAN003 (unknown elements), PLAN002 (durations). Returns the actions fit for replay. */
export function checkShapes(instance: Instance, m: Model, actions: Action[], opts: CheckOptions, out: Violation[]): Action[] {
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

export function actionNodes(a: Action): NodeId[] {
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
export function substitutions(actions: Action[]): Map<VmId, VmId> {
  const out = new Map<VmId, VmId>();
  for (const a of actions) for (const e of [...a.pre, ...a.post]) if (e.kind === 'substitutedVM') out.set(e.newVm, e.vm);
  return out;
}

/** PLAN005/PLAN006: one transition per VM (forge then boot for a substitute), one action per node. */
export function groupActions(m: Model, actions: Action[], subs: Map<VmId, VmId>, out: Violation[]) {
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
export function applyAll(m: Model, actions: Action[], out: Violation[]): { result: Model; applicable: boolean } {
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
export function checkNodePower(m: Model, byNode: Map<NodeId, Presence[]>, nodeActs: Map<NodeId, Action[]>, out: Violation[]): void {
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
export function checkResources(instance: Instance, m: Model, profiles: (n: NodeId, rc: string) => Profile, byNode: Map<NodeId, Presence[]>, allocs: Map<VmId, Action[]>, out: Violation[]): void {
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
