/**
 * `ready(vm)` (discrete): the VM ends ready.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface ReadyConstraint {
  kind: 'ready';
  vm: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
