/**
 * Property tests of the plan checker on random small instances and plans (≤ 4 nodes, ≤ 6 VMs, a few
 * constraints): it never throws, and it agrees with a deliberately naive replay written here, which steps
 * through every integer instant and recomputes each node's usage, power and occupants from scratch.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkPlan } from '../../../src/solver/checker/index.ts';
import { emptyModel, type NodeId, type NodeState, type VmId, type VmState } from '../../../src/solver/model/model.ts';
import type { Constraint } from '../../../src/solver/constraints/index.ts';
import type { Action, Plan, PlanEvent } from '../../../src/solver/plan/plan.ts';
import type { Instance } from '../../../src/solver/model/instance.ts';

// ---------- generators ----------

interface Case {
  instance: Instance;
  plan: Plan;
}

const arbCase: fc.Arbitrary<Case> = fc
  .record({
    nodes: fc.array(fc.record({ online: fc.boolean(), cap: fc.integer({ min: 0, max: 6 }) }), { minLength: 1, maxLength: 4 }),
    vms: fc.array(fc.record({ state: fc.constantFrom<VmState>('running', 'running', 'sleeping', 'ready'), host: fc.nat(), cons: fc.integer({ min: 0, max: 3 }) }), { maxLength: 6 }),
    seed: fc.array(fc.nat(), { minLength: 80, maxLength: 80 }),
  })
  .map(({ nodes, vms, seed }) => {
    let k = 0;
    const rnd = (n: number) => (n <= 0 ? 0 : seed[k++ % seed.length] % n);
    const model = emptyModel();
    nodes.forEach((x, i) => model.nodes.set(i, x.online ? 'online' : 'offline'));
    const online = nodes.map((x, i) => (x.online ? i : -1)).filter((i) => i >= 0);
    const cpu = { id: 'cpu', defaultCapacity: 0, defaultConsumption: 0, capacity: new Map<NodeId, number>(), consumption: new Map<VmId, number>() };
    nodes.forEach((x, i) => cpu.capacity.set(i, x.cap));
    vms.forEach((x, i) => {
      const hosted = x.state !== 'ready' && online.length > 0;
      model.vms.set(i, hosted ? x.state : 'ready');
      if (hosted) model.host.set(i, online[x.host % online.length]);
      cpu.consumption.set(i, x.cons);
    });
    model.resources.set('cpu', cpu);
    const N = nodes.length;
    const allNodes = [...Array(N).keys()];
    const allVms = [...Array(vms.length).keys()];
    const subset = <T>(xs: T[]) => xs.filter(() => rnd(2) === 0);
    const constraints: Constraint[] = [];
    const nc = rnd(4);
    for (let i = 0; i < nc; i++) {
      const cont = rnd(2) === 0;
      const vm = rnd(vms.length);
      switch (rnd(10)) {
        case 0: constraints.push({ kind: 'spread', vms: subset(allVms), continuous: cont }); break;
        case 1: constraints.push({ kind: 'gather', vms: subset(allVms), continuous: false }); break;
        case 2: if (vms.length) constraints.push({ kind: 'ban', vm, nodes: subset(allNodes), continuous: cont }); break;
        case 3: if (vms.length) constraints.push({ kind: 'fence', vm, nodes: subset(allNodes), continuous: false }); break;
        case 4: constraints.push({ kind: 'maxOnline', nodes: subset(allNodes), amount: rnd(3), continuous: cont }); break;
        case 5: if (vms.length) constraints.push({ kind: (['running', 'ready', 'killed'] as const)[rnd(3)], vm }); break;
        case 6: constraints.push({ kind: rnd(2) ? 'online' : 'offline', node: rnd(N) }); break;
        case 7: constraints.push({ kind: 'runningCapacity', nodes: subset(allNodes), amount: rnd(4) }); break;
        case 8: constraints.push({ kind: 'overbook', node: rnd(N), rc: 'cpu', ratio: [1, 1.5, 2][rnd(3)], continuous: true }); break;
        default: constraints.push({ kind: 'resourceCapacity', nodes: subset(allNodes), rc: 'cpu', amount: rnd(8), continuous: cont });
      }
    }
    const actions: Action[] = [];
    const times = () => {
      const start = rnd(5);
      return { start, end: start + 1 + rnd(3) };
    };
    const alloc = (vm: VmId): PlanEvent[] => (rnd(3) === 0 ? [{ kind: 'allocate', vm, rc: 'cpu', amount: rnd(4) }] : []);
    for (const vm of allVms) {
      const state = model.vms.get(vm)!;
      const host = model.host.get(vm);
      const other = rnd(N);
      const choice = rnd(5);
      if (choice === 0) continue;
      if (state === 'running' && host !== undefined) {
        if (choice === 1 && other !== host) actions.push({ kind: 'migrateVM', vm, from: host, to: other, ...times(), pre: [], post: alloc(vm) });
        else if (choice === 2) actions.push({ kind: 'shutdownVM', vm, on: host, ...times(), pre: [], post: [] });
        else if (choice === 3) actions.push({ kind: 'suspendVM', vm, from: host, to: host, ...times(), pre: [], post: [] });
        else {
          const t = rnd(6);
          actions.push({ kind: 'allocate', vm, on: host, rc: 'cpu', amount: rnd(5), start: t, end: t, pre: [], post: [] });
        }
      } else if (state === 'sleeping' && host !== undefined) {
        if (choice <= 2) actions.push({ kind: 'resumeVM', vm, from: host, to: other, ...times(), pre: alloc(vm), post: [] });
        else actions.push({ kind: 'killVM', vm, on: host, ...times(), pre: [], post: [] });
      } else if (choice <= 3) actions.push({ kind: 'bootVM', vm, on: other, ...times(), pre: alloc(vm), post: [] });
      else actions.push({ kind: 'killVM', vm, on: null, ...times(), pre: [], post: [] });
    }
    for (const node of allNodes) {
      const c = rnd(4);
      if (c === 0) actions.push({ kind: 'bootNode', node, ...times(), pre: [], post: [] });
      else if (c === 1) actions.push({ kind: 'shutdownNode', node, ...times(), pre: [], post: [] });
    }
    return { instance: { model, constraints, objective: { kind: 'minimizeMTTR' } }, plan: { origin: model, actions } };
  });

// ---------- the naive replay ----------

const byStartEnd = (p: Plan) => [...p.actions].sort((a, b) => a.start - b.start || a.end - b.end);
const vmActionOf = (p: Plan, vm: VmId) => p.actions.find((a) => a.kind !== 'allocate' && 'vm' in a && a.vm === vm);
const nodeActionOf = (p: Plan, node: NodeId, kind: 'bootNode' | 'shutdownNode') => p.actions.find((a) => a.kind === kind && a.node === node);

/** Sequential application; undefined if any action does not apply. */
function naiveResult(p: Plan): { vms: Map<VmId, VmState>; host: Map<VmId, NodeId>; nodes: Map<NodeId, NodeState>; cpu: Map<VmId, number> } | undefined {
  const m = p.origin;
  const vms = new Map(m.vms);
  const host = new Map(m.host);
  const nodes = new Map(m.nodes);
  const cpu = new Map(m.resources.get('cpu')!.consumption);
  for (const a of byStartEnd(p)) {
    for (const e of a.pre) if (e.kind === 'allocate') cpu.set(e.vm, e.amount);
    const up = (n: NodeId) => nodes.get(n) === 'online';
    if (a.kind === 'bootNode') {
      if (nodes.get(a.node) !== 'offline') return undefined;
      nodes.set(a.node, 'online');
    } else if (a.kind === 'shutdownNode') {
      if (!up(a.node) || [...host.values()].includes(a.node)) return undefined;
      nodes.set(a.node, 'offline');
    } else {
      const s = vms.get(a.vm);
      const h = host.get(a.vm);
      switch (a.kind) {
        case 'migrateVM': if (s !== 'running' || h !== a.from || a.from === a.to || !up(a.to)) return undefined; host.set(a.vm, a.to); break;
        case 'bootVM': if (s !== 'ready' || !up(a.on)) return undefined; vms.set(a.vm, 'running'); host.set(a.vm, a.on); break;
        case 'shutdownVM': if (s !== 'running' || h !== a.on) return undefined; vms.set(a.vm, 'ready'); host.delete(a.vm); break;
        case 'suspendVM': if (s !== 'running' || h !== a.from || !up(a.to)) return undefined; vms.set(a.vm, 'sleeping'); host.set(a.vm, a.to); break;
        case 'resumeVM': if (s !== 'sleeping' || h !== a.from || !up(a.to)) return undefined; vms.set(a.vm, 'running'); host.set(a.vm, a.to); break;
        case 'killVM': if (s === 'killed' || (a.on === null ? h !== undefined : h !== a.on)) return undefined; vms.set(a.vm, 'killed'); host.delete(a.vm); break;
        case 'allocate': if (s !== 'running' || h !== a.on) return undefined; cpu.set(a.vm, a.amount); break;
        default: return undefined;
      }
    }
    for (const e of a.post) if (e.kind === 'allocate') cpu.set(e.vm, e.amount);
  }
  return { vms, host, nodes, cpu };
}

