/**
 * A lower bound on any plan of an instance, for the benchmark's gap column: the actions that must happen, each
 * at its minimum duration and started at 0. Must happen: every state change a state constraint demands, a
 * migration for each running VM that may not stay (its node goes offline, a ban or fence excludes it), one
 * migration off each node overloaded by its future allocations (its end only: it may be the VM that grows), an allocation change (or a move) for each
 * running VM whose allocation changes, and the node boots and shutdowns online/offline demand (a shutdown also
 * waits for the quickest departure of its VMs).
 */
import type { Instance } from '../model/instance.ts';
import { capacityOf, consumptionOf, type NodeId, type VmId, type VmState } from '../model/model.ts';
import { nodeActionDuration, vmActionDuration } from '../plan/durations.ts';

export interface LowerBound {
  actions: number;
  duration: number;
  sumOfEnds: number;
}

export function lowerBound(instance: Instance): LowerBound {
  const { model, constraints } = instance;
  const rules = instance.durations;
  const target = new Map<VmId, VmState>();
  const nodeTarget = new Map<NodeId, 'online' | 'offline'>();
  const mustLeave = new Set<VmId>();
  const preserve = new Map<string, number>();
  const ratio = new Map<string, number>();
  for (const c of constraints) {
    if (c.kind === 'running' || c.kind === 'ready' || c.kind === 'sleeping' || c.kind === 'killed') target.set(c.vm, c.kind);
    else if (c.kind === 'online' || c.kind === 'offline') nodeTarget.set(c.node, c.kind);
    else if (c.kind === 'preserve') preserve.set(`${c.vm}\u0000${c.rc}`, Math.max(preserve.get(`${c.vm}\u0000${c.rc}`) ?? 0, c.amount));
    else if (c.kind === 'overbook') ratio.set(`${c.node}\u0000${c.rc}`, Math.min(ratio.get(`${c.node}\u0000${c.rc}`) ?? Infinity, c.ratio));
    else if ((c.kind === 'ban' || c.kind === 'fence') && model.vms.get(c.vm) === 'running') {
      const inside = c.nodes.includes(model.host.get(c.vm)!);
      if ((c.kind === 'ban') === inside) mustLeave.add(c.vm);
    }
  }
  const ends: number[] = [];
  let actions = 0;
  const leaveBy = new Map<NodeId, number>();
  const byNode = new Map<NodeId, VmId[]>();
  for (const [vm, state] of model.vms) {
    const host = model.host.get(vm);
    if (state === 'running' && host !== undefined) byNode.set(host, [...(byNode.get(host) ?? []), vm]);
    const to = target.get(vm) ?? state;
    let d = 0;
    if (to !== state) {
      const kind = to === 'running' ? (state === 'ready' ? 'bootVM' : 'resumeVM') : to === 'ready' ? (state === 'init' ? 'forgeVM' : 'shutdownVM') : to === 'sleeping' ? 'suspendVM' : 'killVM';
      d = vmActionDuration(model, kind, vm, rules);
    } else if (state === 'running' && (mustLeave.has(vm) || nodeTarget.get(host!) === 'offline')) {
      d = vmActionDuration(model, 'migrateVM', vm, rules);
    } else if (state === 'running' && [...model.resources.values()].some((rc) => (preserve.get(`${vm}\u0000${rc.id}`) ?? consumptionOf(rc, vm)) !== consumptionOf(rc, vm))) {
      actions++; // an allocate action or a move, ending at 0 at best
      continue;
    } else continue;
    actions++;
    ends.push(d);
    if (host !== undefined && state === 'running') leaveBy.set(host, Math.max(leaveBy.get(host) ?? 0, d));
  }
  // One migration off each node whose future allocations exceed its capacity (when none already leaves).
  for (const [node, vms] of byNode) {
    if (leaveBy.has(node)) continue;
    for (const rc of model.resources.values()) {
      const cap = capacityOf(rc, node) * (ratio.get(`${node}\u0000${rc.id}`) ?? 1);
      const demand = vms.reduce((s, v) => s + ((target.get(v) ?? 'running') === 'running' ? (preserve.get(`${v}\u0000${rc.id}`) ?? consumptionOf(rc, v)) : 0), 0);
      if (demand > cap) {
        const d = Math.min(...vms.map((v) => vmActionDuration(model, 'migrateVM', v, rules)));
        ends.push(d); // its action may be the allocation change already counted: no extra action
        break;
      }
    }
  }
  for (const [node, t] of nodeTarget) {
    const state = model.nodes.get(node);
    if (state === t) continue;
    const d = nodeActionDuration(model, t === 'online' ? 'bootNode' : 'shutdownNode', node, rules);
    actions++;
    ends.push(d + (t === 'offline' ? leaveBy.get(node) ?? 0 : 0));
  }
  return { actions, duration: ends.reduce((m, e) => Math.max(m, e), 0), sumOfEnds: ends.reduce((s, e) => s + e, 0) };
}
