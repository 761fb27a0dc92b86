/**
 * `split(parts)`: running VMs of different groups never share a node.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface SplitConstraint {
  kind: 'split';
  /** Disjoint groups of VMs. */
  parts: VmId[][];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
