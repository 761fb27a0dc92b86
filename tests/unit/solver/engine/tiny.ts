/**
 * Random tiny instances (≤ 3 nodes, ≤ 4 VMs, one resource) and an exhaustive reference for them: every final
 * placement, each with every order of its actions run one after another (sequential) or, for the optimum,
 * every semi-active schedule (each action starts at 0 or when another ends). Test-only code.
 */
import { emptyModel, consumptionOf, type NodeId, type VmId, type VmState } from '../../../../src/solver/model/model.ts';
import type { Instance } from '../../../../src/solver/model/instance.ts';
import type { Constraint } from '../../../../src/solver/constraints/index.ts';
import type { Action, Plan, PlanEvent } from '../../../../src/solver/plan/plan.ts';
import { nodeActionDuration, vmActionDuration } from '../../../../src/solver/plan/durations.ts';
import { checkPlan } from '../../../../src/solver/checker/index.ts';

/** mulberry32: a small deterministic generator, so a failing seed reproduces. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TinyOptions {
  maxNodes: number;
  maxVms: number;
  /** Constraint kinds to draw from. */
  kinds: Constraint['kind'][];
  maxConstraints: number;
}

export const PLACEMENT_KINDS: Constraint['kind'][] = [
  'running', 'ready', 'sleeping', 'killed', 'online', 'offline', 'ban', 'fence', 'spread', 'gather', 'among',
  'preserve', 'root', 'quarantine', 'overbook', 'resourceCapacity', 'split', 'lonely', 'runningCapacity', 'maxOnline',
  'seq', 'serialize', 'sync',
];

export function tinyInstance(seed: number, opts: TinyOptions): Instance {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const subset = <T>(xs: readonly T[]) => xs.filter(() => r() < 0.5);
  const model = emptyModel();
  const nNodes = int(1, opts.maxNodes);
  const nVms = int(0, opts.maxVms);
  const cpu = { id: 'cpu', defaultCapacity: 0, defaultConsumption: 0, capacity: new Map<NodeId, number>(), consumption: new Map<VmId, number>() };
  model.resources.set('cpu', cpu);
  const free = new Map<NodeId, number>();
  for (let n = 0; n < nNodes; n++) {
    const online = n === 0 || r() < 0.8;
    model.nodes.set(n, online ? 'online' : 'offline');
    cpu.capacity.set(n, int(1, 4));
    free.set(n, online ? cpu.capacity.get(n)! : 0);
    model.nodeAttributes.set(n, new Map([['boot', int(1, 3)], ['shutdown', int(1, 3)]]));
  }
  const online = [...model.nodes].filter(([, s]) => s === 'online').map(([n]) => n);
  for (let v = 0; v < nVms; v++) {
    const c = int(0, 2);
    cpu.consumption.set(v, c);
    let state: VmState = pick(['running', 'running', 'running', 'ready', 'ready', 'sleeping', 'init', 'killed'] as const);
    let host: NodeId | undefined;
    if (state === 'running') {
      const fits = online.filter((n) => free.get(n)! >= c);
      if (fits.length === 0) state = 'ready';
      else {
        host = pick(fits);
        free.set(host, free.get(host)! - c);
      }
    } else if (state === 'sleeping') host = pick(online);
    model.vms.set(v, state);
    if (host !== undefined) model.host.set(v, host);
    const attrs = new Map<string, number | string | boolean>([['migrate', int(1, 3)], ['boot', int(1, 3)], ['shutdown', int(1, 2)], ['resume', int(1, 2)]]);
    if (state === 'init') attrs.set('template', 'tiny');
    model.vmAttributes.set(v, attrs);
  }
  const vms = [...model.vms.keys()];
  const nodes = [...model.nodes.keys()];
  const constraints: Constraint[] = [];
  const nCons = vms.length === 0 ? 0 : int(0, opts.maxConstraints);
  for (let i = 0; i < nCons; i++) {
    const kind = pick(opts.kinds);
    const vm = pick(vms);
    const node = pick(nodes);
    const continuous = r() < 0.3;
    const someNodes = () => {
      const s = subset(nodes);
      return s.length > 0 ? s : [node];
    };
    const someVms = () => {
      const s = subset(vms);
      return s.length > 1 ? s : vms.slice(0, 2);
    };
    switch (kind) {
      case 'running': case 'ready': case 'sleeping': case 'killed': case 'root': case 'noDelay':
        constraints.push({ kind, vm }); break;
      case 'online': case 'offline': case 'quarantine':
        constraints.push({ kind, node }); break;
      case 'ban': case 'fence':
        constraints.push({ kind, vm, nodes: someNodes(), continuous }); break;
      case 'spread': case 'gather': case 'lonely':
        constraints.push({ kind, vms: someVms(), continuous }); break;
      case 'among': {
        const parts = nodes.length > 1 ? [nodes.slice(0, 1), nodes.slice(1)] : [nodes];
        constraints.push({ kind, vms: someVms(), parts, continuous }); break;
      }
      case 'preserve':
        constraints.push({ kind, vm, rc: 'cpu', amount: int(0, 3) }); break;
      case 'overbook':
        constraints.push({ kind, node, rc: 'cpu', ratio: pick([1, 1.5, 2]), continuous }); break;
      case 'resourceCapacity':
        constraints.push({ kind, nodes: r() < 0.5 ? [node] : someNodes(), rc: 'cpu', amount: int(0, 5), continuous }); break;
      case 'split': {
        const a = subset(vms);
        const b = vms.filter((x) => !a.includes(x));
        if (a.length > 0 && b.length > 0) constraints.push({ kind, parts: [a, b], continuous });
        break;
      }
      case 'runningCapacity':
        constraints.push({ kind, nodes: someNodes(), amount: int(0, 3) }); break;
      case 'maxOnline':
        constraints.push({ kind, nodes: someNodes(), amount: int(0, 2), continuous }); break;
      case 'seq': case 'serialize': case 'sync':
        constraints.push({ kind, vms: someVms() }); break;
      case 'precedence':
        if (vms.length > 1) constraints.push({ kind, vm1: vms[0]!, vm2: vms[1]! });
        break;
      default:
        break;
    }
  }
  return { model, constraints, objective: { kind: 'minimizeMTTR' } };
}

