/**
 * `spread(vms)`: running VMs of the set are on pairwise distinct nodes. Continuous by default: a VM may arrive on a node only after any other set VM hosted there has left.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface SpreadConstraint {
  kind: 'spread';
  vms: VmId[];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
