/**
 * `splitAmong(vParts, pParts)`: each VM group inside one node group, distinct VM groups in distinct node groups.
 */
import type { NodeId, VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { partition, placementTarget, refs, runningHost } from './helpers.ts';
import { nodeName, vmName, type Model } from '../model/model.ts';

export interface SplitAmongConstraint {
  kind: 'splitAmong';
  vParts: VmId[][];
  pParts: NodeId[][];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

function indexOf(groups: readonly (readonly number[])[]): Map<number, number> {
  const g = new Map<number, number>();
  groups.forEach((part, i) => part.forEach((x) => g.set(x, i)));
  return g;
}

/** Each VM group must sit in one node group, and two VM groups never in the same node group. */
function inspect(c: SplitAmongConstraint, model: Model): { problems: string[]; groupOf: Map<number, number> } {
  const nodeGroup = indexOf(c.pParts);
  const problems: string[] = [];
  const groupOf = new Map<number, number>(); // VM group -> node group
  c.vParts.forEach((vms, i) => {
    const used = new Set<number>();
    for (const v of vms) {
      const h = runningHost(model, v);
      if (h === undefined) continue;
      const g = nodeGroup.get(h);
      if (g === undefined) problems.push(`${vmName(model, v)} runs on ${nodeName(model, h)}, which is in no node group`);
      else used.add(g);
    }
    if (used.size > 1) problems.push(`VM group ${i + 1} spans ${used.size} node groups instead of one`);
    if (used.size === 1) groupOf.set(i, [...used][0]);
  });
  const owner = new Map<number, number>();
  for (const [vg, ng] of groupOf) {
    const other = owner.get(ng);
    if (other !== undefined) problems.push(`VM groups ${other + 1} and ${vg + 1} share node group ${ng + 1}`);
    else owner.set(ng, vg);
  }
  return { problems, groupOf };
}

export const splitAmongSpec: ConstraintSpec<SplitAmongConstraint> = {
  kind: 'splitAmong',
  modes: 'both',
  javaDefaultContinuous: false,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs(c.vParts.flat(), c.pParts.flat()),
  params: (c) => [...partition('splitAmong: the VM partition', c.vParts), ...partition('splitAmong: the node partition', c.pParts)],
  checker: (c, ctx) => {
    const model = ctx.instance.model;
    const vmGroup = indexOf(c.vParts);
    const nodeGroup = indexOf(c.pParts);
    let groupOf = new Map<number, number>();
    return {
      startsWith: (origin) => {
        if (!c.continuous) return [];
        const r = inspect(c, origin);
        groupOf = r.groupOf;
        return r.problems;
      },
      // Continuous: a VM group keeps its node group; a free node group may be taken by one VM group only.
      onStart: (a) => {
        const n = placementTarget(a);
        if (!c.continuous || n === undefined || !('vm' in a)) return [];
        const vg = vmGroup.get(a.vm);
        if (vg === undefined) return [];
        const ng = nodeGroup.get(n);
        const who = `${vmName(model, a.vm)} goes to ${nodeName(model, n)}`;
        if (ng === undefined) return [`${who}, which is in no node group`];
        const mine = groupOf.get(vg);
        if (mine !== undefined) return mine === ng ? [] : [`${who} (node group ${ng + 1}) but VM group ${vg + 1} is in node group ${mine + 1}`];
        for (const [other, g] of groupOf) if (g === ng) return [`${who} but node group ${ng + 1} holds VM group ${other + 1}`];
        groupOf.set(vg, ng);
        return [];
      },
      endsWith: (result) => inspect(c, result).problems,
    };
  },
  misplacedVms: (c, instance) =>
    inspect(c, instance.model).problems.length ? c.vParts.flat().filter((v) => runningHost(instance.model, v) !== undefined) : [],
};
