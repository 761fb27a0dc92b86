/**
 * Tiny models for solver tests, written the way the spec's cases are: `build({ nodes: {N0: 'online'}, ... })`.
 * Names become ids in declaration order (N0 -> node 0, VM0 -> vm 0) and are registered as element names, so
 * messages read like the spec.
 */
import { emptyModel, type Model, type NodeState, type VmState } from '../../../src/solver/model/model.ts';
import type { Instance, Objective } from '../../../src/solver/model/instance.ts';
import type { Constraint } from '../../../src/solver/constraints/index.ts';
import type { Action, Plan, PlanEvent } from '../../../src/solver/plan/plan.ts';

export interface ModelSpec {
  /** Node name -> state. */
  nodes: Record<string, NodeState>;
  /** VM name -> state, with `@Node` for running/sleeping ones: `'running@N0'`, `'sleeping@N1'`, `'ready'`. */
  vms?: Record<string, string>;
  /** Resource id -> capacity (default) and per-element values by name. */
  resources?: Record<string, { capacity?: number; consumption?: number; nodes?: Record<string, number>; vms?: Record<string, number> }>;
  /** Element name -> attributes. */
  attributes?: Record<string, Record<string, number | boolean | string>>;
}

export interface Built {
  model: Model;
  /** Node id by name. */
  n: Record<string, number>;
  /** VM id by name. */
  v: Record<string, number>;
}

export function build(spec: ModelSpec): Built {
  const model = emptyModel();
  const n: Record<string, number> = {};
  const v: Record<string, number> = {};
  Object.entries(spec.nodes).forEach(([name, state], i) => {
    n[name] = i;
    model.nodes.set(i, state);
    model.nodeNames.set(i, name);
  });
  Object.entries(spec.vms ?? {}).forEach(([name, where], i) => {
    v[name] = i;
    const [state, host] = where.split('@');
    model.vms.set(i, state as VmState);
    model.vmNames.set(i, name);
    if (host !== undefined) {
      if (!(host in n)) throw new Error(`test helper: unknown node ${host}`);
      model.host.set(i, n[host]);
    }
  });
  for (const [rc, r] of Object.entries(spec.resources ?? {})) {
    model.resources.set(rc, {
      id: rc,
      defaultCapacity: r.capacity ?? 0,
      defaultConsumption: r.consumption ?? 0,
      capacity: new Map(Object.entries(r.nodes ?? {}).map(([k, x]) => [n[k], x])),
      consumption: new Map(Object.entries(r.vms ?? {}).map(([k, x]) => [v[k], x])),
    });
  }
  for (const [name, attrs] of Object.entries(spec.attributes ?? {})) {
    const target = name in v ? model.vmAttributes : model.nodeAttributes;
    const id = name in v ? v[name] : n[name];
    target.set(id, new Map(Object.entries(attrs)));
  }
  return { model, n, v };
}

export function instance(model: Model, constraints: Constraint[] = [], objective: Objective = { kind: 'minimizeMTTR' }): Instance {
  return { model, constraints, objective };
}

type Dist<T> = T extends unknown ? Omit<T, 'pre' | 'post'> & { pre?: PlanEvent[]; post?: PlanEvent[] } : never;
/** An action as tests write it: hooks optional. */
export type ActionInput = Dist<Action>;
/** An action without its times, for helpers that add them. */
export type Untimed = ActionInput extends infer A ? (A extends unknown ? Omit<A, 'start' | 'end'> : never) : never;

/** An action with empty hooks unless given. */
export function act(a: ActionInput): Action {
  return { pre: [], post: [], ...a } as Action;
}

/** An action over [start, end] (end defaults to start + 1). */
export function timed(a: Untimed, start = 0, end = start + 1): Action {
  return act({ ...a, start, end } as ActionInput);
}

export function plan(model: Model, actions: Action[]): Plan {
  return { origin: model, actions };
}
