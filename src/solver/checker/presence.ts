/**
 * Where each VM is, over time, under the rule of spec §3.3: a VM holds its source node from 0 until its leaving
 * action ends (c-slice) and its destination from its arriving action's start until the end (d-slice); a
 * migrating VM holds both. A release at t can be reused by an acquisition at t: intervals are [from, to).
 * Sleeping images hold no resource, but keep their node from shutting down.
 */
import type { Model, NodeId, VmId } from '../model/model.ts';
import type { Action } from '../plan/plan.ts';
import { consumption } from './apply.ts';

export interface Presence {
  vm: VmId;
  node: NodeId;
  from: number;
  /** Exclusive; Infinity = until the end of the plan. */
  to: number;
  /** `run`: a running VM (uses resources); `image`: a sleeping VM's image. */
  kind: 'run' | 'image';
  /** The action that brings the VM there (undefined: already there at t = 0). */
  arrival?: Action;
}

/**
 * Base consumption of `rc` while there: none for an image; the current one for a c-slice (already there); for
 * a d-slice, the consumption after the arriving action's allocate events (PRE for boot/resume, POST for
 * migration; either is read). A function of the presence rather than a closure in each: a large instance has
 * tens of thousands of presences.
 */
export function baseAmount(origin: Model, p: Presence, rc: string): number {
  if (p.kind !== 'run') return 0;
  let x = consumption(origin, rc, p.vm);
  if (p.arrival) for (const e of [...p.arrival.pre, ...p.arrival.post]) if (e.kind === 'allocate' && e.vm === p.vm && e.rc === rc) x = e.amount;
  return x;
}

/**
 * Presences of every VM, from the origin and the VM's first transition action (`transitions`: VM -> its actions
 * other than allocations, in (start, end) order). A second transition is reported elsewhere (PLAN005) and ignored
 * here, except a boot following a forge (the re-instantiated VM of spec §3.3 consequence 4).
 */
export function presences(origin: Model, transitions: Map<VmId, Action[]>): Presence[] {
  const out: Presence[] = [];
  for (const [vm, state] of origin.vms) {
    const host = origin.host.get(vm);
    const acts = transitions.get(vm) ?? [];
    let a: Action | undefined = acts[0];
    if (a?.kind === 'forgeVM') a = acts.find((x) => x.kind === 'bootVM');
    const here = (to: number, kind: 'run' | 'image') => {
      if (host !== undefined) out.push({ vm, node: host, from: 0, to, kind });
    };
    const arrive = (node: NodeId, from: number, act: Action) =>
      out.push({ vm, node, from, to: Infinity, kind: 'run', arrival: act });
    if (state === 'running') {
      if (!a) here(Infinity, 'run');
      else if (a.kind === 'migrateVM') {
        here(a.end, 'run');
        arrive(a.to, a.start, a);
      } else if (a.kind === 'suspendVM') {
        here(a.end, 'run');
        out.push({ vm, node: a.to, from: a.end, to: Infinity, kind: 'image', arrival: a });
      } else if (a.kind === 'shutdownVM' || a.kind === 'killVM') here(a.end, 'run');
      else here(Infinity, 'run'); // an inapplicable action (reported elsewhere) leaves it in place
    } else if (state === 'sleeping') {
      if (!a) here(Infinity, 'image');
      else if (a.kind === 'resumeVM') {
        here(a.end, 'image');
        arrive(a.to, a.start, a);
      } else if (a.kind === 'killVM') here(a.end, 'image');
      else here(Infinity, 'image');
    } else if ((state === 'ready' || state === 'init') && a?.kind === 'bootVM') arrive(a.on, a.start, a);
  }
  return out;
}

/**
 * Allocation changes of a VM on a node: an increase applies from the action's start (acquired at start), a
 * decrease from its end (released at end).
 */
export interface AmountChange {
  at: number;
  amount: number;
}

/** `allocs`: the VM's allocate actions, in (start, end) order. */
export function amountChanges(allocs: readonly Action[], node: NodeId, rc: string, base: number): AmountChange[] {
  const out: AmountChange[] = [];
  let prev = base;
  for (const a of allocs) {
    if (a.kind !== 'allocate' || a.on !== node || a.rc !== rc) continue;
    out.push({ at: a.amount > prev ? a.start : a.end, amount: a.amount });
    prev = a.amount;
  }
  return out;
}
