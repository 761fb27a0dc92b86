/**
 * `online(node)` (discrete): the node is online at the end.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { refs } from './helpers.ts';
import { nodeName } from '../model/model.ts';

export interface OnlineConstraint {
  kind: 'online';
  node: NodeId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export const onlineSpec: ConstraintSpec<OnlineConstraint> = {
  kind: 'online',
  modes: 'discrete',
  javaDefaultContinuous: false,
  isContinuous: () => false,
  refs: (c) => refs([], [c.node]),
  params: () => [],
  checker: (c) => ({
    endsWith: (result) => (result.nodes.get(c.node) === 'online' ? [] : [`${nodeName(result, c.node)} is not online at the end`]),
  }),
  misplacedVms: () => [],
};
