/**
 * State, power and capacity constraints (online, offline, maxOnline, running, ready, sleeping, killed, preserve,
 * overbook, resourceCapacity, runningCapacity): satisfied and violated, in their modes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlan } from '../../../../src/solver/checker/index.ts';
import { CONSTRAINTS, misplacedVms, targetStates } from '../../../../src/solver/constraints/registry.ts';
import type { Constraint } from '../../../../src/solver/constraints/index.ts';
import type { Action } from '../../../../src/solver/plan/plan.ts';
import { act, build, instance, plan, timed } from '../helpers.ts';

const { model, n, v } = build({
  nodes: { N0: 'online', N1: 'online', N2: 'offline' },
  vms: { A: 'running@N0', B: 'running@N0', C: 'running@N1', D: 'ready', S: 'sleeping@N1' },
  resources: { cpu: { capacity: 4, consumption: 1, vms: { A: 2 } } },
});

function verdict(constraints: Constraint[], actions: Action[]): string[] {
  return checkPlan(instance(model, constraints), plan(model, actions)).violations.map((x) => `${x.code}:${x.constraint?.kind ?? '-'}`);
}
const one = timed;

test('online / offline: node state at the end', () => {
  assert.deepEqual(verdict([{ kind: 'online', node: n.N2 }], []), ['CSTR003:online']);
  assert.deepEqual(verdict([{ kind: 'online', node: n.N2 }], [one({ kind: 'bootNode', node: n.N2 })]), []);
  assert.deepEqual(verdict([{ kind: 'offline', node: n.N1 }], []), ['CSTR003:offline']);
  const empty = [one({ kind: 'migrateVM', vm: v.C, from: n.N1, to: n.N0 }), one({ kind: 'killVM', vm: v.S, on: n.N1 }), one({ kind: 'shutdownNode', node: n.N1 }, 1)];
  assert.deepEqual(verdict([{ kind: 'offline', node: n.N1 }], empty), []);
  assert.deepEqual(CONSTRAINTS.offline.misplacedVms({ kind: 'offline', node: n.N1 }, instance(model)), [v.C, v.S]);
});

test('maxOnline: discrete counts online nodes at the end; continuous counts powered nodes at every instant', () => {
  const set = [n.N0, n.N1, n.N2];
  assert.deepEqual(verdict([{ kind: 'maxOnline', nodes: set, amount: 2, continuous: false }], [one({ kind: 'bootNode', node: n.N2 })]), ['CSTR003:maxOnline']);
  assert.deepEqual(verdict([{ kind: 'maxOnline', nodes: set, amount: 1, continuous: true }], []), ['CSTR001:maxOnline', 'CSTR003:maxOnline']);
  // Booting N2 while N1 is still shutting down makes 3 powered nodes at t=0; waiting for the end makes 2.
  const leaveN1 = [one({ kind: 'migrateVM', vm: v.C, from: n.N1, to: n.N0 }), one({ kind: 'killVM', vm: v.S, on: n.N1 }), one({ kind: 'shutdownNode', node: n.N1 }, 1, 2)];
  const c: Constraint = { kind: 'maxOnline', nodes: set, amount: 2, continuous: true };
  assert.deepEqual(verdict([c], [...leaveN1, one({ kind: 'bootNode', node: n.N2 }, 1)]), ['CSTR002:maxOnline']);
  assert.deepEqual(verdict([c], [...leaveN1, one({ kind: 'bootNode', node: n.N2 }, 2)]), []);
});

test('running / ready / sleeping / killed: the final state, and the targets the engine reads', () => {
  assert.deepEqual(verdict([{ kind: 'running', vm: v.D }], []), ['CSTR003:running']);
  assert.deepEqual(verdict([{ kind: 'running', vm: v.D }], [one({ kind: 'bootVM', vm: v.D, on: n.N1 })]), []);
  assert.deepEqual(verdict([{ kind: 'ready', vm: v.C }], [one({ kind: 'shutdownVM', vm: v.C, on: n.N1 })]), []);
  assert.deepEqual(verdict([{ kind: 'sleeping', vm: v.C }], [one({ kind: 'suspendVM', vm: v.C, from: n.N1, to: n.N1 })]), []);
  assert.deepEqual(verdict([{ kind: 'sleeping', vm: v.C }], []), ['CSTR003:sleeping']);
  assert.deepEqual(verdict([{ kind: 'killed', vm: v.S }], [one({ kind: 'killVM', vm: v.S, on: n.N1 })]), []);
  assert.deepEqual(verdict([{ kind: 'killed', vm: v.D }], []), ['CSTR003:killed']);
  const t = targetStates(instance(model, [{ kind: 'running', vm: v.D }, { kind: 'ready', vm: v.D }, { kind: 'killed', vm: v.A }]));
  assert.deepEqual([...t.targets], [[v.D, 'running'], [v.A, 'killed']]);
  assert.deepEqual(t.conflicts, [v.D]);
});

test('life cycle: a sleeping VM cannot become ready, nor be shut down', () => {
  const r = checkPlan(instance(model, [{ kind: 'ready', vm: v.S }]), plan(model, [one({ kind: 'shutdownVM', vm: v.S, on: n.N1 })]));
  assert.deepEqual(r.violations.map((x) => x.code), ['PLAN004', 'CSTR003']);
  assert.match(r.violations[0].message, /a sleeping VM cannot become ready/);
});

test('preserve: a running VM ends with at least the amount; the allocate action provides it', () => {
  const c: Constraint = { kind: 'preserve', vm: v.C, rc: 'cpu', amount: 3 };
  assert.deepEqual(verdict([c], []), ['CSTR003:preserve']);
  assert.deepEqual(verdict([c], [act({ kind: 'allocate', vm: v.C, on: n.N1, rc: 'cpu', amount: 3, start: 0, end: 0 })]), []);
  // A VM that ends ready is not concerned.
  assert.deepEqual(verdict([c], [one({ kind: 'shutdownVM', vm: v.C, on: n.N1 })]), []);
  // N0 holds A (2) + B (1) of 4: growing A to 4 overloads it, so both are misplaced for repair mode.
  const grow: Constraint = { kind: 'preserve', vm: v.A, rc: 'cpu', amount: 4 };
  assert.deepEqual(misplacedVms(instance(model, [grow])), [v.A, v.B]);
  assert.deepEqual(verdict([grow], [act({ kind: 'allocate', vm: v.A, on: n.N0, rc: 'cpu', amount: 4, start: 0, end: 0 })]), ['PLAN009:-']);
});

test('overbook: capacity × ratio, at the end and (continuous) from the start', () => {
  // Boot D on N0 (3 of 4 used) and grow it to 2: 5 > 4 without overbook, fine with ratio 1.5.
  const actions = [one({ kind: 'bootVM', vm: v.D, on: n.N0, pre: [{ kind: 'allocate', vm: v.D, rc: 'cpu', amount: 2 }] })];
  assert.deepEqual(verdict([], actions), ['PLAN009:-']);
  assert.deepEqual(verdict([{ kind: 'overbook', node: n.N0, rc: 'cpu', ratio: 1.5, continuous: false }], actions), []);
  assert.deepEqual(verdict([{ kind: 'overbook', node: n.N0, rc: 'cpu', ratio: 1, continuous: true }], actions), ['PLAN009:overbook', 'CSTR003:overbook']);
  const tight = build({ nodes: { N0: 'online' }, vms: { X: 'running@N0' }, resources: { cpu: { capacity: 2, consumption: 3 } } });
  const r = checkPlan(instance(tight.model, [{ kind: 'overbook', node: 0, rc: 'cpu', ratio: 1, continuous: true }]), plan(tight.model, []));
  assert.deepEqual(r.violations.map((x) => x.code), ['PLAN009', 'CSTR001', 'CSTR003']);
});

test('resourceCapacity: the sum over the node set, at the end or at every instant', () => {
  const set = [n.N0, n.N1];
  // Usage on N0+N1 is 2+1+1 = 4. Booting D there makes 5.
  const bootD = [one({ kind: 'bootVM', vm: v.D, on: n.N1 })];
  assert.deepEqual(verdict([{ kind: 'resourceCapacity', nodes: set, rc: 'cpu', amount: 5, continuous: true }], bootD), []);
  assert.deepEqual(verdict([{ kind: 'resourceCapacity', nodes: set, rc: 'cpu', amount: 4, continuous: false }], bootD), ['CSTR003:resourceCapacity']);
  assert.deepEqual(verdict([{ kind: 'resourceCapacity', nodes: set, rc: 'cpu', amount: 3, continuous: true }], []), ['CSTR001:resourceCapacity', 'CSTR003:resourceCapacity']);
  // Continuous: a migration inside the set holds both nodes while it lasts (4 + 1 at t=0).
  const c: Constraint = { kind: 'resourceCapacity', nodes: set, rc: 'cpu', amount: 4, continuous: true };
  assert.deepEqual(verdict([c], [one({ kind: 'migrateVM', vm: v.C, from: n.N1, to: n.N0 })]), ['CSTR002:resourceCapacity']);
  assert.deepEqual(verdict([{ ...c, continuous: false }], [one({ kind: 'migrateVM', vm: v.C, from: n.N1, to: n.N0 })]), []);
});

test('runningCapacity (discrete only): number of running VMs on the node set at the end', () => {
  const c: Constraint = { kind: 'runningCapacity', nodes: [n.N0], amount: 2 };
  assert.deepEqual(verdict([c], []), []);
  assert.deepEqual(verdict([c], [one({ kind: 'bootVM', vm: v.D, on: n.N0 })]), ['CSTR003:runningCapacity']);
  assert.deepEqual(CONSTRAINTS.runningCapacity.misplacedVms({ ...c, amount: 1 }, instance(model)), [v.A, v.B]);
});
