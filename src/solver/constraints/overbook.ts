/**
 * `overbook(node, rc, ratio)`: the consumption of running VMs on the node is at most capacity x ratio (ratio >= 1).
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec, ParamIssue } from './semantics.ts';
import { nodeUsage, refs, runningByNode } from './helpers.ts';
import { capacityOf, nodeName, type Model } from '../model/model.ts';
import type { Instance } from '../model/instance.ts';
import { futureAllocation, preservedAllocations } from './preserve.ts';

export interface OverbookConstraint {
  kind: 'overbook';
  node: NodeId;
  rc: string;
  ratio: number;
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

/**
 * The overbook constraint that applies to each node and resource: the one with the smallest ratio (spec §2.3).
 * Built once, as large instances ask for every node.
 */
export function overbookTable(instance: Instance): (node: NodeId, rc: string) => OverbookConstraint | undefined {
  const table = new Map<string, Map<NodeId, OverbookConstraint>>();
  for (const c of instance.constraints) {
    if (c.kind !== 'overbook') continue;
    const byNode = table.get(c.rc) ?? new Map<NodeId, OverbookConstraint>();
    table.set(c.rc, byNode);
    const prev = byNode.get(c.node);
    if (!prev || c.ratio < prev.ratio) byNode.set(c.node, c);
  }
  return (node, rc) => table.get(rc)?.get(node);
}

/** The ratio applying to a node and resource, 1 without overbook. For many nodes, use `overbookTable`. */
export function overbookRatio(instance: Instance, node: NodeId, rc: string): number {
  return overbookTable(instance)(node, rc)?.ratio ?? 1;
}

function overloaded(c: OverbookConstraint, model: Model, when: string): string[] {
  if (model.nodes.get(c.node) !== 'online') return [];
  const view = model.resources.get(c.rc);
  if (!view) return [`no resource '${c.rc}' to overbook on ${nodeName(model, c.node)}`];
  const used = nodeUsage(model, c.node, c.rc);
  const cap = capacityOf(view, c.node) * c.ratio;
  return used > cap ? [`${nodeName(model, c.node)} uses ${used} ${c.rc} ${when}, more than ${cap} (capacity × ${c.ratio})`] : [];
}

function params(c: OverbookConstraint): ParamIssue[] {
  return Number.isFinite(c.ratio) && c.ratio >= 1 ? [] : [{ issue: 'badRatio', message: `overbook: the ratio must be a number ≥ 1, got ${c.ratio}` }];
}

export const overbookSpec: ConstraintSpec<OverbookConstraint> = {
  kind: 'overbook',
  modes: 'both',
  javaDefaultContinuous: true,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs([], [c.node], [c.rc]),
  params,
  // Continuous: the replay's resource check already uses capacity × ratio at every instant (the solver applies
  // the ratio over the whole schedule in both modes), and names this constraint; only the ends are left here.
  checker: (c) => ({
    startsWith: (origin) => (c.continuous ? overloaded(c, origin, 'at the start') : []),
    endsWith: (result) => overloaded(c, result, 'at the end'),
  }),
  misplacedVms: (c, instance) => {
    const model = instance.model;
    const view = model.resources.get(c.rc);
    const vms = runningByNode(model).get(c.node) ?? [];
    if (!view) return [];
    const preserved = preservedAllocations(instance, c.rc);
    const demand = vms.reduce((s, v) => s + futureAllocation(instance, v, c.rc, preserved), 0);
    return demand > capacityOf(view, c.node) * c.ratio ? vms : [];
  },
};
