/**
 * `among(vms, parts)`: all running VMs of the set end in one group of the node partition.
 */
import type { NodeId, VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { noDuplicates, nonEmpty, partition, placementTarget, refs, runningHost } from './helpers.ts';
import { nodeName, vmName, type Model } from '../model/model.ts';

export interface AmongConstraint {
  kind: 'among';
  vms: VmId[];
  /** Disjoint groups of nodes. */
  parts: NodeId[][];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

/** Index of the part holding each node; a node in no part has none (and may not host set VMs). */
function groupIndex(c: AmongConstraint): Map<NodeId, number> {
  const g = new Map<NodeId, number>();
  c.parts.forEach((part, i) => part.forEach((n) => g.set(n, i)));
  return g;
}

/** Problems of the running set VMs' placement, and the single group used when there is one. */
function inspect(c: AmongConstraint, model: Model, groups: Map<NodeId, number>): { problems: string[]; group?: number } {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const v of c.vms) {
    const h = runningHost(model, v);
    if (h === undefined) continue;
    const g = groups.get(h);
    if (g === undefined) problems.push(`${vmName(model, v)} runs on ${nodeName(model, h)}, which is in no group`);
    else used.add(g);
  }
  if (used.size > 1) problems.push(`running VMs of the set span ${used.size} groups instead of one`);
  return { problems, group: used.size === 1 ? [...used][0] : undefined };
}

export const amongSpec: ConstraintSpec<AmongConstraint> = {
  kind: 'among',
  modes: 'both',
  javaDefaultContinuous: false,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs(c.vms, c.parts.flat()),
  params: (c) => [...noDuplicates('among: the VM set', c.vms), ...nonEmpty('among: the node partition', c.parts), ...partition('among: the node partition', c.parts)],
  checker: (c, ctx) => {
    const set = new Set(c.vms);
    const groups = groupIndex(c);
    const model = ctx.instance.model;
    // Continuous: the group currently used (or chosen by the first arrival) is locked.
    let locked: number | undefined;
    return {
      startsWith: (origin) => {
        if (!c.continuous) return [];
        const r = inspect(c, origin, groups);
        locked = r.group;
        return r.problems;
      },
      onStart: (a) => {
        const n = placementTarget(a);
        if (!c.continuous || n === undefined || !('vm' in a) || !set.has(a.vm)) return [];
        const g = groups.get(n);
        if (g === undefined) return [`${vmName(model, a.vm)} goes to ${nodeName(model, n)}, which is in no group`];
        if (locked === undefined) locked = g;
        return g === locked ? [] : [`${vmName(model, a.vm)} goes to ${nodeName(model, n)} (group ${g + 1}) but the set is in group ${locked + 1}`];
      },
      endsWith: (result) => inspect(c, result, groups).problems,
    };
  },
  misplacedVms: (c, instance) =>
    inspect(c, instance.model, groupIndex(c)).problems.length ? c.vms.filter((v) => runningHost(instance.model, v) !== undefined) : [],
};
