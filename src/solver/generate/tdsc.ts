/**
 * A seeded generator of instances shaped like BtrPlace's TDSC workload (spec §9, "How the TDSC instances are
 * generated"; our own code, written from the published description, not from BtrPlace's generator):
 *
 * - `nodes` servers of 200 `uCpu` and 1,600 `memory`;
 * - VM templates with CPU in {30, 40, 50, 60} and memory in {100, 200, 300}; a VM consumes its template's memory
 *   and 20 % to 90 % of its template's CPU; attributes `template`, `clone`, `boot`, `shutdown`, `halt`;
 * - 3-tier applications of 6 to 30 VMs, `ratio` VMs per server on average (r3 = 3 × nodes VMs);
 * - `constrained` % of the applications carry a continuous `spread` per tier and a continuous `among` over
 *   groups of 250 servers for tier 3 (BtrPlace's class cX; 0 by default, like its std-perf files);
 * - class `li` (load increase): 10 % of the applications get 30 % of their template's CPU more, as `preserve`;
 * - class `nr` (node repair): 5 % of the servers have failed: they are offline and must stay so (`offline`), and
 *   the VMs they hosted are ready and must be `running` elsewhere (as in BtrPlace's nr files: 250 offline servers,
 *   ~5 % of the VMs to boot); every other server stays `online`.
 *
 * The initial placement is valid: each VM goes on a seeded random server where it fits (and where its tier's
 * spread and among hold), probing the next servers in turn.
 */
import type { Constraint } from '../constraints/index.ts';
import type { Instance } from '../model/instance.ts';
import { emptyModel, type Attributes, type NodeId, type VmId } from '../model/model.ts';
import { mulberry32, type Random } from './prng.ts';

export type TdscClass = 'li' | 'nr';

export interface TdscParams {
  kind: TdscClass;
  /** Servers (500 to 5,000 on the site; BtrPlace's files have 5,000). */
  nodes: number;
  /** VMs per server: 3 to 6 (r3 to r6). */
  ratio: number;
  seed: number;
  /** Percentage of applications with spread/among constraints (0, 33, 66 or 100 in BtrPlace's files). Default 0. */
  constrained?: number;
}

export interface TdscSummary {
  nodes: number;
  vms: number;
  applications: number;
  constraints: number;
}

export const NODE_CPU = 200;
export const NODE_MEMORY = 1600;
export const TEMPLATE_CPU = [30, 40, 50, 60] as const;
export const TEMPLATE_MEMORY = [100, 200, 300] as const;
export const GROUP_SIZE = 250;
export const APP_MIN = 6;
export const APP_MAX = 30;
/** li: share of applications whose CPU grows, and by how much of their template's CPU. */
export const LI_SHARE = 0.1;
export const LI_GROWTH = 0.3;
/** nr: share of servers that have failed. */
export const NR_OFFLINE_SHARE = 0.05;

/** Why the parameters cannot be generated, or undefined. */
export function checkTdscParams(p: TdscParams): string | undefined {
  if (p.kind !== 'li' && p.kind !== 'nr') return `class must be li or nr, not ${String(p.kind)}`;
  if (!Number.isInteger(p.nodes) || p.nodes < 10 || p.nodes > 20000) return 'the number of servers must be an integer from 10 to 20,000';
  if (!Number.isInteger(p.ratio) || p.ratio < 1 || p.ratio > 6) return 'the ratio must be an integer from 1 to 6 VMs per server';
  if (!Number.isInteger(p.seed) || p.seed < 0 || p.seed > 0xffffffff) return 'the seed must be an integer from 0 to 4294967295';
  const c = p.constrained ?? 0;
  if (!Number.isInteger(c) || c < 0 || c > 100) return 'the constrained share must be a percentage from 0 to 100';
  return undefined;
}

interface Vm {
  id: VmId;
  cpu: number;
  mem: number;
  templateCpu: number;
}

/** Application sizes (6 to 30) until `total` VMs; the last one takes the rest. */
function applicationSizes(total: number, rnd: Random): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const size = Math.min(left, rnd.int(APP_MIN, APP_MAX));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Splits an application into three tiers of at least one VM each (front, middle, back). */
function tiers(size: number, rnd: Random): [number, number, number] {
  if (size < 3) return [size, 0, 0];
  const first = rnd.int(1, size - 2);
  const second = rnd.int(1, size - first - 1);
  return [first, second, size - first - second];
}

