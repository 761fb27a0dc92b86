/**
 * `sync(vms)` (migration extension): the migrations of the VMs end at the same moment (start at the same moment for post-copy VMs).
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { noDuplicates, nonEmpty, refs } from './helpers.ts';
import { vmName } from '../model/model.ts';

export interface SyncConstraint {
  kind: 'sync';
  vms: VmId[];
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export const syncSpec: ConstraintSpec<SyncConstraint> = {
  kind: 'sync',
  modes: 'discrete',
  javaDefaultContinuous: false,
  isContinuous: () => false,
  refs: (c) => refs(c.vms),
  params: (c) => [...nonEmpty('sync: the VM set', c.vms), ...noDuplicates('sync: the VM set', c.vms)],
  // The migrations of the set end together; two post-copy migrations start together instead.
  checker: (c, ctx) => {
    const set = new Set(c.vms);
    const model = ctx.instance.model;
    const postCopy = (vm: VmId) => model.vmAttributes.get(vm)?.get('postCopy') === true;
    const first = ctx.actions.find((a) => a.kind === 'migrateVM' && set.has(a.vm));
    return {
      onStart: (a) => {
        if (a.kind !== 'migrateVM' || !set.has(a.vm) || !first || first === a || first.kind !== 'migrateVM') return [];
        const both = postCopy(a.vm) && postCopy(first.vm);
        const [mine, ref, what] = both ? [a.start, first.start, 'starts'] : [a.end, first.end, 'ends'];
        return mine === ref ? [] : [`the migration of ${vmName(model, a.vm)} ${what} at t=${mine}, not with that of ${vmName(model, first.vm)} (t=${ref})`];
      },
    };
  },
  misplacedVms: () => [],
};
