/** Small shared pieces of the constraint modules: reading a model, classifying actions, checking parameters. */
import { consumptionOf, nodeName, vmName, type Model, type NodeId, type VmId } from '../model/model.ts';
import type { Action } from '../plan/plan.ts';
import type { ConstraintRefs, ParamIssue } from './semantics.ts';

export function isRunning(model: Model, vm: VmId): boolean {
  return model.vms.get(vm) === 'running';
}

/** Host of a running VM, else undefined. */
export function runningHost(model: Model, vm: VmId): NodeId | undefined {
  return isRunning(model, vm) ? model.host.get(vm) : undefined;
}

/** Running VMs per node, in declaration order. */
export function runningByNode(model: Model): Map<NodeId, VmId[]> {
  const byNode = new Map<NodeId, VmId[]>();
  for (const [vm, state] of model.vms) {
    if (state !== 'running') continue;
    const n = model.host.get(vm);
    if (n === undefined) continue;
    const list = byNode.get(n);
    if (list) list.push(vm);
    else byNode.set(n, [vm]);
  }
  return byNode;
}

/** Σ consumption of `rc` by the running VMs of `node` (0 if the resource is unknown). */
export function nodeUsage(model: Model, node: NodeId, rc: string, byNode = runningByNode(model)): number {
  const view = model.resources.get(rc);
  if (!view) return 0;
  let sum = 0;
  for (const vm of byNode.get(node) ?? []) sum += consumptionOf(view, vm);
  return sum;
}

/** The node an action puts a running VM on (migration, boot, resume), if any. */
export function placementTarget(a: Action): NodeId | undefined {
  if (a.kind === 'migrateVM' || a.kind === 'resumeVM') return a.to;
  if (a.kind === 'bootVM') return a.on;
  return undefined;
}

/** Actions that change a VM's state (spec §2.2 seq: not migrations, not allocations). */
export function isStateChange(a: Action): boolean {
  return (
    a.kind === 'bootVM' ||
    a.kind === 'shutdownVM' ||
    a.kind === 'suspendVM' ||
    a.kind === 'resumeVM' ||
    a.kind === 'killVM' ||
    a.kind === 'forgeVM'
  );
}

export function actionVm(a: Action): VmId | undefined {
  return a.kind === 'bootNode' || a.kind === 'shutdownNode' ? undefined : a.vm;
}

export function refs(vms: VmId[] = [], nodes: NodeId[] = [], rcs: string[] = []): ConstraintRefs {
  return { vms, nodes, rcs };
}

export function vmList(model: Model, vms: Iterable<VmId>): string {
  return [...vms].map((v) => vmName(model, v)).join(', ');
}

export function nodeList(model: Model, nodes: Iterable<NodeId>): string {
  return [...nodes].map((n) => nodeName(model, n)).join(', ');
}

// ---- parameter checks, shared by the modules' `params` ----

export function nonEmpty(what: string, items: readonly unknown[]): ParamIssue[] {
  return items.length === 0 ? [{ issue: 'emptySet', message: `${what} is empty` }] : [];
}

export function noDuplicates(what: string, items: readonly number[]): ParamIssue[] {
  const seen = new Set<number>();
  const dup = new Set<number>();
  for (const x of items) (seen.has(x) ? dup : seen).add(x);
  return dup.size ? [{ issue: 'duplicate', message: `${what} lists ${[...dup].map((d) => `#${d}`).join(', ')} more than once` }] : [];
}

/** Groups of a partition must be non-empty and pairwise disjoint. */
export function partition(what: string, groups: readonly (readonly number[])[]): ParamIssue[] {
  const out: ParamIssue[] = [...nonEmpty(what, groups)];
  const owner = new Map<number, number>();
  groups.forEach((g, i) => {
    if (g.length === 0) out.push({ issue: 'emptySet', message: `${what}: group ${i + 1} is empty` });
    for (const x of g) {
      const j = owner.get(x);
      if (j !== undefined && j !== i)
        out.push({ issue: 'notDisjoint', message: `${what}: #${x} is in groups ${j + 1} and ${i + 1}; groups must be disjoint` });
      owner.set(x, i);
    }
  });
  return out;
}

export function nonNegativeInt(what: string, x: number): ParamIssue[] {
  return Number.isInteger(x) && x >= 0 ? [] : [{ issue: 'badAmount', message: `${what} must be a non-negative integer, got ${x}` }];
}
