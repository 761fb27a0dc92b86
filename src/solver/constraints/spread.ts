/**
 * `spread(vms)`: running VMs of the set are on pairwise distinct nodes. Continuous by default: a VM may arrive on a node only after any other set VM hosted there has left.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { isRunning, noDuplicates, nonEmpty, placementTarget, refs, runningByNode, vmList } from './helpers.ts';
import { nodeName, vmName, type Model, type NodeId } from '../model/model.ts';

export interface SpreadConstraint {
  kind: 'spread';
  vms: VmId[];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

/** Nodes where running VMs of the set meet, with those VMs. */
function sharedNodes(c: SpreadConstraint, model: Model): Map<NodeId, VmId[]> {
  const set = new Set(c.vms);
  const out = new Map<NodeId, VmId[]>();
  for (const [node, vms] of runningByNode(model)) {
    const mine = vms.filter((v) => set.has(v));
    if (mine.length > 1) out.set(node, mine);
  }
  return out;
}

function sharingMessages(c: SpreadConstraint, model: Model): string[] {
  return [...sharedNodes(c, model)].map(([n, vms]) => `${vmList(model, vms)} share ${nodeName(model, n)}`);
}

export const spreadSpec: ConstraintSpec<SpreadConstraint> = {
  kind: 'spread',
  modes: 'both',
  javaDefaultContinuous: true,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs(c.vms),
  params: (c) => [...nonEmpty('spread: the VM set', c.vms), ...noDuplicates('spread: the VM set', c.vms)],
  checker: (c, ctx) => {
    const set = new Set(c.vms);
    const model = ctx.instance.model;
    return {
      startsWith: (origin) => (c.continuous ? sharingMessages(c, origin) : []),
      // A VM may arrive on a node only once every other set VM there has finished leaving it.
      onStart: (a, state) => {
        const n = placementTarget(a);
        if (!c.continuous || n === undefined || !('vm' in a) || !set.has(a.vm)) return [];
        const there = [...state.occupants(n)].filter((v) => v !== a.vm && set.has(v));
        return there.length
          ? [`${vmName(model, a.vm)} arrives on ${nodeName(model, n)} while ${vmList(model, there)} of the set is there`]
          : [];
      },
      endsWith: (result) => sharingMessages(c, result),
    };
  },
  misplacedVms: (c, instance) => [...sharedNodes(c, instance.model).values()].flat().filter((v) => isRunning(instance.model, v)),
};
