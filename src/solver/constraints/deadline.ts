/**
 * `deadline(vm, timestamp)` (migration extension): the migration of the VM ends no later than the deadline.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface DeadlineConstraint {
  kind: 'deadline';
  vm: VmId;
  /** `+hh:mm:ss` (relative to the plan start) or `hh:mm:ss` (wall-clock time today). */
  timestamp: string;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
