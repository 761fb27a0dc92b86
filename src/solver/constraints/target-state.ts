/**
 * The four state constraints (running, ready, sleeping, killed) differ only in the state they ask for: one
 * spec builder serves them all. Discrete only; a second action of the VM is rejected by the replay (each VM
 * changes once), so the final state says it all.
 */
import type { SourceRange } from '../diagnostics.ts';
import { vmName, type VmId, type VmState } from '../model/model.ts';
import { refs } from './helpers.ts';
import type { Constraint } from './index.ts';
import type { ConstraintSpec } from './semantics.ts';

export interface TargetStateConstraint<K extends 'running' | 'ready' | 'sleeping' | 'killed'> {
  kind: K;
  vm: VmId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export function targetStateSpec<C extends Constraint & { vm: VmId }>(kind: C['kind'], state: VmState): ConstraintSpec<C> {
  const stateOf = (vms: Map<VmId, VmState>, vm: VmId): VmState => vms.get(vm) ?? 'killed';
  return {
    kind,
    modes: 'discrete',
    javaDefaultContinuous: false,
    isContinuous: () => false,
    refs: (c) => refs([c.vm]),
    params: () => [],
    checker: (c) => ({
      endsWith: (result) => {
        const s = stateOf(result.vms, c.vm);
        return s === state ? [] : [`${vmName(result, c.vm)} ends ${s}, not ${state}`];
      },
    }),
    misplacedVms: (c, instance) => (stateOf(instance.model.vms, c.vm) === state ? [] : [c.vm]),
    targetState: (c) => ({ vm: c.vm, state }),
  };
}
