/**
 * `sync(vms)` (migration extension): the migrations of the VMs end at the same moment (start at the same moment for post-copy VMs).
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface SyncConstraint {
  kind: 'sync';
  vms: VmId[];
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
