/**
 * `killed(vm)` (discrete): the VM is removed.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { refs } from './helpers.ts';
import { vmName } from '../model/model.ts';

export interface KilledConstraint {
  kind: 'killed';
  vm: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export const killedSpec: ConstraintSpec<KilledConstraint> = {
  kind: 'killed',
  modes: 'discrete',
  javaDefaultContinuous: false,
  isContinuous: () => false,
  refs: (c) => refs([c.vm]),
  params: () => [],
  // A second action of the VM is rejected by the replay (each VM changes once), so the final state says it all.
  checker: (c) => ({
    endsWith: (result) => {
      const s = result.vms.get(c.vm) ?? 'killed';
      return s === 'killed' ? [] : [`${vmName(result, c.vm)} ends ${s}, not killed`];
    },
  }),
  misplacedVms: (c, instance) => ((instance.model.vms.get(c.vm) ?? 'killed') === 'killed' ? [] : [c.vm]),
  targetState: (c) => ({ vm: c.vm, state: 'killed' }),
};
