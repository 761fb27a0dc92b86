/**
 * `maxOnline(nodes, amount)`: at most `amount` of the nodes are online at the end; continuous: at most `amount` are powered (online, booting or shutting down) at every instant.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { noDuplicates, nonEmpty, nonNegativeInt, refs, runningByNode } from './helpers.ts';
import type { Model } from '../model/model.ts';

export interface MaxOnlineConstraint {
  kind: 'maxOnline';
  nodes: NodeId[];
  amount: number;
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

function onlineCount(c: MaxOnlineConstraint, model: Model): number {
  return c.nodes.filter((n) => model.nodes.get(n) === 'online').length;
}

function tooMany(c: MaxOnlineConstraint, model: Model, when: string): string[] {
  const k = onlineCount(c, model);
  return k > c.amount ? [`${k} nodes of the set are online ${when}, at most ${c.amount} allowed`] : [];
}

export const maxOnlineSpec: ConstraintSpec<MaxOnlineConstraint> = {
  kind: 'maxOnline',
  modes: 'both',
  javaDefaultContinuous: false,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs([], c.nodes),
  params: (c) => [...nonEmpty('maxOnline: the node set', c.nodes), ...noDuplicates('maxOnline: the node set', c.nodes), ...nonNegativeInt('maxOnline: the amount', c.amount)],
  checker: (c) => {
    const set = new Set(c.nodes);
    return {
      startsWith: (origin) => (c.continuous ? tooMany(c, origin, 'at the start') : []),
      // Continuous: a node counts as powered from its boot start to its shutdown end.
      onStart: (a, state) => {
        if (!c.continuous || a.kind !== 'bootNode' || !set.has(a.node)) return [];
        const powered = c.nodes.filter((n) => n === a.node || state.powered(n)).length;
        return powered > c.amount ? [`${powered} nodes of the set are powered at t=${state.time}, at most ${c.amount} allowed`] : [];
      },
      endsWith: (result) => tooMany(c, result, 'at the end'),
    };
  },
  // Consolidation needs the VMs of the set's nodes to move.
  misplacedVms: (c, instance) => {
    if (onlineCount(c, instance.model) <= c.amount) return [];
    const byNode = runningByNode(instance.model);
    return c.nodes.flatMap((n) => byNode.get(n) ?? []);
  },
};
