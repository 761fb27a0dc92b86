/**
 * The solve pipeline: validate → encode → one fresh engine instance → search in slices (progress, time limit,
 * cancellation between slices) → decode → independent check → outcome. The checker is passed in (index.ts wires
 * the project's checker), so this module can also run against a test double of it.
 */
import { hasErrors } from '../diagnostics.ts';
import type { Instance } from '../model/instance.ts';
import { validateInstance } from '../model/validate.ts';
import type { Constraint } from '../constraints/index.ts';
import { planDuration, sumOfEnds, type Plan } from '../plan/plan.ts';
import type { NodeId, VmId } from '../model/model.ts';
import { decodePlan } from './decode.ts';
import { encode, type Encoded } from './encode.ts';
import { OUT, OUTCOME } from './layout.ts';
import type { SolveOptions, SolveResult, SolveStats } from './result.ts';
import { EngineTrap, engineModule, instantiate, type EngineExports } from './wasm.ts';

export type PlanChecker = (instance: Instance, plan: Plan) => { ok: boolean; violations: { message: string }[] };

/** Placement decisions per slice: small enough to answer a cancel quickly, large enough to cost nothing. */
const SLICE = 4096;
/** Refuted placements tolerated before giving up (the search is complete on small instances well before this). */
const FAIL_BUDGET = 200_000;
/** Yield to the event loop at most this often (ms) when someone listens for progress or may cancel. */
const YIELD_EVERY_MS = 25;
/** Local search after the first plan, by default on instances up to this many VMs (the demo's size and more). */
const IMPROVE_UP_TO = 2000;

export async function solveWith(instance: Instance, options: SolveOptions, check: PlanChecker): Promise<SolveResult> {
  const t0 = performance.now();
  const diagnostics = validateInstance(instance);
  if (hasErrors(diagnostics)) return { status: 'invalid', diagnostics };
  const t1 = performance.now();
  const objective = options.objective ?? (instance.objective.kind === 'minimizeMigrations' ? 'migrations' : 'mttr');
  const improve = options.improve ?? instance.model.vms.size <= IMPROVE_UP_TO;
  const encodedResult = encode(instance, { seed: options.seed ?? 0, objective, failBudget: FAIL_BUDGET, now: options.now ?? new Date(), improve });
  if (encodedResult.kind === 'invalid') return { status: 'invalid', diagnostics: encodedResult.diagnostics };
  if (encodedResult.kind === 'unsupported') {
    const kinds = [...new Set(encodedResult.constraints.map(describeUnsupported))];
    return {
      status: 'unsupported',
      constraints: encodedResult.constraints,
      message: `the engine does not support ${kinds.join(', ')} yet; remove ${encodedResult.constraints.length === 1 ? 'it' : 'them'} to solve the rest`,
    };
  }
  if (encodedResult.kind === 'conflict') {
    const { message, constraints, vms, nodes } = encodedResult;
    return { status: 'no-solution', explanation: { message, constraints, vms, nodes } };
  }
  const encoded = encodedResult.encoded;
  const module = await engineModule();
  const t2 = performance.now();
  let wasm: EngineExports;
  let out: Int32Array;
  try {
    wasm = instantiate(module);
    const ptr = wasm.inputBuffer(encoded.buffer.length);
    new Int32Array(wasm.memory.buffer, ptr, encoded.buffer.length).set(encoded.buffer);
    if (!wasm.init(ptr)) return { status: 'bug', message: 'the engine rejected its input buffer', violations: [] };
    const deadline = t0 + (options.timeLimit ?? 60) * 1000;
    const listening = options.onProgress !== undefined || options.signal !== undefined;
    let lastYield = performance.now();
    let status: number = OUTCOME.running;
    while (status === OUTCOME.running) {
      status = wasm.step(SLICE);
      if (status !== OUTCOME.running) break;
      const now = performance.now();
      if (now > deadline) {
        // Out of time while improving: the best plan so far is a plan.
        if (wasm.hasPlan()) { status = wasm.finish(); break; }
        return { status: 'timeout', message: `no plan within the time limit of ${options.timeLimit ?? 60} s` };
      }
      if (listening && now - lastYield > YIELD_EVERY_MS) {
        options.onProgress?.({ decisions: wasm.decisionsSoFar(), fails: wasm.failsSoFar(), elapsedMs: now - t0 });
        await new Promise((resolve) => setTimeout(resolve, 0));
        lastYield = performance.now();
        if (options.signal?.aborted) return { status: 'cancelled' };
      }
    }
    out = new Int32Array(wasm.memory.buffer, wasm.outputPointer(), wasm.outputLength()).slice();
  } catch (e) {
    if (e instanceof EngineTrap || e instanceof WebAssembly.RuntimeError) {
      return { status: 'bug', message: `the engine trapped: ${(e as Error).message}`, violations: [] };
    }
    throw e;
  }
  const t3 = performance.now();
  const baseStats = { solveMs: t3 - t0, validateMs: t1 - t0, encodeMs: t2 - t1, searchMs: t3 - t2, decodeMs: 0, checkMs: 0, decisions: out[OUT.decisions]!, fails: out[OUT.fails]!, wasmBytes: wasm.memory.buffer.byteLength };
  if (out[OUT.status] === OUTCOME.noSolution && encoded.ctx.heuristic) {
    return { status: 'timeout', message: 'no plan found with the nodes chosen to power off for maxOnline (that choice is not searched exhaustively)' };
  }
  if (out[OUT.status] === OUTCOME.noSolution) {
    return { status: 'no-solution', explanation: explainNoHost(instance, encoded, out[OUT.culprit]!), stats: { ...baseStats, actions: 0, duration: 0, sumOfEnds: 0 } };
  }
  if (out[OUT.status] === OUTCOME.gaveUp) {
    return { status: 'timeout', message: `the placement search gave up after ${out[OUT.fails]} refuted placements without finding a plan` };
  }
  const plan = decodePlan(instance.model, encoded, out);
  const c0 = performance.now();
  baseStats.decodeMs = c0 - t3;
  baseStats.solveMs = c0 - t0;
  const verdict = check(instance, plan);
  const stats: SolveStats = { ...baseStats, checkMs: performance.now() - c0, actions: plan.actions.length, duration: planDuration(plan), sumOfEnds: sumOfEnds(plan) };
  if (!verdict.ok) {
    return { status: 'bug', message: 'the engine built a plan that the checker rejects', violations: verdict.violations.map((v) => v.message), plan };
  }
  return plan.actions.length === 0 ? { status: 'satisfied', plan, stats } : { status: 'plan', plan, stats };
}