interface At {
  node: NodeId;
  amount: number;
  image: boolean;
}

/** Where a VM is at instant t, recomputed from scratch: the rule of spec §3.3 read literally. */
function whereAt(p: Plan, vm: VmId, t: number): At[] {
  const m = p.origin;
  const state = m.vms.get(vm);
  const h = m.host.get(vm);
  const base = m.resources.get('cpu')!.consumption.get(vm) ?? 0;
  const a = vmActionOf(p, vm);
  const after = (x: Action) => {
    let v = base;
    for (const e of [...x.pre, ...x.post]) if (e.kind === 'allocate' && e.vm === vm) v = e.amount;
    return v;
  };
  const out: At[] = [];
  if (state === 'running' && h !== undefined) {
    if (!a) {
      let amount = base;
      for (const x of byStartEnd(p)) if (x.kind === 'allocate' && x.vm === vm && x.on === h) if (x.amount > amount ? t >= x.start : t >= x.end) amount = x.amount;
      out.push({ node: h, amount, image: false });
    } else if (a.kind === 'migrateVM') {
      if (t < a.end) out.push({ node: h, amount: base, image: false });
      if (t >= a.start) out.push({ node: a.to, amount: after(a), image: false });
    } else if (a.kind === 'suspendVM') {
      if (t < a.end) out.push({ node: h, amount: base, image: false });
      else out.push({ node: a.to, amount: 0, image: true });
    } else if (t < a.end) out.push({ node: h, amount: base, image: false });
  } else if (state === 'sleeping' && h !== undefined) {
    if (!a || t < a.end) out.push({ node: h, amount: 0, image: true });
    if (a?.kind === 'resumeVM' && t >= a.start) out.push({ node: a.to, amount: after(a), image: false });
  } else if (state === 'ready' && a?.kind === 'bootVM' && t >= a.start) out.push({ node: a.on, amount: after(a), image: false });
  return out;
}

