/**
 * `quarantine(node)` (continuous only): VMs on the node stay, and no other VM is placed on it.
 */
import type { NodeId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { placementTarget, refs } from './helpers.ts';
import { nodeName, vmName, type VmId } from '../model/model.ts';

export interface QuarantineConstraint {
  kind: 'quarantine';
  node: NodeId;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export const quarantineSpec: ConstraintSpec<QuarantineConstraint> = {
  kind: 'quarantine',
  modes: 'continuous',
  javaDefaultContinuous: true,
  isContinuous: () => true,
  refs: (c) => refs([], [c.node]),
  params: () => [],
  checker: (c, ctx) => {
    const model = ctx.instance.model;
    const where = nodeName(model, c.node);
    // VMs running on the node at the start are rooted there.
    const inside = new Set<VmId>();
    return {
      startsWith: (origin) => {
        for (const [vm, n] of origin.host) if (n === c.node && origin.vms.get(vm) === 'running') inside.add(vm);
        return [];
      },
      onStart: (a) => {
        if (a.kind === 'migrateVM' && inside.has(a.vm)) return [`${vmName(model, a.vm)} leaves quarantined ${where}`];
        return placementTarget(a) === c.node && 'vm' in a ? [`${vmName(model, a.vm)} is placed on quarantined ${where}`] : [];
      },
    };
  },
  misplacedVms: () => [],
};
