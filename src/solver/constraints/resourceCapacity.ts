/**
 * `resourceCapacity(nodes, rc, amount)`: the total consumption of `rc` by running VMs on those nodes is at most `amount`.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface ResourceCapacityConstraint {
  kind: 'resourceCapacity';
  nodes: NodeId[];
  rc: string;
  amount: number;
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
