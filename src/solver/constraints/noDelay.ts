/**
 * `noDelay(vm)`: the action of the VM starts at t = 0.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface NoDelayConstraint {
  kind: 'noDelay';
  vm: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
