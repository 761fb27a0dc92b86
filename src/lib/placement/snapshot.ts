/**
 * What the infrastructure looks like at an instant of a plan, for the playground's player and its before/after
 * drawings. An action is done at its end and under way from its start; the placement rule follows spec §3.1
 * (a migrating VM is still on its source until the migration ends). Pure: no DOM, unit-tested.
 */
import type { Model, NodeId, VmId, VmState } from '../../solver/model/model.ts';
import type { Action, ActionKind, Plan, PlanEvent } from '../../solver/plan/plan.ts';

export type NodeLook = 'online' | 'offline' | 'booting' | 'halting';

export interface VmLook {
  state: VmState;
  /** Host while running or sleeping. */
  host?: NodeId;
  /** The action under way for this VM, and where it goes. */
  action?: ActionKind;
  to?: NodeId;
  /** Consumption per resource id at this instant (allocations applied). */
  use: Map<string, number>;
}

export interface Snapshot {
  time: number;
  nodes: Map<NodeId, NodeLook>;
  vms: Map<VmId, VmLook>;
}

/** The distinct instants at which something starts or ends, from 0 to the plan's end: the player's steps. */
export function stepTimes(plan: Plan): number[] {
  const times = new Set<number>([0]);
  for (const a of plan.actions) {
    times.add(a.start);
    times.add(a.end);
  }
  return [...times].sort((x, y) => x - y);
}

export function snapshotAt(plan: Plan, time: number): Snapshot {
  const origin = plan.origin;
  const nodes = new Map<NodeId, NodeLook>();
  for (const [id, state] of origin.nodes) nodes.set(id, state);
  const vms = new Map<VmId, VmLook>();
  for (const [id, state] of origin.vms) {
    const look: VmLook = { state, use: initialUse(origin, id) };
    const host = origin.host.get(id);
    if (host !== undefined && (state === 'running' || state === 'sleeping')) look.host = host;
    vms.set(id, look);
  }
  const ordered = [...plan.actions].sort((a, b) => a.end - b.end || a.start - b.start);
  for (const a of ordered) {
    if (a.start > time) continue;
    const done = a.end <= time;
    for (const e of a.pre) applyEvent(vms, e);
    if (done) {
      applyAction(a, nodes, vms);
      for (const e of a.post) applyEvent(vms, e);
    } else markUnderWay(a, nodes, vms);
  }
  return { time, nodes, vms };
}

function initialUse(model: Model, vm: VmId): Map<string, number> {
  const use = new Map<string, number>();
  for (const rc of model.resources.values()) use.set(rc.id, rc.consumption.get(vm) ?? rc.defaultConsumption);
  return use;
}

function applyEvent(vms: Map<VmId, VmLook>, e: PlanEvent): void {
  if (e.kind === 'allocate') vms.get(e.vm)?.use.set(e.rc, e.amount);
}

function applyAction(a: Action, nodes: Map<NodeId, NodeLook>, vms: Map<VmId, VmLook>): void {
  const vm = 'vm' in a ? vms.get(a.vm) : undefined;
  switch (a.kind) {
    case 'bootNode': nodes.set(a.node, 'online'); return;
    case 'shutdownNode': nodes.set(a.node, 'offline'); return;
    case 'allocate': vm?.use.set(a.rc, a.amount); return;
  }
  if (!vm) return;
  delete vm.host;
  switch (a.kind) {
    case 'migrateVM': vm.state = 'running'; vm.host = a.to; break;
    case 'bootVM': vm.state = 'running'; vm.host = a.on; break;
    case 'resumeVM': vm.state = 'running'; vm.host = a.to; break;
    case 'suspendVM': vm.state = 'sleeping'; vm.host = a.to; break;
    case 'shutdownVM': vm.state = 'ready'; break;
    case 'forgeVM': vm.state = 'ready'; break;
    case 'killVM': vm.state = 'killed'; break;
  }
}

function markUnderWay(a: Action, nodes: Map<NodeId, NodeLook>, vms: Map<VmId, VmLook>): void {
  if (a.kind === 'bootNode') return void nodes.set(a.node, 'booting');
  if (a.kind === 'shutdownNode') return void nodes.set(a.node, 'halting');
  if (!('vm' in a)) return;
  const vm = vms.get(a.vm);
  if (!vm) return;
  vm.action = a.kind;
  if (a.kind === 'migrateVM' || a.kind === 'resumeVM' || a.kind === 'suspendVM') vm.to = a.to;
  else if (a.kind === 'bootVM') vm.to = a.on;
}

/** VMs shown on a node at an instant: those hosted there, then those arriving there, in id order. */
export function vmsOn(snapshot: Snapshot, node: NodeId): { vm: VmId; arriving: boolean }[] {
  const out: { vm: VmId; arriving: boolean }[] = [];
  for (const [id, look] of snapshot.vms) if (look.host === node) out.push({ vm: id, arriving: false });
  for (const [id, look] of snapshot.vms) if (look.to === node && look.host !== node) out.push({ vm: id, arriving: true });
  return out;
}