function describeUnsupported(c: Constraint): string {
  return c.kind === 'resourceCapacity' ? 'resourceCapacity over several nodes' : c.kind;
}

/** The VM for which no host was left at the deepest point of the refuted search, and what restricts it. */
function explainNoHost(instance: Instance, encoded: Encoded, culprit: number) {
  if (culprit < 0) {
    return { message: 'no placement satisfies every constraint', constraints: instance.constraints, vms: [] as VmId[], nodes: [] as NodeId[] };
  }
  const vm = encoded.vms[culprit]!;
  // What restricts its hosts: constraints naming it, and those that take nodes or capacity away from everyone.
  const constraints = instance.constraints.filter(
    (c) => names(c, vm) || c.kind === 'offline' || c.kind === 'quarantine' || c.kind === 'overbook' || c.kind === 'resourceCapacity',
  );
  const what = constraints.length > 0 ? ` under ${[...new Set(constraints.map((c) => c.kind))].join(', ')}` : '';
  return {
    message: `no node can host VM ${vm}${what}: every candidate node is forbidden, offline, or lacks capacity once the other VMs are placed`,
    constraints,
    vms: [vm],
    nodes: [] as NodeId[],
  };
}

function names(c: Constraint, vm: VmId): boolean {
  const rec = c as unknown as Record<string, unknown>;
  if (rec['vm'] === vm || rec['vm1'] === vm || rec['vm2'] === vm) return true;
  const vms = rec['vms'];
  if (Array.isArray(vms) && vms.includes(vm)) return true;
  for (const key of ['parts', 'vParts']) {
    const groups = rec[key];
    if (c.kind !== 'among' && Array.isArray(groups) && groups.some((g) => Array.isArray(g) && g.includes(vm))) return true;
  }
  return false;
}