function naiveReplay(inst: Instance, p: Plan) {
  const m = p.origin;
  const horizon = Math.max(0, ...p.actions.map((a) => a.end)) + 1;
  const overloads: string[] = [];
  const badPower = new Set<NodeId>();
  const spreadBroken = new Set<number>();
  const maxOnlineBroken = new Set<number>();
  const capacityBroken = new Set<number>();
  const banBroken = new Set<number>();
  const wasOver = new Map<NodeId, boolean>();
  for (let t = 0; t <= horizon; t++) {
    const usage = new Map<NodeId, number>();
    const present = new Map<NodeId, VmId[]>();
    for (const vm of m.vms.keys())
      for (const at of whereAt(p, vm, t)) {
        const boot = nodeActionOf(p, at.node, 'bootNode');
        const shut = nodeActionOf(p, at.node, 'shutdownNode');
        const available = (m.nodes.get(at.node) === 'online' || (boot !== undefined && t >= boot.end)) && !(shut && t >= shut.start);
        if (!available) badPower.add(at.node);
        if (at.image) continue;
        usage.set(at.node, (usage.get(at.node) ?? 0) + at.amount);
        present.set(at.node, [...(present.get(at.node) ?? []), vm]);
      }
    for (const node of m.nodes.keys()) {
      const ratios = inst.constraints.filter((c) => c.kind === 'overbook' && c.node === node).map((c) => (c as { ratio: number }).ratio);
      const cap = (m.resources.get('cpu')!.capacity.get(node) ?? 0) * (ratios.length ? Math.min(...ratios) : 1);
      const u = usage.get(node) ?? 0;
      const over = u > cap;
      if (over && !wasOver.get(node)) overloads.push(`${node}:${u}:${t}`);
      wasOver.set(node, over);
    }
    inst.constraints.forEach((c, i) => {
      if (c.kind === 'spread' && c.continuous)
        for (const vms of present.values()) if (vms.filter((v) => c.vms.includes(v)).length > 1) spreadBroken.add(i);
      if (c.kind === 'resourceCapacity' && c.continuous && c.nodes.reduce((sum, node) => sum + (usage.get(node) ?? 0), 0) > c.amount) capacityBroken.add(i);
      if (c.kind === 'ban' && c.continuous && c.nodes.some((node) => present.get(node)?.includes(c.vm))) banBroken.add(i);
      if (c.kind === 'maxOnline' && c.continuous) {
        const powered = c.nodes.filter((n) => {
          const boot = nodeActionOf(p, n, 'bootNode');
          const shut = nodeActionOf(p, n, 'shutdownNode');
          return m.nodes.get(n) === 'online' ? !(shut && t >= shut.end) : boot !== undefined && t >= boot.start;
        });
        if (powered.length > c.amount) maxOnlineBroken.add(i);
      }
    });
  }
  return { overloads: overloads.sort(), badPower, spreadBroken, maxOnlineBroken, capacityBroken, banBroken };
}

