/**
 * One engine encoder per constraint, named like the constraint modules and registered in ENCODERS (the single
 * place to look when adding a constraint). An encoder either folds its constraint into the per-element arrays
 * (targets, capacities, allocations, fixed hosts, flags), appends a pool record for the wasm search, records an
 * early conflict (a continuous constraint violated at the start, spec §2.1), or declares itself unsupported.
 */
import type { Instance } from '../model/instance.ts';
import { consumptionOf, type NodeId, type VmId, type VmState } from '../model/model.ts';
import type { Constraint, ConstraintKind, ConstraintOf } from '../constraints/index.ts';
import { deadlineSeconds } from '../constraints/deadline.ts';
import { MAX_LONELY, REC } from './layout.ts';

export interface EncodeContext {
  instance: Instance;
  nodeIndex: Map<NodeId, number>;
  vmIndex: Map<VmId, number>;
  rcIndex: Map<string, number>;
  R: number;
  now: Date;
  vmTarget: Map<VmId, VmState>;
  vmTargetBy: Map<VmId, Constraint[]>;
  nodeTarget: Map<NodeId, 'online' | 'offline'>;
  nodeTargetBy: Map<NodeId, Constraint[]>;
  /** VMs that must end on a given node (root, quarantine). */
  fixed: Map<VmId, NodeId>;
  noDelay: Set<VmId>;
  /** Future allocation per [vm index × R + rc index] (max of the preserves), -1 = none. */
  preserve: Float64Array;
  /** Smallest overbook ratio per [node index × R + rc index], Infinity = none. */
  ratio: Float64Array;
  /** Smallest single-node resourceCapacity amount per [node index × R + rc index], Infinity = none. */
  capLimit: Float64Array;
  /** The same, for continuous resourceCapacity only: the limit at every instant of the schedule. */
  capLimitSched: Float64Array;
  pool: number[];
  unsupported: Constraint[];
  lonelyCount: number;
  /** maxOnline constraints, resolved after every node target is known (encode.ts). */
  maxOnline: ConstraintOf<'maxOnline'>[];
  /** Set when the encoder chose something a complete search would branch on (nodes to power off for maxOnline):
   * a refuted search then proves nothing. */
  heuristic: boolean;
  conflict?: { message: string; constraints: Constraint[]; vms: VmId[]; nodes: NodeId[] } | undefined;
}

type Encoder<K extends ConstraintKind> = (c: ConstraintOf<K>, ctx: EncodeContext) => void;

const host = (ctx: EncodeContext, vm: VmId) => (ctx.instance.model.vms.get(vm) === 'running' ? ctx.instance.model.host.get(vm) : undefined);
const vmIdx = (ctx: EncodeContext, vm: VmId) => ctx.vmIndex.get(vm)!;
const nodeIdx = (ctx: EncodeContext, n: NodeId) => ctx.nodeIndex.get(n)!;

function record(ctx: EncodeContext, kind: number, payload: number[]): void {
  ctx.pool.push(kind, payload.length, ...payload);
}

function conflict(ctx: EncodeContext, c: Constraint, message: string, vms: VmId[] = [], nodes: NodeId[] = []): void {
  ctx.conflict ??= { message, constraints: [c], vms, nodes };
}

function unsupported(c: Constraint, ctx: EncodeContext): void {
  ctx.unsupported.push(c);
}

function target(vm: VmId, state: VmState, c: Constraint, ctx: EncodeContext): void {
  const prev = ctx.vmTarget.get(vm);
  ctx.vmTargetBy.set(vm, [...(ctx.vmTargetBy.get(vm) ?? []), c]);
  if (prev !== undefined && prev !== state) {
    ctx.conflict ??= { message: `VM ${vm} cannot end both ${prev} and ${state}`, constraints: ctx.vmTargetBy.get(vm)!, vms: [vm], nodes: [] };
    return;
  }
  ctx.vmTarget.set(vm, state);
}

