/**
 * `offline(node)` (discrete): the node is offline at the end.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { refs } from './helpers.ts';
import { nodeName, type VmId } from '../model/model.ts';

export interface OfflineConstraint {
  kind: 'offline';
  node: NodeId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export const offlineSpec: ConstraintSpec<OfflineConstraint> = {
  kind: 'offline',
  modes: 'discrete',
  javaDefaultContinuous: false,
  isContinuous: () => false,
  refs: (c) => refs([], [c.node]),
  params: () => [],
  checker: (c) => ({
    endsWith: (result) => (result.nodes.get(c.node) === 'offline' ? [] : [`${nodeName(result, c.node)} is not offline at the end`]),
  }),
  // Every VM hosted there has to go (spec §2.3).
  misplacedVms: (c, instance) => {
    const out: VmId[] = [];
    for (const [vm, n] of instance.model.host) if (n === c.node) out.push(vm);
    return out;
  },
};
