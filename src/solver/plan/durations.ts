/**
 * Action durations (spec §3.2). BtrPlace reads, for each action kind, an attribute of the element (`migrate`,
 * `boot`, ...) and falls back to 1 second. It also allows a duration linear in a resource, `round(a × x + b)`,
 * where x is the VM's consumption (or the node's capacity) of that resource.
 *
 * Precedence here: an explicit attribute on the element wins (it is the most specific statement), then the
 * instance's linear rule for that kind, then 1. The engine and the checker call the same functions, so a plan
 * the engine builds has exactly the durations the checker expects.
 */
import type { Action, ActionKind } from './plan.ts';
import { capacityOf, consumptionOf, type Model, type NodeId, type VmId } from '../model/model.ts';

export type VmActionKind = Exclude<ActionKind, 'bootNode' | 'shutdownNode'>;
export type NodeActionKind = 'bootNode' | 'shutdownNode';

/** The attribute that overrides each action kind's duration (spec §1.5). */
export const DURATION_ATTRIBUTE: Readonly<Record<ActionKind, string>> = {
  migrateVM: 'migrate',
  bootVM: 'boot',
  shutdownVM: 'shutdown',
  suspendVM: 'suspend',
  resumeVM: 'resume',
  forgeVM: 'forge',
  killVM: 'kill',
  allocate: 'allocate',
  bootNode: 'boot',
  shutdownNode: 'shutdown',
};

/** `round(a × x + b)`, x = consumption (VM actions) or capacity (node actions) of resource `rc`. */
export interface LinearDuration {
  rc: string;
  a: number;
  /** BtrPlace requires b ≥ 0. */
  b: number;
}

/** Per action kind, an optional linear rule; kinds without one use the attribute or 1. */
export type DurationRules = Partial<Record<ActionKind, LinearDuration>>;

export const DEFAULT_DURATION = 1;

function attributeDuration(attrs: Map<string, unknown> | undefined, kind: ActionKind): number | undefined {
  const v = attrs?.get(DURATION_ATTRIBUTE[kind]);
  return typeof v === 'number' ? v : undefined;
}

function linear(rule: LinearDuration, x: number): number {
  return Math.round(rule.a * x + rule.b);
}

/** Duration of a VM action of `kind` for `vm`. May be ≤ 0 if the model says so: validation reports that. */
export function vmActionDuration(model: Model, kind: VmActionKind, vm: VmId, rules?: DurationRules): number {
  const fromAttr = attributeDuration(model.vmAttributes.get(vm), kind);
  if (fromAttr !== undefined) return fromAttr;
  const rule = rules?.[kind];
  const rc = rule ? model.resources.get(rule.rc) : undefined;
  if (rule && rc) return linear(rule, consumptionOf(rc, vm));
  return DEFAULT_DURATION;
}

/** Duration of a node action (`bootNode`, `shutdownNode`) for `node`. */
export function nodeActionDuration(model: Model, kind: NodeActionKind, node: NodeId, rules?: DurationRules): number {
  const fromAttr = attributeDuration(model.nodeAttributes.get(node), kind);
  if (fromAttr !== undefined) return fromAttr;
  const rule = rules?.[kind];
  const rc = rule ? model.resources.get(rule.rc) : undefined;
  if (rule && rc) return linear(rule, capacityOf(rc, node));
  return DEFAULT_DURATION;
}

/**
 * The duration the model gives to this action, or undefined for an `allocate` action: BtrPlace schedules a
 * staying VM's allocation change as an instantaneous action (start = end), whatever the `allocate` duration.
 */
export function expectedDuration(model: Model, action: Action, rules?: DurationRules): number | undefined {
  switch (action.kind) {
    case 'allocate':
      return undefined;
    case 'bootNode':
    case 'shutdownNode':
      return nodeActionDuration(model, action.kind, action.node, rules);
    default:
      return vmActionDuration(model, action.kind, action.vm, rules);
  }
}
