/**
 * `maxOnline(nodes, amount)`: at most `amount` of the nodes are online at the end; continuous: at most `amount` are powered (online, booting or shutting down) at every instant.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface MaxOnlineConstraint {
  kind: 'maxOnline';
  nodes: NodeId[];
  amount: number;
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
