/**
 * Encodes an Instance into the engine's flat Int32Array (layout.ts): elements renumbered densely in declaration
 * order, resources, states, durations (from plan/durations.ts, the module the checker uses too) and one pool
 * record per placement or schedule constraint. The per-constraint work lives in encoders.ts, one encoder per kind.
 */
import type { Instance } from '../model/instance.ts';
import { capacityOf, consumptionOf, nodeName, vmName, type NodeId, type VmId, type VmState } from '../model/model.ts';
import type { Constraint } from '../constraints/index.ts';
import { nodeActionDuration, vmActionDuration, type VmActionKind } from '../plan/durations.ts';
import { HEADER_WORDS, H, MAGIC, NODE_TARGET, sections, VM_FLAG, VM_STATE } from './layout.ts';
import { migrationOnlyVms, reinstantiates } from './reinstantiation.ts';
import type { Diagnostic } from '../diagnostics.ts';

/** Longest action the engine schedules (seconds, about 115 days): times stay exact in 32-bit integers. */
export const MAX_DURATION = 10_000_000;
import { ENCODERS, resolveMaxOnline, type EncodeContext } from './encoders.ts';

export interface Encoded {
  buffer: Int32Array;
  nodes: NodeId[];
  vms: VmId[];
  resources: string[];
  ctx: EncodeContext;
}

export interface EncodeOptions {
  seed: number;
  objective: 'mttr' | 'migrations';
  /** Failed placements tolerated before giving up. */
  failBudget: number;
  /** Wall clock of the plan start, for absolute deadlines (`hh:mm:ss`). */
  now: Date;
  /** Improve the first plan by local search. */
  improve: boolean;
}

/** Constraints the engine cannot honour yet, or early outcomes found while encoding. */
export type EncodeResult =
  | { kind: 'encoded'; encoded: Encoded }
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'unsupported'; constraints: Constraint[] }
  | { kind: 'conflict'; message: string; constraints: Constraint[]; vms: VmId[]; nodes: NodeId[] };

/** Transitions that exist (spec §1.3, §3.3): from state → allowed target states. */
const LEGAL: Readonly<Record<VmState, readonly VmState[]>> = {
  init: ['init', 'ready', 'killed'],
  ready: ['ready', 'running', 'killed'],
  running: ['running', 'ready', 'sleeping', 'killed'],
  sleeping: ['sleeping', 'running', 'killed'],
  killed: ['killed'],
};

const VM_ACTIONS: readonly VmActionKind[] = ['migrateVM', 'bootVM', 'shutdownVM', 'suspendVM', 'resumeVM', 'killVM', 'forgeVM'];

