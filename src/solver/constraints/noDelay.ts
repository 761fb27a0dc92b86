/**
 * `noDelay(vm)`: the action of the VM starts at t = 0.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { refs } from './helpers.ts';
import { vmName } from '../model/model.ts';

export interface NoDelayConstraint {
  kind: 'noDelay';
  vm: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export const noDelaySpec: ConstraintSpec<NoDelayConstraint> = {
  kind: 'noDelay',
  modes: 'discrete',
  javaDefaultContinuous: false,
  isContinuous: () => false,
  refs: (c) => refs([c.vm]),
  params: () => [],
  // Reports `discrete` like BtrPlace, yet restricts the schedule. A staying VM's allocation change is not "its
  // action" (the solver places it at the plan end), so only the VM's transition must start at 0.
  checker: (c, ctx) => ({
    onStart: (a) =>
      a.kind !== 'allocate' && 'vm' in a && a.vm === c.vm && a.start !== 0
        ? [`${vmName(ctx.instance.model, c.vm)} must not be delayed, but its ${a.kind} starts at t=${a.start}`]
        : [],
  }),
  misplacedVms: () => [],
};