function nodeState(node: NodeId, state: 'online' | 'offline', c: Constraint, ctx: EncodeContext): void {
  const prev = ctx.nodeTarget.get(node);
  ctx.nodeTargetBy.set(node, [...(ctx.nodeTargetBy.get(node) ?? []), c]);
  if (prev !== undefined && prev !== state) {
    ctx.conflict ??= { message: `node ${node} cannot end both ${prev} and ${state}`, constraints: ctx.nodeTargetBy.get(node)!, vms: [], nodes: [node] };
    return;
  }
  ctx.nodeTarget.set(node, state);
}

function fix(vm: VmId, node: NodeId, c: Constraint, ctx: EncodeContext): void {
  const prev = ctx.fixed.get(vm);
  if (prev !== undefined && prev !== node) conflict(ctx, c, `VM ${vm} cannot stay on both node ${prev} and node ${node}`, [vm], [prev, node]);
  ctx.fixed.set(vm, node);
}

/** Running members currently on distinct hosts / parts: a continuous constraint already violated. */
function runningHosts(ctx: EncodeContext, vms: VmId[]): NodeId[] {
  const out: NodeId[] = [];
  for (const v of vms) {
    const h = host(ctx, v);
    if (h !== undefined) out.push(h);
  }
  return out;
}

const spread: Encoder<'spread'> = (c, ctx) => {
  if (c.continuous) {
    const hosts = runningHosts(ctx, c.vms);
    if (new Set(hosts).size !== hosts.length) return conflict(ctx, c, 'continuous spread is violated at the start: two of its VMs share a node', c.vms);
  }
  record(ctx, REC.spread, [c.continuous ? 1 : 0, ...c.vms.map((v) => vmIdx(ctx, v))]);
};

const gather: Encoder<'gather'> = (c, ctx) => {
  if (c.continuous && new Set(runningHosts(ctx, c.vms)).size > 1) {
    return conflict(ctx, c, 'continuous gather is violated at the start: its running VMs are on different nodes', c.vms);
  }
  record(ctx, REC.gather, [c.continuous ? 1 : 0, ...c.vms.map((v) => vmIdx(ctx, v))]);
};

const among: Encoder<'among'> = (c, ctx) => {
  if (c.continuous) {
    const partOf = new Map<NodeId, number>();
    c.parts.forEach((p, i) => p.forEach((n) => partOf.set(n, i)));
    const parts = runningHosts(ctx, c.vms).map((h) => partOf.get(h) ?? -1);
    if (parts.includes(-1) || new Set(parts).size > 1) {
      return conflict(ctx, c, 'continuous among is violated at the start: its running VMs are not inside one group', c.vms);
    }
  }
  const payload = [c.continuous ? 1 : 0, c.vms.length, ...c.vms.map((v) => vmIdx(ctx, v)), c.parts.length];
  for (const p of c.parts) payload.push(p.length, ...p.map((n) => nodeIdx(ctx, n)));
  record(ctx, REC.among, payload);
};

const ban: Encoder<'ban'> = (c, ctx) => {
  const h = host(ctx, c.vm);
  if (c.continuous && h !== undefined && c.nodes.includes(h)) {
    return conflict(ctx, c, `continuous ban is violated at the start: VM ${c.vm} runs on banned node ${h}`, [c.vm], [h]);
  }
  record(ctx, REC.ban, [vmIdx(ctx, c.vm), ...c.nodes.map((n) => nodeIdx(ctx, n))]);
};

const fence: Encoder<'fence'> = (c, ctx) => {
  const h = host(ctx, c.vm);
  if (c.continuous && h !== undefined && !c.nodes.includes(h)) {
    return conflict(ctx, c, `continuous fence is violated at the start: VM ${c.vm} runs on node ${h}, outside the fence`, [c.vm], [h]);
  }
  record(ctx, REC.fence, [vmIdx(ctx, c.vm), ...c.nodes.map((n) => nodeIdx(ctx, n))]);
};

