/**
 * Objective costs computed from a plan (spec §2.4), so the engine's figures can be checked independently.
 */
import type { Instance } from '../model/instance.ts';
import type { NodeId, VmId } from '../model/model.ts';
import { consumptionOf } from '../model/model.ts';
import { planDuration, type Plan } from './plan.ts';

/**
 * MinMTTR: Σ over VM and node transitions of their end. A VM's transition ends with its last action; an
 * unchanged VM or node counts 0; a staying VM whose allocation grows ends at the plan end (BtrPlace schedules
 * the growth there, spec §2.4), one whose allocation shrinks ends with its allocate action.
 */
export function mttrCost(plan: Plan): number {
  const end = planDuration(plan);
  const vmEnd = new Map<VmId, number>();
  const grows = new Set<VmId>();
  const nodeEnd = new Map<NodeId, number>();
  for (const a of plan.actions) {
    if (a.kind === 'bootNode' || a.kind === 'shutdownNode') {
      nodeEnd.set(a.node, Math.max(nodeEnd.get(a.node) ?? 0, a.end));
      continue;
    }
    if (a.kind === 'allocate') {
      const view = plan.origin.resources.get(a.rc);
      if (view && a.amount > consumptionOf(view, a.vm)) grows.add(a.vm);
    }
    vmEnd.set(a.vm, Math.max(vmEnd.get(a.vm) ?? 0, a.end));
  }
  const moves = new Set(plan.actions.filter((a) => a.kind !== 'allocate' && 'vm' in a).map((a) => (a as { vm: VmId }).vm));
  let sum = 0;
  for (const [vm, e] of vmEnd) sum += grows.has(vm) && !moves.has(vm) ? end : e;
  for (const e of nodeEnd.values()) sum += e;
  return sum;
}

/** MinMigrations: Σ of migration durations (staying VMs count 0). */
export function migrationsCost(plan: Plan): number {
  let sum = 0;
  for (const a of plan.actions) if (a.kind === 'migrateVM') sum += a.end - a.start;
  return sum;
}

/** The cost the instance's objective gives to the plan (MinMTTRMig uses MinMTTR's sum of ends). */
export function objectiveCost(instance: Instance, plan: Plan): number {
  return instance.objective.kind === 'minimizeMigrations' ? migrationsCost(plan) : mttrCost(plan);
}
