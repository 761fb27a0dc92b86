/**
 * `online(node)` (discrete): the node is online at the end.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface OnlineConstraint {
  kind: 'online';
  node: NodeId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
