/**
 * What the plan checker returns. Violation codes:
 *
 * | code    | problem                                                                                   |
 * |---------|-------------------------------------------------------------------------------------------|
 * | PLAN001 | malformed times: start < 0, end < start, or not integers                                  |
 * | PLAN002 | an action's duration differs from the model's (attributes, duration rules, default 1)    |
 * | PLAN003 | an action names a VM, node or resource the model does not declare                         |
 * | PLAN004 | inapplicable action: the VM or node is not in the state or place the action needs (life cycle, spec §1.3, §3.3) |
 * | PLAN005 | a VM has more than one action (a VM moves or changes state at most once)                  |
 * | PLAN006 | a node has more than one action                                                           |
 * | PLAN007 | a VM arrives on a node that is not online then (offline, or its boot has not ended)       |
 * | PLAN008 | a node shuts down while a VM is, or will be, on it                                        |
 * | PLAN009 | a node's resource is overloaded at an instant (capacity × overbook ratio, rule of §3.3)   |
 * | PLAN010 | a malformed event (allocate of an unknown resource or VM, negative amount, bad substitution) |
 * | CSTR001 | a continuous constraint is violated by the source model                                   |
 * | CSTR002 | a constraint is violated by an action during the plan                                     |
 * | CSTR003 | a constraint is violated by the result model                                              |
 */
import type { Constraint } from '../constraints/index.ts';
import type { Model } from '../model/model.ts';
import type { Action } from '../plan/plan.ts';

export interface Violation {
  code: string;
  /** What is wrong, naming the elements. */
  message: string;
  /** When (seconds from the plan start): the action's start, the overload's first instant, or the plan end. */
  time: number;
  action?: Action;
  constraint?: Constraint;
}

export interface CheckResult {
  ok: boolean;
  violations: Violation[];
  /** The model after applying the plan, when every action applies. */
  result?: Model;
}

export interface CheckOptions {
  /** Compare each action's duration with the model's (default true). BtrPlace's checker does not; plans made
   * with durations this project cannot compute (network-aware migrations) need false. */
  durations?: boolean;
  /** Wall-clock moment the plan starts, for `hh:mm:ss` deadlines (default: now). */
  now?: Date;
}