/**
 * A random instance of the old online demo's size (≤ 8 nodes, ≤ 20 VMs, spec §7.2): every node online, one
 * resource, running VMs packed where they fit, ready VMs to start, bans and fences forcing moves, spreads.
 * The class the MIP reference (mip.ts) models exactly.
 */
export function demoInstance(seed: number): Instance {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const model = emptyModel();
  const cpu = { id: 'cpu', defaultCapacity: 0, defaultConsumption: 0, capacity: new Map<NodeId, number>(), consumption: new Map<VmId, number>() };
  model.resources.set('cpu', cpu);
  const nNodes = int(2, 8);
  const free: number[] = [];
  for (let n = 0; n < nNodes; n++) {
    model.nodes.set(n, 'online');
    cpu.capacity.set(n, int(4, 10));
    free.push(cpu.capacity.get(n)!);
  }
  const nVms = int(4, 20);
  const constraints: Constraint[] = [];
  for (let v = 0; v < nVms; v++) {
    const c = int(1, 4);
    cpu.consumption.set(v, c);
    const fits = [...free.keys()].filter((n) => free[n]! >= c);
    if (r() < 0.8 && fits.length > 0) {
      const h = fits[int(0, fits.length - 1)]!;
      free[h]! -= c;
      model.vms.set(v, 'running');
      model.host.set(v, h);
      if (r() < 0.25) constraints.push({ kind: 'ban', vm: v, nodes: [h], continuous: false });
      else if (r() < 0.1) constraints.push({ kind: 'fence', vm: v, nodes: [int(0, nNodes - 1), int(0, nNodes - 1)], continuous: false });
    } else {
      model.vms.set(v, 'ready');
      constraints.push({ kind: 'running', vm: v });
    }
    model.vmAttributes.set(v, new Map([['migrate', int(1, 3)], ['boot', int(1, 3)]]));
  }
  if (nVms >= 3 && r() < 0.5) constraints.push({ kind: 'spread', vms: [0, 1, 2], continuous: false });
  return { model, constraints, objective: { kind: 'minimizeMTTR' } };
}