const root: Encoder<'root'> = (c, ctx) => {
  const h = host(ctx, c.vm);
  if (h !== undefined) fix(c.vm, h, c, ctx);
};

const quarantine: Encoder<'quarantine'> = (c, ctx) => {
  const model = ctx.instance.model;
  const n = nodeIdx(ctx, c.node);
  for (const vm of model.vms.keys()) {
    if (host(ctx, vm) === c.node) fix(vm, c.node, c, ctx);
    else record(ctx, REC.ban, [vmIdx(ctx, vm), n]);
  }
};

const online: Encoder<'online'> = (c, ctx) => nodeState(c.node, 'online', c, ctx);
const offline: Encoder<'offline'> = (c, ctx) => nodeState(c.node, 'offline', c, ctx);
const running: Encoder<'running'> = (c, ctx) => target(c.vm, 'running', c, ctx);
const ready: Encoder<'ready'> = (c, ctx) => target(c.vm, 'ready', c, ctx);
const sleeping: Encoder<'sleeping'> = (c, ctx) => target(c.vm, 'sleeping', c, ctx);
const killed: Encoder<'killed'> = (c, ctx) => target(c.vm, 'killed', c, ctx);

const preserve: Encoder<'preserve'> = (c, ctx) => {
  const key = vmIdx(ctx, c.vm) * ctx.R + ctx.rcIndex.get(c.rc)!;
  ctx.preserve[key] = Math.max(ctx.preserve[key]!, c.amount);
};

const overbook: Encoder<'overbook'> = (c, ctx) => {
  const key = nodeIdx(ctx, c.node) * ctx.R + ctx.rcIndex.get(c.rc)!;
  ctx.ratio[key] = Math.min(ctx.ratio[key]!, c.ratio);
};

/** Current use of a resource by the running VMs of some nodes. */
function usedOn(ctx: EncodeContext, nodes: NodeId[], rc: string): number {
  const view = ctx.instance.model.resources.get(rc);
  const set = new Set(nodes);
  let used = 0;
  for (const [vm, s] of ctx.instance.model.vms) {
    if (s === 'running' && set.has(ctx.instance.model.host.get(vm)!)) used += view ? consumptionOf(view, vm) : 0;
  }
  return used;
}

const resourceCapacity: Encoder<'resourceCapacity'> = (c, ctx) => {
  if (c.continuous) {
    const used = usedOn(ctx, c.nodes, c.rc);
    if (used > c.amount) return conflict(ctx, c, `continuous resourceCapacity is violated at the start: nodes use ${used} ${c.rc} > ${c.amount}`, [], c.nodes);
  }
  if (c.nodes.length !== 1) {
    record(ctx, REC.resourceCapacity, [c.continuous ? 1 : 0, ctx.rcIndex.get(c.rc)!, c.amount, ...c.nodes.map((n) => nodeIdx(ctx, n))]);
    return;
  }
  const node = c.nodes[0]!;
  const key = nodeIdx(ctx, node) * ctx.R + ctx.rcIndex.get(c.rc)!;
  ctx.capLimit[key] = Math.min(ctx.capLimit[key]!, c.amount);
  if (c.continuous) ctx.capLimitSched[key] = Math.min(ctx.capLimitSched[key]!, c.amount);
};

const noDelay: Encoder<'noDelay'> = (c, ctx) => {
  ctx.noDelay.add(c.vm);
};

const deadline: Encoder<'deadline'> = (c, ctx) => {
  const seconds = deadlineSeconds(c.timestamp, ctx.now);
  if (seconds === undefined) return conflict(ctx, c, `deadline '${c.timestamp}' is not a timestamp`, [c.vm]);
  record(ctx, REC.deadline, [vmIdx(ctx, c.vm), Math.min(seconds, 0x7fffffff)]);
};

