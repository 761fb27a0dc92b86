/**
 * `precedence(vm1, vm2)` (migration extension): the migration of vm1 ends before the migration of vm2 starts.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface PrecedenceConstraint {
  kind: 'precedence';
  vm1: VmId;
  vm2: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
