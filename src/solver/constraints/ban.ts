/**
 * `ban(vm, nodes)`: a running VM is not on those nodes.
 */
import type { NodeId, VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface BanConstraint {
  kind: 'ban';
  vm: VmId;
  nodes: NodeId[];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
