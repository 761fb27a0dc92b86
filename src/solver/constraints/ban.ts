/**
 * `ban(vm, nodes)`: a running VM is not on those nodes.
 */
import type { NodeId, VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { noDuplicates, nonEmpty, placementTarget, refs, runningHost } from './helpers.ts';
import { nodeName, vmName, type Model } from '../model/model.ts';

export interface BanConstraint {
  kind: 'ban';
  vm: VmId;
  nodes: NodeId[];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

function onBanned(c: BanConstraint, model: Model): string[] {
  const h = runningHost(model, c.vm);
  return h !== undefined && c.nodes.includes(h) ? [`${vmName(model, c.vm)} runs on banned ${nodeName(model, h)}`] : [];
}

export const banSpec: ConstraintSpec<BanConstraint> = {
  kind: 'ban',
  modes: 'both',
  javaDefaultContinuous: false,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs([c.vm], c.nodes),
  params: (c) => [...nonEmpty('ban: the node set', c.nodes), ...noDuplicates('ban: the node set', c.nodes)],
  checker: (c, ctx) => {
    const model = ctx.instance.model;
    return {
      startsWith: (origin) => (c.continuous ? onBanned(c, origin) : []),
      onStart: (a) => {
        const n = placementTarget(a);
        if (!c.continuous || n === undefined || !('vm' in a) || a.vm !== c.vm || !c.nodes.includes(n)) return [];
        return [`${vmName(model, c.vm)} is placed on banned ${nodeName(model, n)}`];
      },
      endsWith: (result) => onBanned(c, result),
    };
  },
  misplacedVms: (c, instance) => (onBanned(c, instance.model).length ? [c.vm] : []),
};