const precedence: Encoder<'precedence'> = (c, ctx) => {
  const model = ctx.instance.model;
  for (const vm of [c.vm1, c.vm2]) {
    const stays = model.vms.get(vm) === 'running' && (ctx.vmTarget.get(vm) ?? 'running') === 'running';
    if (!stays) return conflict(ctx, c, `precedence needs VM ${vm} to be running and stay running (its migration is ordered)`, [vm]);
  }
  record(ctx, REC.precedence, [vmIdx(ctx, c.vm1), vmIdx(ctx, c.vm2)]);
};

const split: Encoder<'split'> = (c, ctx) => {
  if (c.continuous) {
    const groupOn = new Map<NodeId, number>();
    for (const [g, vms] of c.parts.entries()) {
      for (const h of runningHosts(ctx, vms)) {
        if (groupOn.has(h) && groupOn.get(h) !== g) return conflict(ctx, c, `continuous split is violated at the start: node ${h} hosts VMs of two groups`, c.parts.flat(), [h]);
        groupOn.set(h, g);
      }
    }
  }
  const payload = [c.continuous ? 1 : 0, c.parts.length];
  for (const g of c.parts) payload.push(g.length, ...g.map((v) => vmIdx(ctx, v)));
  record(ctx, REC.split, payload);
};

const splitAmong: Encoder<'splitAmong'> = (c, ctx) => {
  if (c.continuous) {
    const partOf = new Map<NodeId, number>();
    c.pParts.forEach((p, i) => p.forEach((n) => partOf.set(n, i)));
    const used = new Map<number, number>();
    for (const [g, vms] of c.vParts.entries()) {
      const parts = new Set(runningHosts(ctx, vms).map((h) => partOf.get(h) ?? -1));
      const [only] = parts;
      if (parts.has(-1) || parts.size > 1 || (only !== undefined && used.has(only) && used.get(only) !== g)) {
        return conflict(ctx, c, 'continuous splitAmong is violated at the start: a group of VMs spans several node groups or shares one', c.vParts.flat());
      }
      if (only !== undefined) used.set(only, g);
    }
  }
  const payload = [c.continuous ? 1 : 0, c.vParts.length];
  for (const g of c.vParts) payload.push(g.length, ...g.map((v) => vmIdx(ctx, v)));
  payload.push(c.pParts.length);
  for (const p of c.pParts) payload.push(p.length, ...p.map((n) => nodeIdx(ctx, n)));
  record(ctx, REC.splitAmong, payload);
};

const lonely: Encoder<'lonely'> = (c, ctx) => {
  if (ctx.lonelyCount >= MAX_LONELY) return unsupported(c, ctx);
  ctx.lonelyCount++;
  if (c.continuous) {
    const set = new Set(c.vms);
    const model = ctx.instance.model;
    const hosts = new Set(runningHosts(ctx, c.vms));
    for (const [vm, s] of model.vms) {
      const h = model.host.get(vm);
      if (s === 'running' && !set.has(vm) && h !== undefined && hosts.has(h)) {
        return conflict(ctx, c, `continuous lonely is violated at the start: node ${h} hosts VM ${vm}, which is not in the set, beside set VMs`, [vm], [h]);
      }
    }
  }
  record(ctx, REC.lonely, [c.continuous ? 1 : 0, ...c.vms.map((v) => vmIdx(ctx, v))]);
};

const runningCapacity: Encoder<'runningCapacity'> = (c, ctx) => {
  record(ctx, REC.runningCapacity, [c.amount, ...c.nodes.map((n) => nodeIdx(ctx, n))]);
};

const seq: Encoder<'seq'> = (c, ctx) => {
  record(ctx, REC.seq, c.vms.map((v) => vmIdx(ctx, v)));
};

const serialize: Encoder<'serialize'> = (c, ctx) => {
  record(ctx, REC.serialize, c.vms.map((v) => vmIdx(ctx, v)));
};