export function encode(instance: Instance, options: EncodeOptions): EncodeResult {
  const model = instance.model;
  const nodes = [...model.nodes.keys()];
  const vms = [...model.vms.keys()];
  const resources = [...model.resources.keys()];
  const N = nodes.length, V = vms.length, R = resources.length;
  const nodeIndex = new Map(nodes.map((n, i) => [n, i]));
  const vmIndex = new Map(vms.map((v, i) => [v, i]));
  const ctx: EncodeContext = {
    instance, nodeIndex, vmIndex, rcIndex: new Map(resources.map((r, i) => [r, i])), R, now: options.now,
    vmTarget: new Map(), vmTargetBy: new Map(), nodeTarget: new Map(), nodeTargetBy: new Map(),
    fixed: new Map(), noDelay: new Set(), preserve: new Float64Array(V * R).fill(-1), ratio: new Float64Array(N * R).fill(Infinity),
    capLimit: new Float64Array(N * R).fill(Infinity), capLimitSched: new Float64Array(N * R).fill(Infinity),
    pool: [], unsupported: [], conflict: undefined, lonelyCount: 0, maxOnline: [], heuristic: false,
  };
  for (const c of instance.constraints) {
    (ENCODERS[c.kind] as (c: Constraint, ctx: EncodeContext) => void)(c, ctx);
    if (ctx.conflict) break;
  }
  if (ctx.unsupported.length > 0) return { kind: 'unsupported', constraints: ctx.unsupported };
  if (!ctx.conflict) resolveMaxOnline(ctx);
  if (ctx.conflict) return { kind: 'conflict', ...ctx.conflict };

  // Life-cycle: a target state must be reachable in one transition (spec §3.3, "no builder" → no solution).
  for (const [vm, target] of ctx.vmTarget) {
    const from = model.vms.get(vm)!;
    if (!LEGAL[from].includes(target)) {
      return {
        kind: 'conflict',
        message: `VM ${vm} is ${from} and cannot become ${target}: BtrPlace's life cycle has no ${from} → ${target} transition`,
        constraints: ctx.vmTargetBy.get(vm) ?? [], vms: [vm], nodes: [],
      };
    }
  }
  // A VM that ends sleeping keeps its host: that node cannot go offline.
  for (const [vm, state] of model.vms) {
    const target = ctx.vmTarget.get(vm) ?? state;
    const host = model.host.get(vm);
    if (target === 'sleeping' && host !== undefined && ctx.nodeTarget.get(host) === 'offline') {
      return {
        kind: 'conflict',
        message: `VM ${vm} ends sleeping on node ${host}, which must go offline: a sleeping image stays on its node`,
        constraints: [...(ctx.nodeTargetBy.get(host) ?? []), ...(ctx.vmTargetBy.get(vm) ?? [])], vms: [vm], nodes: [host],
      };
    }
  }

  const pool = ctx.pool;
  const s = sections(N, V, R);
  const buffer = new Int32Array(s.pool + pool.length);
  buffer[H.magic] = MAGIC;
  buffer[H.nodes] = N;
  buffer[H.vms] = V;
  buffer[H.resources] = R;
  buffer[H.seed] = options.seed | 0;
  buffer[H.objective] = options.objective === 'migrations' ? 1 : 0;
  buffer[H.failBudget] = options.failBudget;
  buffer[H.repair] = 1;
  buffer[H.poolLen] = pool.length;
  buffer[H.improve] = options.improve ? 1 : 0;
  void HEADER_WORDS;

  const durationSection = [s.dMig, s.dBoot, s.dShut, s.dSusp, s.dRes, s.dKill, s.dForge];
  // Durations computed by a linear rule are only known here: each must be a positive whole number of seconds.
  const bad: Diagnostic[] = [];
  // The element's name is only built on failure: this runs 7 times per VM on instances of 30,000 VMs.
  const checkDuration = (d: number, kind: string, element: number, isNode: boolean): number => {
    if (Number.isInteger(d) && d >= 1 && d <= MAX_DURATION) return d;
    if (bad.length < 20) {
      const who = `${isNode ? nodeName(model, element) : vmName(model, element)}: ${kind}`;
      bad.push({
        severity: 'error', code: 'ENGINE001', message: `${who} lasts ${d} s: a duration must be a whole number of seconds from 1 to ${MAX_DURATION}`,
        hint: 'check the duration attribute or the linear duration rule of this action kind',
      });
    }
    return 1;
  };
  const views = resources.map((r) => model.resources.get(r)!);
  nodes.forEach((n, i) => {
    buffer[s.nodeInit + i] = model.nodes.get(n) === 'online' ? 1 : 0;
    const t = ctx.nodeTarget.get(n);
    buffer[s.nodeTarget + i] = t === undefined ? NODE_TARGET.free : t === 'online' ? NODE_TARGET.on : NODE_TARGET.off;
    buffer[s.nodeBootD + i] = checkDuration(nodeActionDuration(model, 'bootNode', n, instance.durations), 'bootNode', n, true);
    buffer[s.nodeShutD + i] = checkDuration(nodeActionDuration(model, 'shutdownNode', n, instance.durations), 'shutdownNode', n, true);
    views.forEach((view, r) => {
      const ratio = ctx.ratio[i * R + r]!;
      const c = Math.floor(capacityOf(view, n) * (ratio === Infinity ? 1 : ratio) + 1e-9);
      buffer[s.cap + i * R + r] = clampI32(Math.min(c, ctx.capLimit[i * R + r]!));
      buffer[s.capSched + i * R + r] = clampI32(Math.min(c, ctx.capLimitSched[i * R + r]!));
    });
  });
  const migrationOnly = migrationOnlyVms(instance);
  vms.forEach((v, i) => {
    const state = model.vms.get(v)!;
    buffer[s.vmInit + i] = VM_STATE[state];
    const host = model.host.get(v);
    buffer[s.vmHost + i] = host === undefined ? -1 : nodeIndex.get(host)!;
    buffer[s.vmTarget + i] = VM_STATE[ctx.vmTarget.get(v) ?? state];
    const fixed = ctx.fixed.get(v);
    buffer[s.vmFixed + i] = fixed === undefined ? -1 : nodeIndex.get(fixed)!;
    buffer[s.vmFlags + i] = ctx.noDelay.has(v) ? VM_FLAG.noDelay : 0;
    for (let r = 0; r < R; r++) {
      const c = consumptionOf(views[r]!, v);
      buffer[s.cons + i * R + r] = clampI32(c);
      const preserved = ctx.preserve[i * R + r]!;
      buffer[s.alloc + i * R + r] = clampI32(preserved >= 0 ? preserved : c);
    }
    for (let k = 0; k < VM_ACTIONS.length; k++) {
      buffer[durationSection[k]! + i] = checkDuration(vmActionDuration(model, VM_ACTIONS[k]!, v, instance.durations), VM_ACTIONS[k]!, v, false);
    }
    const d = { migrate: buffer[s.dMig + i]!, boot: buffer[s.dBoot + i]!, shutdown: buffer[s.dShut + i]! };
    if (state === 'running' && !migrationOnly.has(v) && reinstantiates(model, v, d)) buffer[s.vmFlags + i] = buffer[s.vmFlags + i]! | VM_FLAG.reinstantiate;
  });
  buffer.set(pool, s.pool);
  if (bad.length > 0) return { kind: 'invalid', diagnostics: bad };
  return { kind: 'encoded', encoded: { buffer, nodes, vms, resources, ctx } };
}

function clampI32(x: number): number {
  return x > 0x7fffffff ? 0x7fffffff : x < 0 ? 0 : Math.floor(x);
}
