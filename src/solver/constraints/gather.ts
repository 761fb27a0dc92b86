/**
 * `gather(vms)`: all running VMs of the set end on the same node. Continuous: already-running VMs stay together and the others join them.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface GatherConstraint {
  kind: 'gather';
  vms: VmId[];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
