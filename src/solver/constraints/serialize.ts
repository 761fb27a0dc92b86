/**
 * `serialize(vms)` (migration extension): the migrations of the VMs never overlap in time.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { noDuplicates, nonEmpty, refs } from './helpers.ts';
import { vmName } from '../model/model.ts';

export interface SerializeConstraint {
  kind: 'serialize';
  vms: VmId[];
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export const serializeSpec: ConstraintSpec<SerializeConstraint> = {
  kind: 'serialize',
  modes: 'discrete',
  javaDefaultContinuous: false,
  isContinuous: () => false,
  refs: (c) => refs(c.vms),
  params: (c) => [...nonEmpty('serialize: the VM set', c.vms), ...noDuplicates('serialize: the VM set', c.vms)],
  // Migrations of the set never overlap ([start, end) intervals; back to back is fine). Reported once per pair,
  // at the start of the later one.
  checker: (c, ctx) => {
    const set = new Set(c.vms);
    const migrations = ctx.actions.filter((a) => a.kind === 'migrateVM' && set.has(a.vm));
    const model = ctx.instance.model;
    return {
      onStart: (a) => {
        if (a.kind !== 'migrateVM' || !set.has(a.vm)) return [];
        const i = migrations.indexOf(a);
        return migrations
          .filter((o, j) => o !== a && o.end > a.start && (o.start < a.start || (o.start === a.start && j < i)) && o.start < a.end)
          .map((o) => `the migrations of ${vmName(model, (o as { vm: VmId }).vm)} and ${vmName(model, a.vm)} overlap`);
      },
    };
  },
  misplacedVms: () => [],
};
