/**
 * `lonely(vms)`: nodes hosting VMs of the set host only VMs of the set.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface LonelyConstraint {
  kind: 'lonely';
  vms: VmId[];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
