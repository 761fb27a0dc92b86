/**
 * Relocation by re-instantiation (spec §1.5 `clone` + `template`, §3.3 consequence 4): instead of migrating a
 * running VM, forge a clone from its template, boot the clone on the destination (its PRE event `substitutedVM`
 * swaps the identities) and shut the original down on the source.
 *
 * Timing and resources follow BtrPlace's RelocatableVM: the forge ends when the boot starts (so the boot starts
 * at the forge duration at the earliest), the clone takes the destination from its boot's start, the original
 * keeps its source until its shutdown ends, and the shutdown starts when the boot ends. The engine therefore
 * schedules the relocation like a migration lasting `boot + shutdown` that cannot start before `forge`.
 */
import type { Instance } from '../model/instance.ts';
import type { Model, VmId } from '../model/model.ts';
import type { Action, PlanEvent } from '../plan/plan.ts';

export interface RelocationDurations {
  migrate: number;
  boot: number;
  shutdown: number;
}

/**
 * VMs whose relocation must stay a migration whatever their attributes: noDelay (a re-instantiation cannot start
 * at 0, its forge comes first) and the constraints stated on migrations (seq, serialize, sync, precedence,
 * deadline). The choice is made before the search: a re-instantiation that made such a constraint fail where a
 * migration would not would turn into a false "no solution".
 */
export function migrationOnlyVms(instance: Instance): Set<VmId> {
  const out = new Set<VmId>();
  for (const c of instance.constraints) {
    if (c.kind === 'noDelay' || c.kind === 'deadline') out.add(c.vm);
    else if (c.kind === 'precedence') out.add(c.vm1).add(c.vm2);
    else if (c.kind === 'seq' || c.kind === 'serialize' || c.kind === 'sync') for (const v of c.vms) out.add(v);
  }
  return out;
}

/**
 * Whether `vm`, if it moves, is re-instantiated: it has `clone=true` and a `template`, and its relocation by
 * re-instantiation (boot + shutdown, BtrPlace's reInstantiateDuration) is no longer than the migration (ties →
 * re-instantiation, spec §3.3 consequence 4).
 */
export function reinstantiates(model: Model, vm: VmId, d: RelocationDurations): boolean {
  const attrs = model.vmAttributes.get(vm);
  if (attrs?.get('clone') !== true || attrs.get('template') === undefined) return false;
  return d.boot + d.shutdown <= d.migrate;
}

/**
 * The plan's origin with one `init` clone per re-instantiated VM, ids allocated after the model's largest VM id in
 * VM declaration order (deterministic). A clone copies its original's attributes (so its durations are the same)
 * and its current consumptions (its allocation, if different, comes as PRE `allocate` events of its boot).
 */
export function withClones(model: Model, originals: VmId[]): { origin: Model; cloneOf: Map<VmId, VmId> } {
  const cloneOf = new Map<VmId, VmId>();
  if (originals.length === 0) return { origin: model, cloneOf };
  let next = 0;
  for (const v of model.vms.keys()) if (v >= next) next = v + 1;
  const origin: Model = {
    ...model,
    vms: new Map(model.vms),
    vmAttributes: new Map(model.vmAttributes),
    resources: new Map([...model.resources].map(([id, rc]) => [id, { ...rc, consumption: new Map(rc.consumption) }])),
  };
  for (const v of originals) {
    const c = next++;
    cloneOf.set(v, c);
    origin.vms.set(c, 'init');
    const attrs = model.vmAttributes.get(v);
    if (attrs) origin.vmAttributes.set(c, new Map(attrs));
    for (const rc of origin.resources.values()) rc.consumption.set(c, rc.consumption.get(v) ?? rc.defaultConsumption);
  }
  return { origin, cloneOf };
}

/** forge(clone), boot(clone, to) with PRE substitutedVM then the allocation changes, shutdown(vm, from). */
export function reinstantiationActions(
  vm: VmId, clone: VmId, from: number, to: number, start: number, end: number, d: { forge: number; boot: number }, changes: PlanEvent[],
): Action[] {
  const booted = start + d.boot;
  return [
    { kind: 'forgeVM', vm: clone, start: start - d.forge, end: start, pre: [], post: [] },
    {
      kind: 'bootVM', vm: clone, on: to, start, end: booted, post: [],
      pre: [{ kind: 'substitutedVM', vm, newVm: clone }, ...changes.map((e) => (e.kind === 'allocate' ? { ...e, vm: clone } : e))],
    },
    { kind: 'shutdownVM', vm, on: from, start: booted, end, pre: [], post: [] },
  ];
}
