/**
 * `root(vm)` (continuous only): a running VM that stays running is never relocated.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { refs } from './helpers.ts';
import { nodeName, vmName } from '../model/model.ts';

export interface RootConstraint {
  kind: 'root';
  vm: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export const rootSpec: ConstraintSpec<RootConstraint> = {
  kind: 'root',
  modes: 'continuous',
  javaDefaultContinuous: true,
  isContinuous: () => true,
  refs: (c) => refs([c.vm]),
  params: () => [],
  checker: (c, ctx) => ({
    onStart: (a) =>
      a.kind === 'migrateVM' && a.vm === c.vm
        ? [`${vmName(ctx.instance.model, c.vm)} is rooted but migrates to ${nodeName(ctx.instance.model, a.to)}`]
        : [],
  }),
  misplacedVms: () => [],
};