const sync: Encoder<'sync'> = (c, ctx) => {
  record(ctx, REC.sync, c.vms.map((v) => vmIdx(ctx, v)));
};

const maxOnline: Encoder<'maxOnline'> = (c, ctx) => {
  if (c.continuous) {
    const on = c.nodes.filter((n) => ctx.instance.model.nodes.get(n) === 'online').length;
    if (on > c.amount) return conflict(ctx, c, `continuous maxOnline is violated at the start: ${on} nodes are online, at most ${c.amount} allowed`, [], c.nodes);
  }
  ctx.maxOnline.push(c);
};

/**
 * Discrete maxOnline with more nodes online than allowed: power off the emptiest nodes of the set (no `online`
 * constraint, no sleeping VM) until it fits. A choice, so the context becomes heuristic.
 */
export function resolveMaxOnline(ctx: EncodeContext): void {
  if (ctx.maxOnline.length === 0) return;
  const model = ctx.instance.model;
  const running = new Map<NodeId, number>();
  const sleeping = new Set<NodeId>();
  for (const [vm, s] of model.vms) {
    const h = model.host.get(vm);
    if (h === undefined) continue;
    if (s === 'running') running.set(h, (running.get(h) ?? 0) + 1);
    // A VM that ends sleeping keeps its image, and so its node, online.
    if ((ctx.vmTarget.get(vm) ?? s) === 'sleeping') sleeping.add(h);
  }
  for (const c of ctx.maxOnline) {
    // The engine counts the nodes a placement powers on; the record is written once targets are final.
    record(ctx, REC.maxOnline, [c.continuous ? 1 : 0, c.amount, ...c.nodes.map((n) => nodeIdx(ctx, n))]);
    const onAnyway = (n: NodeId) => ctx.nodeTarget.get(n) === 'online' || (model.nodes.get(n) === 'online' && ctx.nodeTarget.get(n) !== 'offline');
    let excess = c.nodes.filter(onAnyway).length - c.amount;
    if (excess <= 0) continue;
    const forced = c.nodes.filter((n) => ctx.nodeTarget.get(n) === 'online').length;
    if (forced > c.amount) {
      conflict(ctx, c, `maxOnline allows ${c.amount} online nodes but ${forced} of its nodes must be online`, [], c.nodes);
      return;
    }
    const candidates = c.nodes
      .filter((n) => onAnyway(n) && ctx.nodeTarget.get(n) === undefined && !sleeping.has(n))
      .sort((a, b) => (running.get(a) ?? 0) - (running.get(b) ?? 0) || nodeIdx(ctx, a) - nodeIdx(ctx, b));
    for (const n of candidates) {
      if (excess <= 0) break;
      ctx.nodeTarget.set(n, 'offline');
      ctx.nodeTargetBy.set(n, [...(ctx.nodeTargetBy.get(n) ?? []), c]);
      ctx.heuristic = true;
      excess--;
    }
    if (excess > 0) {
      // Every node left is online by constraint or keeps a sleeping VM: no placement can power it off.
      conflict(ctx, c, `maxOnline allows ${c.amount} online nodes, but more of its nodes must stay online (online constraints, sleeping VMs)`, [], c.nodes);
      return;
    }
  }
}

/** Every constraint kind and its encoder. Kinds the engine does not handle yet say so: never a wrong plan. */
export const ENCODERS: { readonly [K in ConstraintKind]: Encoder<K> } = {
  spread,
  gather,
  among,
  splitAmong,
  split,
  lonely,
  ban,
  fence,
  root,
  quarantine,
  online,
  offline,
  maxOnline,
  running,
  ready,
  sleeping,
  killed,
  preserve,
  overbook,
  resourceCapacity,
  runningCapacity,
  seq,
  noDelay,
  deadline,
  precedence,
  serialize,
  sync,
};
