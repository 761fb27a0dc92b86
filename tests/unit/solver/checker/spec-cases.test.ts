/** The worked cases of spec §8, as plans the checker accepts or rejects for the right reason. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlan } from '../../../../src/solver/checker/index.ts';
import { validateInstance } from '../../../../src/solver/model/validate.ts';
import { act, build, instance, plan } from '../helpers.ts';
import type { CheckResult } from '../../../../src/solver/checker/types.ts';

const codes = (r: CheckResult) => r.violations.map((v) => v.code);

test('case 1, boot cascade: boot the node [0,5] then the VM [5,7] is valid', () => {
  const { model, n, v } = build({ nodes: { N0: 'offline' }, vms: { VM0: 'ready' }, attributes: { N0: { boot: 5 }, VM0: { boot: 2 } } });
  const inst = instance(model, [{ kind: 'running', vm: v.VM0 }]);
  const r = checkPlan(inst, plan(model, [act({ kind: 'bootNode', node: n.N0, start: 0, end: 5 }), act({ kind: 'bootVM', vm: v.VM0, on: n.N0, start: 5, end: 7 })]));
  assert.deepEqual(r.violations, []);
  assert.equal(r.ok, true);
  assert.equal(r.result?.vms.get(v.VM0), 'running');
});

test('case 1, boot cascade: booting the VM before the node is up is rejected (PLAN007 at t=2)', () => {
  const { model, n, v } = build({ nodes: { N0: 'offline' }, vms: { VM0: 'ready' }, attributes: { N0: { boot: 5 }, VM0: { boot: 2 } } });
  const inst = instance(model, [{ kind: 'running', vm: v.VM0 }]);
  const boot = act({ kind: 'bootVM', vm: v.VM0, on: n.N0, start: 2, end: 4 });
  const r = checkPlan(inst, plan(model, [act({ kind: 'bootNode', node: n.N0, start: 0, end: 5 }), boot]));
  assert.equal(r.ok, false);
  assert.deepEqual(codes(r), ['PLAN007']);
  assert.equal(r.violations[0].time, 2);
  assert.equal(r.violations[0].action, boot);
  assert.match(r.violations[0].message, /VM0 arrives on N0 at t=2, before its boot ends at t=5/);
});

test('case 1: without the node boot, the VM boot cannot apply and running(VM0) fails at the end', () => {
  const { model, n, v } = build({ nodes: { N0: 'offline' }, vms: { VM0: 'ready' }, attributes: { VM0: { boot: 2 } } });
  const inst = instance(model, [{ kind: 'running', vm: v.VM0 }]);
  const r = checkPlan(inst, plan(model, [act({ kind: 'bootVM', vm: v.VM0, on: n.N0, start: 0, end: 2 })]));
  assert.deepEqual(codes(r).sort(), ['CSTR003', 'PLAN004', 'PLAN007']);
  assert.equal(r.result, undefined);
});

test('case 2, shutdown ordering: shutdownVM [0,2] then shutdownNode [2,7] is valid; earlier node shutdown is not', () => {
  const { model, n, v } = build({ nodes: { N0: 'online' }, vms: { VM0: 'running@N0' }, attributes: { VM0: { shutdown: 2 }, N0: { shutdown: 5 } } });
  const inst = instance(model, [{ kind: 'ready', vm: v.VM0 }, { kind: 'offline', node: n.N0 }]);
  const good = checkPlan(inst, plan(model, [act({ kind: 'shutdownVM', vm: v.VM0, on: n.N0, start: 0, end: 2 }), act({ kind: 'shutdownNode', node: n.N0, start: 2, end: 7 })]));
  assert.deepEqual(good.violations, []);
  const bad = checkPlan(inst, plan(model, [act({ kind: 'shutdownVM', vm: v.VM0, on: n.N0, start: 0, end: 2 }), act({ kind: 'shutdownNode', node: n.N0, start: 1, end: 6 })]));
  assert.ok(codes(bad).includes('PLAN008'));
  assert.match(bad.violations.find((x) => x.code === 'PLAN008')!.message, /N0 shuts down at t=1 while VM0 is running on it until t=2/);
});

test('case 3, forced move: migration N0 -> N1 over [0,5] satisfies ban(VM0, {N0})', () => {
  const { model, n, v } = build({ nodes: { N0: 'online', N1: 'online' }, vms: { VM0: 'running@N0' }, attributes: { VM0: { migrate: 5 } } });
  const inst = instance(model, [{ kind: 'ban', vm: v.VM0, nodes: [n.N0], continuous: false }]);
  assert.deepEqual(checkPlan(inst, plan(model, [act({ kind: 'migrateVM', vm: v.VM0, from: n.N0, to: n.N1, start: 0, end: 5 })])).violations, []);
  const wrongDuration = checkPlan(inst, plan(model, [act({ kind: 'migrateVM', vm: v.VM0, from: n.N0, to: n.N1, start: 0, end: 3 })]));
  assert.deepEqual(codes(wrongDuration), ['PLAN002']);
  const none = checkPlan(inst, plan(model, []));
  assert.deepEqual(codes(none), ['CSTR003']);
});

test('case 4, ban: one migration to N1 or N3 is valid, to N2 is not', () => {
  const { model, n, v } = build({
    nodes: { N0: 'online', N1: 'online', N2: 'online', N3: 'online', N4: 'online' },
    vms: { VM0: 'running@N0', VM1: 'running@N1', VM2: 'running@N2', VM3: 'running@N3', VM4: 'running@N4' },
  });
  const inst = instance(model, [{ kind: 'ban', vm: v.VM0, nodes: [n.N0, n.N2, n.N4], continuous: false }]);
  for (const to of [n.N1, n.N3]) assert.equal(checkPlan(inst, plan(model, [act({ kind: 'migrateVM', vm: v.VM0, from: n.N0, to, start: 0, end: 1 })])).ok, true);
  const bad = checkPlan(inst, plan(model, [act({ kind: 'migrateVM', vm: v.VM0, from: n.N0, to: n.N2, start: 0, end: 1 })]));
  assert.deepEqual(codes(bad), ['CSTR003']);
  assert.match(bad.violations[0].message, /VM0 runs on banned N2/);
});

test('case 5, gather: empty plan valid for >>gather alone; with running(VM1) VM1 boots on N2', () => {
  const { model, n, v } = build({ nodes: { N1: 'online', N2: 'online' }, vms: { VM1: 'ready', VM2: 'running@N2' } });
  const gather = { kind: 'gather' as const, vms: [v.VM1, v.VM2], continuous: false };
  assert.equal(checkPlan(instance(model, [gather]), plan(model, [])).ok, true);
  const inst = instance(model, [gather, { kind: 'running', vm: v.VM1 }]);
  assert.equal(checkPlan(inst, plan(model, [act({ kind: 'bootVM', vm: v.VM1, on: n.N2, start: 0, end: 1 })])).ok, true);
  const apart = checkPlan(inst, plan(model, [act({ kind: 'bootVM', vm: v.VM1, on: n.N1, start: 0, end: 1 })]));
  assert.deepEqual(codes(apart), ['CSTR003']);
});

test('case 5, continuous gather on N2 and fence to N1: moving either is rejected, staying breaks the fences', () => {
  const { model, n, v } = build({ nodes: { N1: 'online', N2: 'online' }, vms: { VM1: 'running@N2', VM2: 'running@N2' } });
  const inst = instance(model, [
    { kind: 'gather', vms: [v.VM1, v.VM2], continuous: true },
    { kind: 'fence', vm: v.VM1, nodes: [n.N1], continuous: false },
    { kind: 'fence', vm: v.VM2, nodes: [n.N1], continuous: false },
  ]);
  const moved = checkPlan(inst, plan(model, [act({ kind: 'migrateVM', vm: v.VM1, from: n.N2, to: n.N1, start: 0, end: 1 }), act({ kind: 'migrateVM', vm: v.VM2, from: n.N2, to: n.N1, start: 0, end: 1 })]));
  assert.deepEqual(codes(moved), ['CSTR002', 'CSTR002']);
  assert.ok(moved.violations.every((x) => x.constraint?.kind === 'gather'));
  assert.deepEqual(codes(checkPlan(inst, plan(model, []))), ['CSTR003', 'CSTR003']);
});

test('case 6, overbook: 7 VMs of mem 1 cannot all run on 2 nodes of mem 3 (ratio 1); ratio 2 fits 3 cpu-1 VMs on cpu 2', () => {
  const vms = Object.fromEntries([...Array(7).keys()].map((i) => [`VM${i}`, 'ready']));
  const { model, n, v } = build({ nodes: { N0: 'online', N1: 'online' }, vms, resources: { mem: { capacity: 3, consumption: 1 } } });
  const overbook = [n.N0, n.N1].map((node) => ({ kind: 'overbook' as const, node, rc: 'mem', ratio: 1, continuous: true }));
  const inst = instance(model, [...overbook, ...Object.values(v).map((vm) => ({ kind: 'running' as const, vm }))]);
  // Any attempt: boot 4 on N0 and 3 on N1 overloads N0.
  const boots = Object.values(v).map((vm, i) => act({ kind: 'bootVM', vm, on: i < 4 ? n.N0 : n.N1, start: 0, end: 1 }));
  const r = checkPlan(inst, plan(model, boots));
  assert.ok(codes(r).includes('PLAN009'));
  const over = r.violations.find((x) => x.code === 'PLAN009')!;
  assert.equal(over.constraint?.kind, 'overbook');
  assert.match(over.message, /N0 uses 4 'mem' from t=0, more than its capacity 3/);

  const b = build({ nodes: { N0: 'online', N1: 'online' }, vms: { A: 'ready', B: 'ready', C: 'ready' }, resources: { cpu: { capacity: 2, consumption: 1 } } });
  const inst2 = instance(b.model, [
    { kind: 'overbook', node: b.n.N0, rc: 'cpu', ratio: 2, continuous: true },
    { kind: 'overbook', node: b.n.N1, rc: 'cpu', ratio: 2, continuous: true },
    ...[b.v.A, b.v.B, b.v.C].map((vm) => ({ kind: 'running' as const, vm })),
  ]);
  const three = [b.v.A, b.v.B, b.v.C].map((vm) => act({ kind: 'bootVM', vm, on: b.n.N0, start: 0, end: 1 }));
  assert.deepEqual(checkPlan(inst2, plan(b.model, three)).violations, []);
});

test('case 7, discrete maxOnline: consolidating 3 VMs on one node and shutting 2 nodes down is valid', () => {
  const { model, n, v } = build({ nodes: { N0: 'online', N1: 'online', N2: 'online' }, vms: { VM0: 'running@N0', VM1: 'running@N1', VM2: 'running@N2' } });
  const inst = instance(model, [{ kind: 'maxOnline', nodes: [n.N0, n.N1, n.N2], amount: 1, continuous: false }]);
  const p = plan(model, [
    act({ kind: 'migrateVM', vm: v.VM1, from: n.N1, to: n.N0, start: 0, end: 1 }),
    act({ kind: 'migrateVM', vm: v.VM2, from: n.N2, to: n.N0, start: 0, end: 1 }),
    act({ kind: 'shutdownNode', node: n.N1, start: 1, end: 2 }),
    act({ kind: 'shutdownNode', node: n.N2, start: 1, end: 2 }),
  ]);
  assert.deepEqual(checkPlan(inst, p).violations, []);
  const half = plan(model, p.actions.slice(0, 3));
  assert.deepEqual(codes(checkPlan(inst, half)), ['CSTR003']);
});

test('case 8, no state path: a ready VM on an offline node kept offline cannot run', () => {
  const { model, n, v } = build({ nodes: { N0: 'offline' }, vms: { VM0: 'ready' } });
  const inst = instance(model, [{ kind: 'running', vm: v.VM0 }, { kind: 'offline', node: n.N0 }]);
  assert.deepEqual(codes(checkPlan(inst, plan(model, []))), ['CSTR003']);
  const tryBoot = checkPlan(inst, plan(model, [act({ kind: 'bootNode', node: n.N0, start: 0, end: 1 }), act({ kind: 'bootVM', vm: v.VM0, on: n.N0, start: 1, end: 2 })]));
  assert.deepEqual(codes(tryBoot), ['CSTR003']);
  assert.equal(tryBoot.violations[0].constraint?.kind, 'offline');
});

test('case 9, overloaded source: a node of capacity 4 hosting VMs of 5 is a modelling error', () => {
  const { model } = build({ nodes: { N0: 'online' }, vms: { VM0: 'running@N0', VM1: 'running@N0' }, resources: { cpu: { capacity: 4, vms: { VM0: 2, VM1: 3 } } } });
  const d = validateInstance(instance(model));
  assert.deepEqual(d.map((x) => x.code), ['MODEL009']);
  assert.match(d[0].message, /N0 is overloaded at the start: its running VMs use 5 'cpu', capacity 4/);
});

test('§3.5 illustration: the Getting-Started plan with a staying VM growing at the end is valid', () => {
  // node#0..3 with cpu 8 / mem 7; see spec §3.5 for why these times.
  const { model, n, v } = build({
    nodes: { N0: 'online', N1: 'online', N2: 'online', N3: 'online' },
    vms: { VM0: 'running@N2', VM1: 'running@N1', VM2: 'running@N0', VM3: 'running@N2', VM4: 'ready', VM5: 'running@N3' },
    resources: {
      cpu: { capacity: 8, vms: { VM0: 2, VM1: 3, VM2: 4, VM3: 3, VM4: 3, VM5: 5 } },
      mem: { capacity: 7, vms: { VM0: 2, VM1: 2, VM2: 4, VM3: 3, VM4: 2, VM5: 4 } },
    },
  });
  const inst = instance(model, [
    { kind: 'running', vm: v.VM4 },
    { kind: 'ready', vm: v.VM3 },
    { kind: 'offline', node: n.N3 },
    { kind: 'preserve', vm: v.VM0, rc: 'cpu', amount: 3 },
  ]);
  const good = plan(model, [
    act({ kind: 'shutdownVM', vm: v.VM3, on: n.N2, start: 0, end: 1 }),
    act({ kind: 'migrateVM', vm: v.VM5, from: n.N3, to: n.N1, start: 0, end: 1 }),
    act({ kind: 'bootVM', vm: v.VM4, on: n.N0, start: 0, end: 1, pre: [{ kind: 'allocate', vm: v.VM4, rc: 'cpu', amount: 3 }, { kind: 'allocate', vm: v.VM4, rc: 'mem', amount: 2 }] }),
    act({ kind: 'shutdownNode', node: n.N3, start: 1, end: 2 }),
    act({ kind: 'allocate', vm: v.VM0, on: n.N2, rc: 'cpu', amount: 3, start: 2, end: 2 }),
  ]);
  assert.deepEqual(validateInstance(inst), []);
  assert.deepEqual(checkPlan(inst, good).violations, []);
  // Shutting N3 down while VM5 is still leaving is not.
  const early = plan(model, good.actions.map((a) => (a.kind === 'shutdownNode' ? { ...a, start: 0, end: 1 } : a)));
  assert.deepEqual(codes(checkPlan(inst, early)), ['PLAN008']);
  // Without the allocation VM0 ends with 2 cpu: preserve fails at the end.
  const noGrow = plan(model, good.actions.filter((a) => a.kind !== 'allocate'));
  assert.deepEqual(codes(checkPlan(inst, noGrow)), ['CSTR003']);
});

test('§6.5 example: migrate VM1 [0,4] and boot VM2 on node 1 is valid; booting VM2 on the full node 0 at t=0 is not', () => {
  const { model, n, v } = build({
    nodes: { N0: 'online', N1: 'online' },
    vms: { VM0: 'running@N0', VM1: 'running@N0', VM2: 'ready' },
    resources: { cpu: { capacity: 4, consumption: 1, vms: { VM0: 2, VM1: 2 } } },
    attributes: { VM1: { migrate: 4 } },
  });
  const inst = instance(model, [{ kind: 'spread', vms: [v.VM0, v.VM1], continuous: false }, { kind: 'running', vm: v.VM2 }]);
  const mig = act({ kind: 'migrateVM', vm: v.VM1, from: n.N0, to: n.N1, start: 0, end: 4 });
  assert.deepEqual(checkPlan(inst, plan(model, [mig, act({ kind: 'bootVM', vm: v.VM2, on: n.N1, start: 0, end: 1 })])).violations, []);
  const full = checkPlan(inst, plan(model, [mig, act({ kind: 'bootVM', vm: v.VM2, on: n.N0, start: 0, end: 1 })]));
  assert.deepEqual(codes(full), ['PLAN009']);
  assert.equal(full.violations[0].time, 0);
  // At t=4 VM1 has left: booting there then is fine (a release at t is reusable at t).
  assert.deepEqual(checkPlan(inst, plan(model, [mig, act({ kind: 'bootVM', vm: v.VM2, on: n.N0, start: 4, end: 5 })])).violations, []);
});
