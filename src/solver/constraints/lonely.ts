/**
 * `lonely(vms)`: nodes hosting VMs of the set host only VMs of the set.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { noDuplicates, nonEmpty, placementTarget, refs, runningByNode, vmList } from './helpers.ts';
import { nodeName, vmName, type Model, type NodeId } from '../model/model.ts';

export interface LonelyConstraint {
  kind: 'lonely';
  vms: VmId[];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

/** Nodes where running set VMs and running other VMs meet, with all their running VMs. */
function mixedNodes(c: LonelyConstraint, model: Model): Map<NodeId, VmId[]> {
  const set = new Set(c.vms);
  const out = new Map<NodeId, VmId[]>();
  for (const [n, vms] of runningByNode(model)) {
    const inside = vms.some((v) => set.has(v));
    const outside = vms.some((v) => !set.has(v));
    if (inside && outside) out.set(n, vms);
  }
  return out;
}

function mixedMessages(c: LonelyConstraint, model: Model): string[] {
  const set = new Set(c.vms);
  return [...mixedNodes(c, model)].map(
    ([n, vms]) => `${nodeName(model, n)} hosts ${vmList(model, vms.filter((v) => set.has(v)))} of the set with ${vmList(model, vms.filter((v) => !set.has(v)))}`,
  );
}

export const lonelySpec: ConstraintSpec<LonelyConstraint> = {
  kind: 'lonely',
  modes: 'both',
  javaDefaultContinuous: false,
  // Any VM arriving next to a set VM matters, not only the set's own.
  watchesAllActions: true,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs(c.vms),
  params: (c) => [...nonEmpty('lonely: the VM set', c.vms), ...noDuplicates('lonely: the VM set', c.vms)],
  checker: (c, ctx) => {
    const set = new Set(c.vms);
    const model = ctx.instance.model;
    return {
      startsWith: (origin) => (c.continuous ? mixedMessages(c, origin) : []),
      // No transient sharing in either direction: set VMs and others never overlap on a node.
      onStart: (a, state) => {
        const n = placementTarget(a);
        if (!c.continuous || n === undefined || !('vm' in a)) return [];
        const mine = set.has(a.vm);
        const clash = [...state.occupants(n)].filter((v) => v !== a.vm && set.has(v) !== mine);
        return clash.length ? [`${vmName(model, a.vm)} arrives on ${nodeName(model, n)} while ${vmList(model, clash)} ${mine ? 'from outside the set' : 'of the set'} is there`] : [];
      },
      endsWith: (result) => mixedMessages(c, result),
    };
  },
  misplacedVms: (c, instance) => [...mixedNodes(c, instance.model).values()].flat(),
};
