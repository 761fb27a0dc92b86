/**
 * `quarantine(node)` (continuous only): VMs on the node stay, and no other VM is placed on it.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface QuarantineConstraint {
  kind: 'quarantine';
  node: NodeId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
