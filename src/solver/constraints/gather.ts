/**
 * `gather(vms)`: all running VMs of the set end on the same node. Continuous: already-running VMs stay together and the others join them.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { nodeList, noDuplicates, nonEmpty, placementTarget, refs, runningHost } from './helpers.ts';
import { nodeName, vmName, type Model, type NodeId } from '../model/model.ts';

export interface GatherConstraint {
  kind: 'gather';
  vms: VmId[];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

/** Hosts of the running VMs of the set. */
function hosts(c: GatherConstraint, model: Model): Set<NodeId> {
  const out = new Set<NodeId>();
  for (const v of c.vms) {
    const h = runningHost(model, v);
    if (h !== undefined) out.add(h);
  }
  return out;
}

function apart(c: GatherConstraint, model: Model): string[] {
  const h = hosts(c, model);
  return h.size > 1 ? [`running VMs of the set are on ${h.size} nodes (${nodeList(model, h)}) instead of one`] : [];
}

export const gatherSpec: ConstraintSpec<GatherConstraint> = {
  kind: 'gather',
  modes: 'both',
  javaDefaultContinuous: false,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs(c.vms),
  params: (c) => [...nonEmpty('gather: the VM set', c.vms), ...noDuplicates('gather: the VM set', c.vms)],
  checker: (c, ctx) => {
    const set = new Set(c.vms);
    const model = ctx.instance.model;
    // Continuous: the node of the already-running VMs (or of the first arrival) is locked for the whole plan.
    let locked: NodeId | undefined;
    return {
      startsWith: (origin) => {
        if (!c.continuous) return [];
        const h = hosts(c, origin);
        locked = h.size === 1 ? [...h][0] : undefined;
        return apart(c, origin);
      },
      onStart: (a, _state) => {
        const n = placementTarget(a);
        // A set of one VM is trivially gathered: it may move (as the solver allows).
        if (!c.continuous || n === undefined || !('vm' in a) || !set.has(a.vm) || set.size < 2) return [];
        if (locked === undefined) {
          locked = n;
          return [];
        }
        return n === locked ? [] : [`${vmName(model, a.vm)} goes to ${nodeName(model, n)} but the set is gathered on ${nodeName(model, locked)}`];
      },
      endsWith: (result) => apart(c, result),
    };
  },
  misplacedVms: (c, instance) => {
    if (hosts(c, instance.model).size <= 1) return [];
    return c.vms.filter((v) => runningHost(instance.model, v) !== undefined);
  },
};
