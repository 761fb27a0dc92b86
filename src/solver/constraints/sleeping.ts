/**
 * `sleeping(vm)` (discrete): the VM ends sleeping.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface SleepingConstraint {
  kind: 'sleeping';
  vm: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
