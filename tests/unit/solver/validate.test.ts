/** Instance validation: every modelling error named, with its stable code. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInstance } from '../../../src/solver/model/validate.ts';
import { nodeActionDuration, vmActionDuration, expectedDuration } from '../../../src/solver/plan/durations.ts';
import { mttrCost, migrationsCost, objectiveCost } from '../../../src/solver/plan/objective.ts';
import type { Constraint } from '../../../src/solver/constraints/index.ts';
import { act, build, instance, plan } from './helpers.ts';

const base = () =>
  build({
    nodes: { N0: 'online', N1: 'offline' },
    vms: { A: 'running@N0', B: 'ready', I: 'init' },
    resources: { cpu: { capacity: 4, consumption: 1 } },
  });
const codes = (cs: Constraint[], tweak?: (b: ReturnType<typeof base>) => void) => {
  const b = base();
  tweak?.(b);
  return validateInstance(instance(b.model, cs)).map((d) => d.code);
};

test('a sound instance has no diagnostic', () => {
  assert.deepEqual(codes([{ kind: 'spread', vms: [0, 1], continuous: true }]), []);
});

test('unknown elements referenced by constraints', () => {
  assert.deepEqual(codes([{ kind: 'ban', vm: 9, nodes: [7], continuous: false }]), ['MODEL001', 'MODEL002']);
  assert.deepEqual(codes([{ kind: 'preserve', vm: 0, rc: 'mem', amount: 1 }]), ['MODEL003']);
  const d = validateInstance(instance(base().model, [{ kind: 'running', vm: 9, source: { line: 3, column: 1 } }]));
  assert.match(d[0].message, /running \(line 3\): unknown VM vm#9/);
  assert.deepEqual(d[0].range, { line: 3, column: 1 });
});

test('negative capacities and consumptions', () => {
  assert.deepEqual(codes([], (b) => b.model.resources.get('cpu')!.capacity.set(b.n.N1, -1)), ['MODEL004']);
  assert.deepEqual(codes([], (b) => b.model.resources.get('cpu')!.consumption.set(b.v.B, -2)), ['MODEL005']);
  assert.deepEqual(codes([], (b) => (b.model.resources.get('cpu')!.defaultConsumption = 1.5)), ['MODEL005']);
});

test('VMs on offline or unknown nodes, and states that disagree with hosts', () => {
  assert.deepEqual(codes([], (b) => b.model.host.set(b.v.A, b.n.N1)), ['MODEL007']);
  assert.deepEqual(codes([], (b) => b.model.host.set(b.v.A, 42)), ['MODEL006']);
  assert.deepEqual(codes([], (b) => b.model.host.set(b.v.B, b.n.N0)), ['MODEL008']);
  assert.deepEqual(codes([], (b) => b.model.host.delete(b.v.A)), ['MODEL008']);
});

test('overloaded source node, with and without overbook', () => {
  const heavy = (b: ReturnType<typeof base>) => b.model.resources.get('cpu')!.consumption.set(b.v.A, 5);
  assert.deepEqual(codes([], heavy), ['MODEL009']);
  assert.deepEqual(codes([{ kind: 'overbook', node: 0, rc: 'cpu', ratio: 1.25, continuous: true }], heavy), []);
});

test('non-positive durations', () => {
  assert.deepEqual(codes([], (b) => b.model.vmAttributes.set(b.v.A, new Map([['migrate', 0]]))), ['MODEL010']);
  assert.deepEqual(codes([], (b) => b.model.nodeAttributes.set(b.n.N1, new Map([['boot', -3]]))), ['MODEL010']);
  assert.deepEqual(codes([], (b) => b.model.vmAttributes.set(b.v.A, new Map<string, string | number>([['template', 'tiny'], ['boot', 7]]))), []);
});

test('a VM to forge needs a template', () => {
  assert.deepEqual(codes([{ kind: 'ready', vm: 2 }]), ['MODEL011']);
  assert.deepEqual(codes([{ kind: 'ready', vm: 2 }], (b) => b.model.vmAttributes.set(b.v.I, new Map([['template', 'small']]))), []);
});

test('malformed constraint parameters', () => {
  assert.deepEqual(codes([{ kind: 'among', vms: [0], parts: [[0], [0, 1]], continuous: false }]), ['MODEL013']);
  assert.deepEqual(codes([{ kind: 'split', parts: [], continuous: false }]), ['MODEL012']);
  assert.deepEqual(codes([{ kind: 'seq', vms: [0, 1, 0] }]), ['MODEL014']);
  assert.deepEqual(codes([{ kind: 'maxOnline', nodes: [0], amount: -1, continuous: false }]), ['MODEL015']);
  assert.deepEqual(codes([{ kind: 'overbook', node: 0, rc: 'cpu', ratio: 0.5, continuous: true }]), ['MODEL016']);
  assert.deepEqual(codes([{ kind: 'deadline', vm: 0, timestamp: '25:00:00' }]), ['MODEL017']);
  assert.deepEqual(codes([{ kind: 'precedence', vm1: 0, vm2: 0 }]), ['MODEL018']);
  assert.deepEqual(codes([{ kind: 'running', vm: 1 }, { kind: 'killed', vm: 1 }]), ['MODEL019']);
  assert.deepEqual(codes([{ kind: 'runningCapacity', nodes: [0], amount: 1 }, { kind: 'spread', vms: [0], continuous: true }]), []);
});

test('durations: attribute, then linear rule, then 1', () => {
  const { model, n, v } = base();
  model.vmAttributes.set(v.A, new Map([['boot', 7]]));
  model.resources.get('cpu')!.consumption.set(v.B, 3);
  const rules = { migrateVM: { rc: 'cpu', a: 2, b: 3 }, bootNode: { rc: 'cpu', a: 0.5, b: 0 } };
  assert.equal(vmActionDuration(model, 'bootVM', v.A), 7);
  assert.equal(vmActionDuration(model, 'migrateVM', v.B, rules), 9);
  assert.equal(vmActionDuration(model, 'migrateVM', v.B), 1);
  assert.equal(nodeActionDuration(model, 'bootNode', n.N1, rules), 2);
  assert.equal(expectedDuration(model, act({ kind: 'allocate', vm: v.A, on: n.N0, rc: 'cpu', amount: 2, start: 1, end: 1 })), undefined);
  assert.deepEqual(validateInstance({ ...instance(model), durations: { migrateVM: { rc: 'mem', a: 1, b: -1 } } }).map((d) => d.code), ['MODEL020', 'MODEL020']);
});

test('objectives: MinMTTR sums transition ends, a growing staying VM ends with the plan; MinMigrations sums migration durations', () => {
  const { model, n, v } = base();
  const p = plan(model, [
    act({ kind: 'migrateVM', vm: v.A, from: n.N0, to: n.N1, start: 0, end: 3 }),
    act({ kind: 'bootNode', node: n.N1, start: 0, end: 2 }),
    act({ kind: 'bootVM', vm: v.B, on: n.N1, start: 2, end: 4 }),
  ]);
  assert.equal(mttrCost(p), 3 + 2 + 4);
  assert.equal(migrationsCost(p), 3);
  assert.equal(objectiveCost({ ...instance(model), objective: { kind: 'minimizeMigrations' } }, p), 3);
  const grow = plan(model, [act({ kind: 'bootVM', vm: v.B, on: n.N0, start: 0, end: 5 }), act({ kind: 'allocate', vm: v.A, on: n.N0, rc: 'cpu', amount: 2, start: 1, end: 1 })]);
  assert.equal(mttrCost(grow), 5 + 5);
  const shrink = plan(model, [act({ kind: 'bootVM', vm: v.B, on: n.N0, start: 0, end: 5 }), act({ kind: 'allocate', vm: v.A, on: n.N0, rc: 'cpu', amount: 0, start: 0, end: 0 })]);
  assert.equal(mttrCost(shrink), 5);
});
