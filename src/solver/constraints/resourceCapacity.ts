/**
 * `resourceCapacity(nodes, rc, amount)`: the total consumption of `rc` by running VMs on those nodes is at most `amount`.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { nodeUsage, noDuplicates, nonEmpty, nonNegativeInt, placementTarget, refs, runningByNode } from './helpers.ts';
import type { Model } from '../model/model.ts';
import { futureAllocation, preservedAllocations } from './preserve.ts';

export interface ResourceCapacityConstraint {
  kind: 'resourceCapacity';
  nodes: NodeId[];
  rc: string;
  amount: number;
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

function total(c: ResourceCapacityConstraint, model: Model): number {
  const byNode = runningByNode(model);
  return c.nodes.reduce((s, n) => s + (model.nodes.get(n) === 'online' ? nodeUsage(model, n, c.rc, byNode) : 0), 0);
}

function exceeded(c: ResourceCapacityConstraint, model: Model, when: string): string[] {
  const used = total(c, model);
  return used > c.amount ? [`the nodes use ${used} ${c.rc} ${when}, more than ${c.amount}`] : [];
}

export const resourceCapacitySpec: ConstraintSpec<ResourceCapacityConstraint> = {
  kind: 'resourceCapacity',
  modes: 'both',
  javaDefaultContinuous: false,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs([], c.nodes, [c.rc]),
  params: (c) => [...nonEmpty('resourceCapacity: the node set', c.nodes), ...noDuplicates('resourceCapacity: the node set', c.nodes), ...nonNegativeInt('resourceCapacity: the amount', c.amount)],
  checker: (c) => {
    const set = new Set(c.nodes);
    return {
      startsWith: (origin) => (c.continuous ? exceeded(c, origin, 'at the start') : []),
      // Continuous: usage only grows when something arrives or grows on a node of the set; measure then.
      onStart: (a, state) => {
        if (!c.continuous) return [];
        const n = a.kind === 'allocate' ? a.on : placementTarget(a);
        if (n === undefined || !set.has(n)) return [];
        const used = c.nodes.reduce((s, m) => s + state.usage(m, c.rc), 0);
        return used > c.amount ? [`the nodes use ${used} ${c.rc} at t=${state.time}, more than ${c.amount}`] : [];
      },
      endsWith: (result) => exceeded(c, result, 'at the end'),
    };
  },
  // Spec §4.3: every VM of the node set when the future demands exceed the amount.
  misplacedVms: (c, instance) => {
    const byNode = runningByNode(instance.model);
    const vms = c.nodes.flatMap((n) => byNode.get(n) ?? []);
    const preserved = preservedAllocations(instance, c.rc);
    const demand = vms.reduce((s, v) => s + futureAllocation(instance, v, c.rc, preserved), 0);
    return demand > c.amount ? vms : [];
  },
};
