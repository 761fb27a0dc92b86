/**
 * `precedence(vm1, vm2)` (migration extension): the migration of vm1 ends before the migration of vm2 starts.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { refs } from './helpers.ts';
import { vmName } from '../model/model.ts';

export interface PrecedenceConstraint {
  kind: 'precedence';
  vm1: VmId;
  vm2: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export const precedenceSpec: ConstraintSpec<PrecedenceConstraint> = {
  kind: 'precedence',
  modes: 'discrete',
  javaDefaultContinuous: false,
  isContinuous: () => false,
  refs: (c) => refs([c.vm1, c.vm2]),
  params: (c) => (c.vm1 === c.vm2 ? [{ issue: 'sameVm', message: 'precedence: a VM cannot precede itself' }] : []),
  // Checked on the schedule (BtrPlace's checker accepts everything; its solver enforces it), when both migrate.
  checker: (c, ctx) => {
    const model = ctx.instance.model;
    const first = ctx.actions.find((a) => a.kind === 'migrateVM' && a.vm === c.vm1);
    return {
      onStart: (a) =>
        a.kind === 'migrateVM' && a.vm === c.vm2 && first && first.end > a.start
          ? [`the migration of ${vmName(model, c.vm2)} starts at t=${a.start}, before that of ${vmName(model, c.vm1)} ends (t=${first.end})`]
          : [],
    };
  },
  misplacedVms: () => [],
};
