/**
 * `overbook(node, rc, ratio)`: the consumption of running VMs on the node is at most capacity x ratio (ratio >= 1).
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface OverbookConstraint {
  kind: 'overbook';
  node: NodeId;
  rc: string;
  ratio: number;
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
