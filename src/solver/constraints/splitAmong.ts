/**
 * `splitAmong(vParts, pParts)`: each VM group inside one node group, distinct VM groups in distinct node groups.
 */
import type { NodeId, VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface SplitAmongConstraint {
  kind: 'splitAmong';
  vParts: VmId[][];
  pParts: NodeId[][];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
