/**
 * `runningCapacity(nodes, amount)` (discrete): at most `amount` running VMs on those nodes in total.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface RunningCapacityConstraint {
  kind: 'runningCapacity';
  nodes: NodeId[];
  amount: number;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
