/**
 * `seq(vms)`: the state-changing actions (not migrations) of the listed VMs run in list order, each ending before the next starts.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface SeqConstraint {
  kind: 'seq';
  /** Ordered, without duplicates. */
  vms: VmId[];
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
