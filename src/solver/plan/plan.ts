/**
 * A timed reconfiguration plan (spec §3.1): actions with integer start and end times (seconds), each with
 * optional events hooked before (`pre`) or after (`post`) it. Kinds use BtrPlace's JSON action ids.
 */
import type { Model, NodeId, VmId } from '../model/model.ts';

export type PlanEvent =
  | { kind: 'allocate'; vm: VmId; rc: string; amount: number }
  | { kind: 'substitutedVM'; vm: VmId; newVm: VmId };

interface Timed {
  start: number;
  end: number;
  pre: PlanEvent[];
  post: PlanEvent[];
}

export type Action = Timed &
  (
    | { kind: 'migrateVM'; vm: VmId; from: NodeId; to: NodeId; bw?: number }
    | { kind: 'bootVM'; vm: VmId; on: NodeId }
    | { kind: 'shutdownVM'; vm: VmId; on: NodeId }
    | { kind: 'suspendVM'; vm: VmId; from: NodeId; to: NodeId }
    | { kind: 'resumeVM'; vm: VmId; from: NodeId; to: NodeId }
    | { kind: 'killVM'; vm: VmId; on: NodeId | null }
    | { kind: 'forgeVM'; vm: VmId }
    | { kind: 'bootNode'; node: NodeId }
    | { kind: 'shutdownNode'; node: NodeId }
    | { kind: 'allocate'; vm: VmId; on: NodeId; rc: string; amount: number }
  );

export type ActionKind = Action['kind'];

export interface Plan {
  /** The model the plan starts from. */
  origin: Model;
  actions: Action[];
}

/** Plan duration: the latest action end (0 for an empty plan). */
export function planDuration(plan: Plan): number {
  let end = 0;
  for (const a of plan.actions) if (a.end > end) end = a.end;
  return end;
}

/** Sum over every action of its end time (the figure BtrPlace's benchmark reports). */
export function sumOfEnds(plan: Plan): number {
  let sum = 0;
  for (const a of plan.actions) sum += a.end;
  return sum;
}

/** Actions sorted by (start, end), the order BtrPlace prints and applies them in. Stable. */
export function sortedActions(plan: Plan): Action[] {
  return [...plan.actions].sort((a, b) => a.start - b.start || a.end - b.end);
}
