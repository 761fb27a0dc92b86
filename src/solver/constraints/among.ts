/**
 * `among(vms, parts)`: all running VMs of the set end in one group of the node partition.
 */
import type { NodeId, VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface AmongConstraint {
  kind: 'among';
  vms: VmId[];
  /** Disjoint groups of nodes. */
  parts: NodeId[][];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
