/**
 * The constraint registry: one `ConstraintSpec` per kind of the catalogue (spec §2.2). Adding a constraint is one
 * type module (with its spec) + one line here; the TypeScript mapped type refuses a missing or misspelled kind.
 */
import type { Constraint, ConstraintKind, ConstraintOf } from './index.ts';
import type { ConstraintSpec } from './semantics.ts';
import type { Instance } from '../model/instance.ts';
import { capacityOf, type VmId, type VmState } from '../model/model.ts';
import { runningByNode } from './helpers.ts';
import { amongSpec } from './among.ts';
import { banSpec } from './ban.ts';
import { deadlineSpec } from './deadline.ts';
import { fenceSpec } from './fence.ts';
import { gatherSpec } from './gather.ts';
import { killedSpec } from './killed.ts';
import { lonelySpec } from './lonely.ts';
import { maxOnlineSpec } from './maxOnline.ts';
import { noDelaySpec } from './noDelay.ts';
import { offlineSpec } from './offline.ts';
import { onlineSpec } from './online.ts';
import { overbookSpec, overbookTable } from './overbook.ts';
import { precedenceSpec } from './precedence.ts';
import { futureAllocation, preservedAllocations, preserveSpec } from './preserve.ts';
import { quarantineSpec } from './quarantine.ts';
import { readySpec } from './ready.ts';
import { resourceCapacitySpec } from './resourceCapacity.ts';
import { rootSpec } from './root.ts';
import { runningSpec } from './running.ts';
import { runningCapacitySpec } from './runningCapacity.ts';
import { seqSpec } from './seq.ts';
import { serializeSpec } from './serialize.ts';
import { sleepingSpec } from './sleeping.ts';
import { splitSpec } from './split.ts';
import { splitAmongSpec } from './splitAmong.ts';
import { spreadSpec } from './spread.ts';
import { syncSpec } from './sync.ts';

export const CONSTRAINTS: { readonly [K in ConstraintKind]: ConstraintSpec<ConstraintOf<K>> } = {
  spread: spreadSpec,
  gather: gatherSpec,
  among: amongSpec,
  splitAmong: splitAmongSpec,
  split: splitSpec,
  lonely: lonelySpec,
  ban: banSpec,
  fence: fenceSpec,
  root: rootSpec,
  quarantine: quarantineSpec,
  online: onlineSpec,
  offline: offlineSpec,
  maxOnline: maxOnlineSpec,
  running: runningSpec,
  ready: readySpec,
  sleeping: sleepingSpec,
  killed: killedSpec,
  preserve: preserveSpec,
  overbook: overbookSpec,
  resourceCapacity: resourceCapacitySpec,
  runningCapacity: runningCapacitySpec,
  seq: seqSpec,
  noDelay: noDelaySpec,
  deadline: deadlineSpec,
  precedence: precedenceSpec,
  serialize: serializeSpec,
  sync: syncSpec,
};

export const CONSTRAINT_KINDS = Object.keys(CONSTRAINTS) as ConstraintKind[];

/** The spec of a constraint's kind, typed for that constraint. */
export function specOf<C extends Constraint>(c: C): ConstraintSpec<C> {
  return CONSTRAINTS[c.kind] as unknown as ConstraintSpec<C>;
}

export function isContinuous(c: Constraint): boolean {
  return specOf(c).isContinuous(c);
}

/** btrpsl makes a constraint continuous unless written with `>>`, when the constraint supports it (spec §5.3). */
export function scriptDefaultContinuous(kind: ConstraintKind): boolean {
  return CONSTRAINTS[kind].modes !== 'discrete';
}

/** Whether `continuous` may be set to this value for this kind. */
export function supportsMode(kind: ConstraintKind, continuous: boolean): boolean {
  const m = CONSTRAINTS[kind].modes;
  return m === 'both' || (m === 'continuous') === continuous;
}

/**
 * Target state of each VM named by running/ready/sleeping/killed. A VM with two different targets has no
 * solution (spec §4.2): those are listed in `conflicts`.
 */
export function targetStates(instance: Instance): { targets: Map<VmId, VmState>; conflicts: VmId[] } {
  const targets = new Map<VmId, VmState>();
  const conflicts = new Set<VmId>();
  for (const c of instance.constraints) {
    const t = specOf(c).targetState?.(c);
    if (!t) continue;
    const prev = targets.get(t.vm);
    if (prev !== undefined && prev !== t.state) conflicts.add(t.vm);
    else targets.set(t.vm, t.state);
  }
  return { targets, conflicts: [...conflicts] };
}

/**
 * The resource view's misplaced VMs (spec §4.3): every running VM of a node whose future demands (allocations
 * after preserve) exceed its capacity × overbook ratio.
 */
export function resourceMisplacedVms(instance: Instance): VmId[] {
  const model = instance.model;
  const out: VmId[] = [];
  const byNode = runningByNode(model);
  const overbook = overbookTable(instance);
  for (const [rc, view] of model.resources) {
    const preserved = preservedAllocations(instance, rc);
    for (const [node, vms] of byNode) {
      const demand = vms.reduce((s, v) => s + futureAllocation(instance, v, rc, preserved), 0);
      if (demand > capacityOf(view, node) * (overbook(node, rc)?.ratio ?? 1)) out.push(...vms);
    }
  }
  return out;
}

/** Union of the constraints' misplaced VMs and the resource view's, in first-seen order (spec §4.2 step 2). */
export function misplacedVms(instance: Instance): VmId[] {
  const seen = new Set<VmId>();
  for (const c of instance.constraints) for (const v of specOf(c).misplacedVms(c, instance)) seen.add(v);
  for (const v of resourceMisplacedVms(instance)) seen.add(v);
  return [...seen];
}
