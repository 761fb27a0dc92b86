/**
 * Resource usage of every node over time (spec §3.3): Σ of the c-slices not yet ended and the d-slices already
 * started, each with its amount (allocation changes applied at their instant). Usage is piecewise constant, so a
 * sorted list of breakpoints describes it exactly.
 */
import type { Model, NodeId, VmId } from '../model/model.ts';
import type { Action } from '../plan/plan.ts';
import { amountChanges, baseAmount, type Presence } from './presence.ts';

/** Breakpoints: `usage[i]` holds on [times[i], times[i+1]). Before times[0] the usage is 0. */
export interface Profile {
  times: number[];
  usage: number[];
}

/** `origin`: the plan's origin; `presences`: those of the node; `allocs`: allocate actions per VM, in (start, end) order. */
export function profile(origin: Model, presences: readonly Presence[], allocs: ReadonlyMap<VmId, Action[]>, node: NodeId, rc: string): Profile {
  const delta = new Map<number, number>();
  const add = (t: number, d: number) => {
    if (Number.isFinite(t)) delta.set(t, (delta.get(t) ?? 0) + d);
  };
  for (const p of presences) {
    if (p.node !== node || p.kind !== 'run' || p.to <= p.from) continue;
    let start = p.from;
    let amount = baseAmount(origin, p, rc);
    for (const ch of amountChanges(allocs.get(p.vm) ?? [], node, rc, amount)) {
      const at = Math.min(Math.max(ch.at, p.from), p.to);
      add(start, amount);
      add(at, -amount);
      start = at;
      amount = ch.amount;
    }
    add(start, amount);
    add(p.to, -amount);
  }
  const times = [...delta.keys()].sort((a, b) => a - b);
  const usage: number[] = [];
  let sum = 0;
  for (const t of times) usage.push((sum += delta.get(t) ?? 0));
  return { times, usage };
}

/** Usage at instant t. */
export function usageAt(p: Profile, t: number): number {
  let lo = 0;
  let hi = p.times.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p.times[mid] <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? 0 : p.usage[found];
}

/** Start of each episode where usage exceeds `cap`, with the usage then. */
export function overloads(p: Profile, cap: number): { time: number; usage: number }[] {
  const out: { time: number; usage: number }[] = [];
  let over = false;
  p.times.forEach((t, i) => {
    const now = p.usage[i] > cap;
    if (now && !over) out.push({ time: t, usage: p.usage[i] });
    over = now;
  });
  return out;
}
