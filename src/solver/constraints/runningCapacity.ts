/**
 * `runningCapacity(nodes, amount)` (discrete): at most `amount` running VMs on those nodes in total.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { noDuplicates, nonEmpty, nonNegativeInt, refs, runningByNode } from './helpers.ts';
import type { Model } from '../model/model.ts';

export interface RunningCapacityConstraint {
  kind: 'runningCapacity';
  nodes: NodeId[];
  amount: number;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

function count(c: RunningCapacityConstraint, model: Model): number {
  const byNode = runningByNode(model);
  return c.nodes.reduce((s, n) => s + (byNode.get(n)?.length ?? 0), 0);
}

export const runningCapacitySpec: ConstraintSpec<RunningCapacityConstraint> = {
  kind: 'runningCapacity',
  modes: 'discrete',
  javaDefaultContinuous: false,
  isContinuous: () => false,
  refs: (c) => refs([], c.nodes),
  params: (c) => [...nonEmpty('runningCapacity: the node set', c.nodes), ...noDuplicates('runningCapacity: the node set', c.nodes), ...nonNegativeInt('runningCapacity: the amount', c.amount)],
  checker: (c) => ({
    endsWith: (result) => {
      const k = count(c, result);
      return k > c.amount ? [`${k} VMs run on the nodes at the end, at most ${c.amount} allowed`] : [];
    },
  }),
  misplacedVms: (c, instance) => {
    if (count(c, instance.model) <= c.amount) return [];
    const byNode = runningByNode(instance.model);
    return c.nodes.flatMap((n) => byNode.get(n) ?? []);
  },
};
