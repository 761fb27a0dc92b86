/**
 * `serialize(vms)` (migration extension): the migrations of the VMs never overlap in time.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface SerializeConstraint {
  kind: 'serialize';
  vms: VmId[];
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