/** Final-state verdict of a constraint on the naive result, read from the spec's §3.4bis list. */
function naiveFinal(c: Constraint, r: NonNullable<ReturnType<typeof naiveResult>>, capacity: (n: NodeId) => number): boolean {
  const runningHost = (vm: VmId) => (r.vms.get(vm) === 'running' ? r.host.get(vm) : undefined);
  const hosts = (vms: VmId[]) => vms.map(runningHost).filter((h) => h !== undefined);
  switch (c.kind) {
    case 'spread': { const h = hosts(c.vms); return new Set(h).size === h.length; }
    case 'gather': return new Set(hosts(c.vms)).size <= 1;
    case 'ban': { const h = runningHost(c.vm); return h === undefined || !c.nodes.includes(h); }
    case 'fence': { const h = runningHost(c.vm); return h === undefined || c.nodes.includes(h); }
    case 'maxOnline': return c.nodes.filter((n) => r.nodes.get(n) === 'online').length <= c.amount;
    case 'running': case 'ready': case 'killed': return r.vms.get(c.vm) === c.kind;
    case 'online': case 'offline': return r.nodes.get(c.node) === c.kind;
    case 'runningCapacity': return [...r.vms.keys()].filter((vm) => { const h = runningHost(vm); return h !== undefined && c.nodes.includes(h); }).length <= c.amount;
    case 'resourceCapacity': {
      let sum = 0;
      for (const vm of r.vms.keys()) { const h = runningHost(vm); if (h !== undefined && c.nodes.includes(h)) sum += r.cpu.get(vm) ?? 0; }
      return sum <= c.amount;
    }
    case 'overbook': {
      if (r.nodes.get(c.node) !== 'online') return true;
      let sum = 0;
      for (const vm of r.vms.keys()) if (runningHost(vm) === c.node) sum += r.cpu.get(vm) ?? 0;
      return sum <= capacity(c.node) * c.ratio;
    }
    default: return true;
  }
}

// ---------- properties ----------

const RUNS = 1000;

