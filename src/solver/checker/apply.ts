/**
 * Application of a plan to a model (spec §3.4): actions sorted by (start, end), each as PRE events, the action,
 * POST events. An action whose preconditions do not hold makes the plan inapplicable.
 */
import { consumptionOf, nodeName, vmName, type Model, type ShareableResource } from '../model/model.ts';
import { sortedActions, type Action, type Plan, type PlanEvent } from '../plan/plan.ts';

export function cloneModel(m: Model): Model {
  const resources = new Map<string, ShareableResource>();
  for (const [id, r] of m.resources) resources.set(id, { ...r, capacity: new Map(r.capacity), consumption: new Map(r.consumption) });
  return {
    nodes: new Map(m.nodes),
    vms: new Map(m.vms),
    host: new Map(m.host),
    resources,
    vmAttributes: m.vmAttributes,
    nodeAttributes: m.nodeAttributes,
    vmNames: m.vmNames,
    nodeNames: m.nodeNames,
  };
}

export function applyEvent(m: Model, e: PlanEvent): string | undefined {
  if (!m.vms.has(e.vm)) return `event on unknown ${vmName(m, e.vm)}`;
  if (e.kind === 'substitutedVM') return m.vms.has(e.newVm) ? undefined : `substitution by unknown ${vmName(m, e.newVm)}`;
  const view = m.resources.get(e.rc);
  if (!view) return `allocation of unknown resource '${e.rc}'`;
  if (!(Number.isInteger(e.amount) && e.amount >= 0)) return `allocation of ${e.amount} '${e.rc}', not a non-negative integer`;
  view.consumption.set(e.vm, e.amount);
  return undefined;
}

/** Applies one action in place; returns why it cannot apply, or undefined. */
export function applyAction(m: Model, a: Action): string | undefined {
  const node = (n: number) => nodeName(m, n);
  const online = (n: number) => m.nodes.get(n) === 'online';
  if (a.kind === 'bootNode' || a.kind === 'shutdownNode') {
    const s = m.nodes.get(a.node);
    if (s === undefined) return `unknown ${node(a.node)}`;
    if (a.kind === 'bootNode') {
      if (s !== 'offline') return `${node(a.node)} is already online`;
      m.nodes.set(a.node, 'online');
      return undefined;
    }
    if (s !== 'online') return `${node(a.node)} is already offline`;
    const left = [...m.host].filter(([, n]) => n === a.node).map(([v]) => vmName(m, v));
    if (left.length) return `${node(a.node)} still hosts ${left.join(', ')}`;
    m.nodes.set(a.node, 'offline');
    return undefined;
  }
  const vm = vmName(m, a.vm);
  const state = m.vms.get(a.vm);
  if (state === undefined) return `unknown ${vm}`;
  const host = m.host.get(a.vm);
  const isOn = (n: number) => host === n;
  switch (a.kind) {
    case 'migrateVM':
      if (state !== 'running' || !isOn(a.from)) return `${vm} is not running on ${node(a.from)}`;
      if (a.from === a.to) return `${vm} migrates from ${node(a.from)} to itself`;
      if (!online(a.to)) return `${node(a.to)} is not online`;
      m.host.set(a.vm, a.to);
      return undefined;
    case 'bootVM':
      if (state !== 'ready') return `${vm} is ${state}; only a ready VM boots`;
      if (!online(a.on)) return `${node(a.on)} is not online`;
      m.vms.set(a.vm, 'running');
      m.host.set(a.vm, a.on);
      return undefined;
    case 'shutdownVM':
      if (state !== 'running' || !isOn(a.on)) return `${vm} is not running on ${node(a.on)}${state === 'sleeping' ? ' (a sleeping VM cannot become ready)' : ''}`;
      m.vms.set(a.vm, 'ready');
      m.host.delete(a.vm);
      return undefined;
    case 'suspendVM':
      if (state !== 'running' || !isOn(a.from)) return `${vm} is not running on ${node(a.from)}`;
      if (!online(a.to)) return `${node(a.to)} is not online`;
      m.vms.set(a.vm, 'sleeping');
      m.host.set(a.vm, a.to);
      return undefined;
    case 'resumeVM':
      if (state !== 'sleeping' || !isOn(a.from)) return `${vm} is not sleeping on ${node(a.from)}`;
      if (!online(a.to)) return `${node(a.to)} is not online`;
      m.vms.set(a.vm, 'running');
      m.host.set(a.vm, a.to);
      return undefined;
    case 'killVM':
      if (state === 'killed') return `${vm} is already killed`;
      if (a.on !== null && !isOn(a.on)) return `${vm} is not on ${node(a.on)}`;
      if (a.on === null && host !== undefined) return `${vm} is on ${node(host)}, not nowhere`;
      m.vms.set(a.vm, 'killed');
      m.host.delete(a.vm);
      return undefined;
    case 'forgeVM':
      if (state !== 'init') return `${vm} is ${state}; only a VM not yet created (init) is forged`;
      m.vms.set(a.vm, 'ready');
      return undefined;
    case 'allocate': {
      if (state !== 'running' || !isOn(a.on)) return `${vm} is not running on ${node(a.on)}`;
      const view = m.resources.get(a.rc);
      if (!view) return `unknown resource '${a.rc}'`;
      if (!(Number.isInteger(a.amount) && a.amount >= 0)) return `allocation of ${a.amount} '${a.rc}', not a non-negative integer`;
      view.consumption.set(a.vm, a.amount);
      return undefined;
    }
  }
}

/** PRE events, the action, POST events. */
export function applyStep(m: Model, a: Action): string | undefined {
  for (const e of a.pre) {
    const why = applyEvent(m, e);
    if (why) return why;
  }
  const why = applyAction(m, a);
  if (why) return why;
  for (const e of a.post) {
    const w = applyEvent(m, e);
    if (w) return w;
  }
  return undefined;
}

export type ApplyOutcome = { ok: true; result: Model } | { ok: false; action: Action; reason: string };

/** The model the plan leads to, or the first action (in (start, end) order) that cannot apply. */
export function applyPlan(origin: Model, plan: Plan): ApplyOutcome {
  const m = cloneModel(origin);
  for (const a of sortedActions(plan)) {
    const reason = applyStep(m, a);
    if (reason) return { ok: false, action: a, reason };
  }
  return { ok: true, result: m };
}

/** Consumption of `rc` by `vm` in `m`, 0 for an unknown resource. */
export function consumption(m: Model, rc: string, vm: number): number {
  const view = m.resources.get(rc);
  return view ? consumptionOf(view, vm) : 0;
}
