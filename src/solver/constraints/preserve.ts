/**
 * `preserve(vm, rc, amount)` (discrete): if the VM ends running, its allocation of `rc` is at least `amount` (the allocation becomes the maximum of the preserves on that VM and resource).
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface PreserveConstraint {
  kind: 'preserve';
  vm: VmId;
  rc: string;
  amount: number;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