/** Final state of each VM: its state constraint, else its current state. Undefined if two disagree. */
function targets(instance: Instance): Map<VmId, VmState> | undefined {
  const t = new Map<VmId, VmState>();
  for (const c of instance.constraints) {
    if (c.kind !== 'running' && c.kind !== 'ready' && c.kind !== 'sleeping' && c.kind !== 'killed') continue;
    if (t.has(c.vm) && t.get(c.vm) !== c.kind) return undefined;
    t.set(c.vm, c.kind);
  }
  for (const [vm, s] of instance.model.vms) if (!t.has(vm)) t.set(vm, s);
  return t;
}

interface Step {
  action: Action;
  duration: number;
}

/** The actions that lead to a final placement, or undefined when the placement has no life-cycle path. */
function stepsFor(instance: Instance, dest: Map<VmId, NodeId>, target: Map<VmId, VmState>): Step[] | undefined {
  const { model } = instance;
  const rules = instance.durations;
  const cpu = model.resources.get('cpu')!;
  const preserved = new Map<VmId, number>();
  for (const c of instance.constraints) if (c.kind === 'preserve') preserved.set(c.vm, Math.max(preserved.get(c.vm) ?? 0, c.amount));
  const allocEvents = (vm: VmId): PlanEvent[] => {
    const a = preserved.get(vm);
    return a !== undefined && a !== consumptionOf(cpu, vm) ? [{ kind: 'allocate', vm, rc: 'cpu', amount: a }] : [];
  };
  const steps: Step[] = [];
  const add = (action: Omit<Action, 'start' | 'end' | 'pre' | 'post'> & Partial<Action>, duration: number) =>
    steps.push({ action: { pre: [], post: [], start: 0, end: 0, ...action } as Action, duration });
  const finalOn = new Map(model.nodes);
  for (const c of instance.constraints) if (c.kind === 'online' || c.kind === 'offline') finalOn.set(c.node, c.kind);
  for (const n of dest.values()) {
    if (finalOn.get(n) === 'offline' && [...instance.constraints].some((c) => c.kind === 'offline' && c.node === n)) return undefined;
    finalOn.set(n, 'online');
  }
  for (const [n, s] of model.nodes) {
    if (s === 'offline' && finalOn.get(n) === 'online') add({ kind: 'bootNode', node: n }, nodeActionDuration(model, 'bootNode', n, rules));
  }
  for (const [vm, s] of model.vms) {
    const t = target.get(vm)!;
    const host = model.host.get(vm);
    if (t === 'running') {
      const to = dest.get(vm)!;
      if (s === 'running') {
        if (to !== host) add({ kind: 'migrateVM', vm, from: host!, to, post: allocEvents(vm) }, vmActionDuration(model, 'migrateVM', vm, rules));
        else for (const e of allocEvents(vm)) if (e.kind === 'allocate') add({ kind: 'allocate', vm, on: to, rc: 'cpu', amount: e.amount }, 0);
      } else if (s === 'ready') add({ kind: 'bootVM', vm, on: to, pre: allocEvents(vm) }, vmActionDuration(model, 'bootVM', vm, rules));
      else if (s === 'sleeping') add({ kind: 'resumeVM', vm, from: host!, to, pre: allocEvents(vm) }, vmActionDuration(model, 'resumeVM', vm, rules));
      else return undefined;
    } else if (t !== s) {
      if (t === 'killed') add({ kind: 'killVM', vm, on: host ?? null }, vmActionDuration(model, 'killVM', vm, rules));
      else if (s === 'running' && t === 'ready') add({ kind: 'shutdownVM', vm, on: host! }, vmActionDuration(model, 'shutdownVM', vm, rules));
      else if (s === 'running' && t === 'sleeping') add({ kind: 'suspendVM', vm, from: host!, to: host! }, vmActionDuration(model, 'suspendVM', vm, rules));
      else if (s === 'init' && t === 'ready') add({ kind: 'forgeVM', vm }, vmActionDuration(model, 'forgeVM', vm, rules));
      else return undefined;
    }
  }
  for (const [n, s] of model.nodes) {
    if (s === 'online' && finalOn.get(n) === 'offline') add({ kind: 'shutdownNode', node: n }, nodeActionDuration(model, 'shutdownNode', n, rules));
  }
  return steps;
}