export function generateTdsc(params: TdscParams): { instance: Instance; summary: TdscSummary } {
  const problem = checkTdscParams(params);
  if (problem) throw new RangeError(`TDSC generator: ${problem}`);
  const rnd = mulberry32(params.seed);
  const n = params.nodes;
  const model = emptyModel();
  const cpuUsed = new Int32Array(n);
  const memUsed = new Int32Array(n);
  const cpuView = { id: 'uCpu', defaultCapacity: NODE_CPU, defaultConsumption: 0, capacity: new Map<NodeId, number>(), consumption: new Map<VmId, number>() };
  const memView = { id: 'memory', defaultCapacity: NODE_MEMORY, defaultConsumption: 0, capacity: new Map<NodeId, number>(), consumption: new Map<VmId, number>() };
  model.resources.set('uCpu', cpuView);
  model.resources.set('memory', memView);
  for (let node = 0; node < n; node++) model.nodes.set(node, 'online');

  const constraints: Constraint[] = [];
  const offlineCount = params.kind === 'nr' ? Math.round(n * NR_OFFLINE_SHARE) : 0;
  const groups: NodeId[][] = [];
  for (let start = 0; start < n; start += GROUP_SIZE) groups.push(Array.from({ length: Math.min(GROUP_SIZE, n - start) }, (_, i) => start + i));

  const total = params.ratio * n;
  const sizes = applicationSizes(total, rnd);
  let nextVm = 0;
  const apps: Vm[][] = [];
  for (const size of sizes) {
    const constrained = rnd.next() * 100 < (params.constrained ?? 0);
    const group = groups[rnd.int(0, groups.length - 1)]!;
    const app: Vm[] = [];
    const tierSizes = tiers(size, rnd);
    for (let t = 0; t < 3; t++) {
      const tier: Vm[] = [];
      const usedByTier = new Set<NodeId>();
      for (let k = 0; k < tierSizes[t]!; k++) {
        const templateCpu = rnd.pick(TEMPLATE_CPU);
        const mem = rnd.pick(TEMPLATE_MEMORY);
        const cpu = Math.max(1, Math.round((templateCpu * rnd.int(20, 90)) / 100));
        const boot = rnd.int(4, 9);
        const vm: Vm = { id: nextVm++, cpu, mem, templateCpu };
        const attrs: Attributes = new Map<string, boolean | number | string>([
          ['template', `c${templateCpu}m${mem}`],
          ['clone', true],
          ['boot', boot],
          ['shutdown', boot + 1],
          ['halt', boot + 1],
        ]);
        model.vmAttributes.set(vm.id, attrs);
        cpuView.consumption.set(vm.id, cpu);
        memView.consumption.set(vm.id, mem);
        const allowed = constrained && t === 2 ? group : undefined;
        const host = place(vm, allowed, constrained ? usedByTier : undefined);
        model.vms.set(vm.id, 'running');
        model.host.set(vm.id, host);
        usedByTier.add(host);
        tier.push(vm);
        app.push(vm);
      }
      if (constrained && tier.length > 1) constraints.push({ kind: 'spread', vms: tier.map((v) => v.id), continuous: true });
      if (constrained && t === 2 && tier.length > 0) constraints.push({ kind: 'among', vms: tier.map((v) => v.id), parts: groups, continuous: true });
    }
    apps.push(app);
  }

  if (params.kind === 'li') {
    for (const app of apps) {
      if (rnd.next() >= LI_SHARE) continue;
      for (const vm of app) constraints.push({ kind: 'preserve', vm: vm.id, rc: 'uCpu', amount: vm.cpu + Math.round(vm.templateCpu * LI_GROWTH) });
    }
  }
  // nr: the first servers fail; the VMs they hosted lose their host and must run again somewhere else.
  for (let node = 0; node < offlineCount; node++) model.nodes.set(node, 'offline');
  for (const [vm, host] of [...model.host]) {
    if (host >= offlineCount) continue;
    model.host.delete(vm);
    model.vms.set(vm, 'ready');
    constraints.push({ kind: 'running', vm });
  }
  for (let node = 0; node < n; node++) constraints.push(node < offlineCount ? { kind: 'offline', node } : { kind: 'online', node });

  return {
    instance: { model, constraints, objective: { kind: 'minimizeMTTR' } },
    summary: { nodes: n, vms: total, applications: apps.length, constraints: constraints.length },
  };

  /** A server where `vm` fits: a seeded random start, then the next ones in turn (within `allowed` if given). */
  function place(vm: Vm, allowed: NodeId[] | undefined, avoid: Set<NodeId> | undefined): NodeId {
    const pool = allowed ?? null;
    const size = pool ? pool.length : n;
    const start = rnd.int(0, size - 1);
    for (let i = 0; i < size; i++) {
      const node = pool ? pool[(start + i) % size]! : (start + i) % size;
      if (avoid?.has(node)) continue;
      if (cpuUsed[node]! + vm.cpu <= NODE_CPU && memUsed[node]! + vm.mem <= NODE_MEMORY) {
        cpuUsed[node]! += vm.cpu;
        memUsed[node]! += vm.mem;
        return node;
      }
    }
    throw new RangeError(`TDSC generator: no server can host VM ${vm.id} (${vm.cpu} uCpu, ${vm.mem} memory); lower the ratio`);
  }
}
