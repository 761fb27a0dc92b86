/**
 * `running(vm)` (discrete): the VM ends running.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface RunningConstraint {
  kind: 'running';
  vm: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
