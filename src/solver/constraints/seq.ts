/**
 * `seq(vms)`: the state-changing actions (not migrations) of the listed VMs run in list order, each ending before the next starts.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec } from './semantics.ts';
import { isStateChange, nonEmpty, noDuplicates, refs } from './helpers.ts';
import { vmName } from '../model/model.ts';
import type { Action } from '../plan/plan.ts';

export interface SeqConstraint {
  kind: 'seq';
  /** Ordered, without duplicates. */
  vms: VmId[];
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

export const seqSpec: ConstraintSpec<SeqConstraint> = {
  kind: 'seq',
  modes: 'continuous',
  javaDefaultContinuous: true,
  isContinuous: () => true,
  refs: (c) => refs(c.vms),
  params: (c) => [...nonEmpty('seq: the VM list', c.vms), ...noDuplicates('seq: the VM list', c.vms)],
  checker: (c, ctx) => {
    const model = ctx.instance.model;
    const rank = new Map(c.vms.map((v, i) => [v, i]));
    // One pending state change at a time, in list order (VMs that do not change state are skipped).
    let pending: Action | undefined;
    let lastRank = -1;
    return {
      onStart: (a) => {
        if (!isStateChange(a) || !('vm' in a)) return [];
        const r = rank.get(a.vm);
        if (r === undefined) return [];
        const out: string[] = [];
        if (pending && 'vm' in pending && pending.vm !== a.vm)
          out.push(`${vmName(model, a.vm)} changes state before ${vmName(model, pending.vm)} has finished`);
        if (r < lastRank) out.push(`${vmName(model, a.vm)} changes state after ${vmName(model, c.vms[lastRank])}, against the list order`);
        lastRank = Math.max(lastRank, r);
        pending = a;
        return out;
      },
      onEnd: (a) => {
        if (a === pending) pending = undefined;
      },
    };
  },
  misplacedVms: () => [],
};
