/**
 * `fence(vm, nodes)`: a running VM is on one of those nodes.
 */
import type { NodeId, VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { nodeList, noDuplicates, nonEmpty, placementTarget, refs, runningHost } from './helpers.ts';
import { nodeName, vmName, type Model } from '../model/model.ts';

export interface FenceConstraint {
  kind: 'fence';
  vm: VmId;
  nodes: NodeId[];
  continuous: boolean;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

function outside(c: FenceConstraint, model: Model): string[] {
  const h = runningHost(model, c.vm);
  return h !== undefined && !c.nodes.includes(h)
    ? [`${vmName(model, c.vm)} runs on ${nodeName(model, h)}, outside {${nodeList(model, c.nodes)}}`]
    : [];
}

export const fenceSpec: ConstraintSpec<FenceConstraint> = {
  kind: 'fence',
  modes: 'both',
  javaDefaultContinuous: false,
  isContinuous: (c) => c.continuous,
  refs: (c) => refs([c.vm], c.nodes),
  params: (c) => [...nonEmpty('fence: the node set', c.nodes), ...noDuplicates('fence: the node set', c.nodes)],
  checker: (c, ctx) => {
    const model = ctx.instance.model;
    return {
      startsWith: (origin) => (c.continuous ? outside(c, origin) : []),
      onStart: (a) => {
        const n = placementTarget(a);
        if (!c.continuous || n === undefined || !('vm' in a) || a.vm !== c.vm || c.nodes.includes(n)) return [];
        return [`${vmName(model, c.vm)} is placed on ${nodeName(model, n)}, outside {${nodeList(model, c.nodes)}}`];
      },
      endsWith: (result) => outside(c, result),
    };
  },
  misplacedVms: (c, instance) => (outside(c, instance.model).length ? [c.vm] : []),
};