test('the checker never throws and reports violations with a code, a message and a time', () => {
  fc.assert(
    fc.property(arbCase, ({ instance, plan }) => {
      const r = checkPlan(instance, plan, { durations: false });
      assert.equal(r.ok, r.violations.length === 0);
      for (const v of r.violations) {
        assert.match(v.code, /^(PLAN|CSTR)\d{3}$/);
        assert.ok(v.message.length > 0 && Number.isFinite(v.time));
      }
    }),
    { numRuns: RUNS },
  );
});

test('the result model and its applicability agree with a naive sequential application', () => {
  fc.assert(
    fc.property(arbCase, ({ instance, plan }) => {
      const r = checkPlan(instance, plan, { durations: false });
      const naive = naiveResult(plan);
      assert.equal(r.result === undefined, naive === undefined);
      if (!r.result || !naive) return;
      assert.deepEqual([...r.result.vms].sort(), [...naive.vms].sort());
      assert.deepEqual([...r.result.host].sort(), [...naive.host].sort());
      assert.deepEqual([...r.result.nodes].sort(), [...naive.nodes].sort());
    }),
    { numRuns: RUNS },
  );
});

test('resource overloads (PLAN009) are exactly those a time-stepped recount finds', () => {
  fc.assert(
    fc.property(arbCase, ({ instance, plan }) => {
      const r = checkPlan(instance, plan, { durations: false });
      const name = /^node#(\d+) uses (\d+) 'cpu' from t=(\d+)/;
      const got = r.violations.filter((v) => v.code === 'PLAN009').map((v) => {
        const m = name.exec(v.message);
        assert.ok(m, v.message);
        return `${m[1]}:${m[2]}:${m[3]}`;
      });
      assert.deepEqual(got.sort(), naiveReplay(instance, plan).overloads);
    }),
    { numRuns: RUNS },
  );
});

test('node power violations (PLAN007/PLAN008) concern exactly the nodes where a VM sits while the node is down', () => {
  fc.assert(
    fc.property(arbCase, ({ instance, plan }) => {
      const r = checkPlan(instance, plan, { durations: false });
      const nodes = new Set<number>();
      for (const v of r.violations) {
        if (v.code === 'PLAN007') nodes.add(Number(/arrives on node#(\d+)/.exec(v.message)![1]));
        if (v.code === 'PLAN008') nodes.add(Number(/^node#(\d+) shuts down/.exec(v.message)![1]));
      }
      assert.deepEqual([...nodes].sort(), [...naiveReplay(instance, plan).badPower].sort());
    }),
    { numRuns: RUNS },
  );
});

test('on applicable plans, discrete verdicts on the result and continuous spread, ban, maxOnline and resourceCapacity agree with the naive replay', () => {
  fc.assert(
    fc.property(arbCase, ({ instance, plan }) => {
      const naive = naiveResult(plan);
      if (!naive) return;
      const capacity = (n: NodeId) => plan.origin.resources.get('cpu')!.capacity.get(n) ?? 0;
      const r = checkPlan(instance, plan, { durations: false });
      const replay = naiveReplay(instance, plan);
      instance.constraints.forEach((c, i) => {
        const mine = r.violations.filter((v) => v.constraint === c);
        assert.equal(mine.some((v) => v.code === 'CSTR003'), !naiveFinal(c, naive, capacity), `${c.kind} at the end`);
        const initiallyOk = !mine.some((v) => v.code === 'CSTR001');
        if (c.kind === 'spread' && c.continuous && initiallyOk) assert.equal(mine.some((v) => v.code === 'CSTR002'), replay.spreadBroken.has(i), 'continuous spread');
        if (c.kind === 'maxOnline' && c.continuous && initiallyOk) assert.equal(mine.some((v) => v.code === 'CSTR002'), replay.maxOnlineBroken.has(i), 'continuous maxOnline');
        if (c.kind === 'resourceCapacity' && c.continuous && initiallyOk) assert.equal(mine.some((v) => v.code === 'CSTR002'), replay.capacityBroken.has(i), 'continuous resourceCapacity');
        if (c.kind === 'ban' && c.continuous && initiallyOk) assert.equal(mine.some((v) => v.code === 'CSTR002'), replay.banBroken.has(i), 'continuous ban');
      });
    }),
    { numRuns: RUNS },
  );
});
