/**
 * `split(parts)`: running VMs of different groups never share a node.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { partition, placementTarget, refs, runningByNode, vmList } from './helpers.ts';
import { nodeName, vmName, type Model, type NodeId } from '../model/model.ts';

export interface SplitConstraint {
  kind: 'split';
  /** Disjoint groups of VMs. */
  parts: VmId[][];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

function groupIndex(c: SplitConstraint): Map<VmId, number> {
  const g = new Map<VmId, number>();
  c.parts.forEach((part, i) => part.forEach((v) => g.set(v, i)));
  return g;
}

/** Nodes hosting running VMs of two groups or more, with those VMs. */
function mixedNodes(c: SplitConstraint, model: Model): Map<NodeId, VmId[]> {
  const groups = groupIndex(c);
  const out = new Map<NodeId, VmId[]>();
  for (const [n, vms] of runningByNode(model)) {
    const mine = vms.filter((v) => groups.has(v));
    if (new Set(mine.map((v) => groups.get(v))).size > 1) out.set(n, mine);
  }
  return out;
}

function mixedMessages(c: SplitConstraint, model: Model): string[] {
  return [...mixedNodes(c, model)].map(([n, vms]) => `${nodeName(model, n)} hosts VMs of different groups: ${vmList(model, vms)}`);
}

export const splitSpec: ConstraintSpec<SplitConstraint> = {
  kind: 'split',
  modes: 'both',
  javaDefaultContinuous: false,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs(c.parts.flat()),
  params: (c) => partition('split: the VM partition', c.parts),
  checker: (c, ctx) => {
    const groups = groupIndex(c);
    const model = ctx.instance.model;
    return {
      startsWith: (origin) => (c.continuous ? mixedMessages(c, origin) : []),
      // A VM enters a node only after the VMs of the other groups have finished leaving it.
      onStart: (a, state) => {
        const n = placementTarget(a);
        if (!c.continuous || n === undefined || !('vm' in a)) return [];
        const g = groups.get(a.vm);
        if (g === undefined) return [];
        const others = [...state.occupants(n)].filter((v) => v !== a.vm && groups.has(v) && groups.get(v) !== g);
        return others.length ? [`${vmName(model, a.vm)} arrives on ${nodeName(model, n)} while ${vmList(model, others)} of another group is there`] : [];
      },
      endsWith: (result) => mixedMessages(c, result),
    };
  },
  misplacedVms: (c, instance) => [...mixedNodes(c, instance.model).values()].flat(),
};
