/**
 * The plan checker (spec §3.4bis): replays a timed plan on its origin and reports every violation — of the
 * model's rules (times, durations, life cycle, node power, resources at every instant; rules.ts) and of the
 * instance's constraints (continuous ones at every instant, all of them on the result; replay.ts). It is
 * independent of the engine and is the ground truth of every engine test.
 */
import type { Instance } from '../model/instance.ts';
import type { NodeId } from '../model/model.ts';
import { sortedActions, type Plan } from '../plan/plan.ts';
import { presences, type Presence } from './presence.ts';
import { profile, type Profile } from './resources.ts';
import { applyAll, checkNodePower, checkResources, checkShapes, groupActions, substitutions } from './rules.ts';
import { replayConstraints } from './replay.ts';
import type { CheckOptions, CheckResult, Violation } from './types.ts';

/**
 * Checks `plan` against `instance`: replays it from `plan.origin` (normally `instance.model`) and returns every
 * violation, in phase order (actions, application, power, resources, constraints). Never throws on bad input.
 */
export function checkPlan(instance: Instance, plan: Plan, options: CheckOptions = {}): CheckResult {
  const m = plan.origin;
  const out: Violation[] = [];
  const actions = checkShapes(instance, m, sortedActions(plan), options, out);
  const subs = substitutions(actions);
  const { transitions, allocs, nodeActs } = groupActions(m, actions, subs, out);
  const { result, applicable } = applyAll(m, actions, out);
  const byNode = new Map<NodeId, Presence[]>();
  for (const p of presences(m, transitions)) {
    const list = byNode.get(p.node);
    if (list) list.push(p);
    else byNode.set(p.node, [p]);
  }
  checkNodePower(m, byNode, nodeActs, out);
  // Per resource, then per node: no key string to build and hash for each of the N × R profiles.
  const cache = new Map<string, Map<NodeId, Profile>>();
  const profiles = (n: NodeId, rc: string): Profile => {
    let ofRc = cache.get(rc);
    if (!ofRc) cache.set(rc, (ofRc = new Map()));
    let p = ofRc.get(n);
    if (!p) ofRc.set(n, (p = profile(m, byNode.get(n) ?? [], allocs, n, rc)));
    return p;
  };
  checkResources(instance, m, profiles, byNode, allocs, out);
  replayConstraints(instance, m, actions, subs, profiles, result, options.now ?? new Date(), out);
  return applicable ? { ok: out.length === 0, violations: out, result } : { ok: false, violations: out };
}
