/**
 * `root(vm)` (continuous only): a running VM that stays running is never relocated.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';

export interface RootConstraint {
  kind: 'root';
  vm: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}