function* placements(instance: Instance, target: Map<VmId, VmState>): Generator<Map<VmId, NodeId>> {
  const movers = [...target].filter(([, t]) => t === 'running').map(([vm]) => vm);
  const nodes = [...instance.model.nodes.keys()];
  const dest = new Map<VmId, NodeId>();
  function* rec(i: number): Generator<Map<VmId, NodeId>> {
    if (i === movers.length) {
      yield new Map(dest);
      return;
    }
    for (const n of nodes) {
      dest.set(movers[i]!, n);
      yield* rec(i + 1);
    }
  }
  yield* rec(0);
}

function* permutations<T>(xs: T[]): Generator<T[]> {
  if (xs.length <= 1) {
    yield xs;
    return;
  }
  for (let i = 0; i < xs.length; i++) {
    const rest = [...xs.slice(0, i), ...xs.slice(i + 1)];
    for (const p of permutations(rest)) yield [xs[i]!, ...p];
  }
}

const planOf = (instance: Instance, steps: Step[], starts: number[]): Plan => ({
  origin: instance.model,
  actions: steps.map((s, i) => ({ ...s.action, start: starts[i]!, end: starts[i]! + s.duration })),
});

/** Some valid plan found by trying every placement with every sequential order, or undefined. */
export function exhaustiveSomePlan(instance: Instance): Plan | undefined {
  const target = targets(instance);
  if (!target) return undefined;
  for (const dest of placements(instance, target)) {
    const steps = stepsFor(instance, dest, target);
    if (!steps) continue;
    for (const order of permutations(steps.map((_, i) => i))) {
      const starts = new Array<number>(steps.length);
      let t = 0;
      for (const i of order) {
        starts[i] = t;
        t += steps[i]!.duration;
      }
      const plan = planOf(instance, steps, starts);
      if (checkPlan(instance, plan).ok) return plan;
    }
  }
  return undefined;
}

/**
 * The least sum of action ends over every placement and every semi-active schedule (each action starts at 0
 * or at the end of an action placed before it in some order), or undefined when none is valid. Exponential:
 * for instances with at most 4 actions.
 */
export function exhaustiveOptimum(instance: Instance): number | undefined {
  const target = targets(instance);
  if (!target) return undefined;
  let best: number | undefined;
  for (const dest of placements(instance, target)) {
    const steps = stepsFor(instance, dest, target);
    if (!steps) continue;
    if (steps.length === 0) {
      if (checkPlan(instance, planOf(instance, steps, [])).ok) return 0;
      continue;
    }
    for (const order of permutations(steps.map((_, i) => i))) {
      const starts = new Array<number>(steps.length).fill(0);
      const rec = (k: number): void => {
        if (k === order.length) {
          const sum = steps.reduce((s, st, i) => s + starts[i]! + st.duration, 0);
          if (best !== undefined && sum >= best) return;
          if (checkPlan(instance, planOf(instance, steps, starts)).ok) best = sum;
          return;
        }
        const i = order[k]!;
        const choices = new Set([0, ...order.slice(0, k).map((j) => starts[j]! + steps[j]!.duration)]);
        for (const c of choices) {
          starts[i] = c;
          rec(k + 1);
        }
      };
      rec(0);
    }
  }
  return best;
}
