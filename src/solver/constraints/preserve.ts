/**
 * `preserve(vm, rc, amount)` (discrete): if the VM ends running, its allocation of `rc` is at least `amount` (the allocation becomes the maximum of the preserves on that VM and resource).
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { nonNegativeInt, refs } from './helpers.ts';
import { consumptionOf, vmName } from '../model/model.ts';
import type { Instance } from '../model/instance.ts';

export interface PreserveConstraint {
  kind: 'preserve';
  vm: VmId;
  rc: string;
  amount: number;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

/**
 * Future allocation of `rc` for every VM that has a preserve on it: the maximum of its preserve amounts
 * (spec §2.3: this can be lower than today's consumption, the allocation then shrinks). Other VMs keep their
 * current consumption.
 */
export function preservedAllocations(instance: Instance, rc: string): Map<VmId, number> {
  const out = new Map<VmId, number>();
  for (const c of instance.constraints) {
    if (c.kind !== 'preserve' || c.rc !== rc) continue;
    out.set(c.vm, Math.max(out.get(c.vm) ?? 0, c.amount));
  }
  return out;
}

/** The allocation of `rc` a running VM should end with (0 if the resource is unknown). */
export function futureAllocation(instance: Instance, vm: VmId, rc: string, preserved = preservedAllocations(instance, rc)): number {
  const view = instance.model.resources.get(rc);
  return preserved.get(vm) ?? (view ? consumptionOf(view, vm) : 0);
}

export const preserveSpec: ConstraintSpec<PreserveConstraint> = {
  kind: 'preserve',
  modes: 'discrete',
  javaDefaultContinuous: false,
  isContinuous: () => false,
  refs: (c) => refs([c.vm], [], [c.rc]),
  params: (c) => nonNegativeInt('preserve: the amount', c.amount),
  checker: (c) => ({
    endsWith: (result) => {
      if (result.vms.get(c.vm) !== 'running') return [];
      const view = result.resources.get(c.rc);
      if (!view) return [`no resource '${c.rc}' to preserve for ${vmName(result, c.vm)}`];
      const got = consumptionOf(view, c.vm);
      return got >= c.amount ? [] : [`${vmName(result, c.vm)} ends with ${got} ${c.rc}, less than ${c.amount}`];
    },
  }),
  // The resource view spots the overloads the new allocations cause (registry.resourceMisplacedVms).
  misplacedVms: () => [],
};
