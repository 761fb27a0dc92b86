/**
 * Placement constraints (spread, gather, among, splitAmong, split, lonely, ban, fence, root, quarantine):
 * satisfied and violated, discrete (result model) and continuous (source model and every action).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlan } from '../../../../src/solver/checker/index.ts';
import { CONSTRAINTS } from '../../../../src/solver/constraints/registry.ts';
import type { Constraint } from '../../../../src/solver/constraints/index.ts';
import type { Action } from '../../../../src/solver/plan/plan.ts';
import { act, build, instance, plan } from '../helpers.ts';

// Three online nodes, A and B on N0, C on N1, D ready.
const { model, n, v } = build({
  nodes: { N0: 'online', N1: 'online', N2: 'online' },
  vms: { A: 'running@N0', B: 'running@N0', C: 'running@N1', D: 'ready' },
});
const mig = (vm: number, from: number, to: number, start = 0) => act({ kind: 'migrateVM', vm, from, to, start, end: start + 1 });
const boot = (vm: number, on: number, start = 0) => act({ kind: 'bootVM', vm, on, start, end: start + 1 });

/** `code:kind` of each violation, e.g. `CSTR003:spread`. */
function verdict(constraints: Constraint[], actions: Action[]): string[] {
  return checkPlan(instance(model, constraints), plan(model, actions)).violations.map((x) => `${x.code}:${x.constraint?.kind ?? '-'}`);
}

test('spread, discrete: co-located set VMs violate at the end; separating them satisfies', () => {
  const c: Constraint = { kind: 'spread', vms: [v.A, v.B], continuous: false };
  assert.deepEqual(verdict([c], []), ['CSTR003:spread']);
  assert.deepEqual(verdict([c], [mig(v.B, n.N0, n.N2)]), []);
  assert.deepEqual(CONSTRAINTS.spread.misplacedVms(c, instance(model, [c])), [v.A, v.B]);
});

test('spread, continuous: violated by the source; an arrival before the other set VM has left is rejected', () => {
  assert.deepEqual(verdict([{ kind: 'spread', vms: [v.A, v.B], continuous: true }], [mig(v.B, n.N0, n.N2)]), ['CSTR001:spread']);
  const c: Constraint = { kind: 'spread', vms: [v.A, v.C], continuous: true };
  // C leaves N1 during [0,1]; A arriving on N1 at 0 overlaps, at 1 it does not.
  assert.deepEqual(verdict([c], [mig(v.C, n.N1, n.N2), mig(v.A, n.N0, n.N1, 0)]), ['CSTR002:spread']);
  assert.deepEqual(verdict([c], [mig(v.C, n.N1, n.N2), mig(v.A, n.N0, n.N1, 1)]), []);
  // The discrete version only looks at the end.
  assert.deepEqual(verdict([{ ...c, continuous: false }], [mig(v.C, n.N1, n.N2), mig(v.A, n.N0, n.N1, 0)]), []);
});

test('gather: discrete end check; continuous locks the node of the running VMs', () => {
  const d: Constraint = { kind: 'gather', vms: [v.A, v.C], continuous: false };
  assert.deepEqual(verdict([d], []), ['CSTR003:gather']);
  assert.deepEqual(verdict([d], [mig(v.C, n.N1, n.N0)]), []);
  const c: Constraint = { kind: 'gather', vms: [v.A, v.B, v.D], continuous: true };
  assert.deepEqual(verdict([c], [boot(v.D, n.N0)]), []);
  assert.deepEqual(verdict([c], [boot(v.D, n.N1)]), ['CSTR002:gather', 'CSTR003:gather']);
  assert.deepEqual(verdict([{ ...c, continuous: false }], [boot(v.D, n.N1)]), ['CSTR003:gather']);
  // Apart at the start: infeasible (CSTR001), even if the plan then joins them.
  assert.deepEqual(verdict([{ kind: 'gather', vms: [v.A, v.C], continuous: true }], [mig(v.C, n.N1, n.N0)]), ['CSTR001:gather']);
});

test('among: one group at the end; continuous keeps the group in use', () => {
  const parts = [[n.N0, n.N1], [n.N2]];
  const d: Constraint = { kind: 'among', vms: [v.A, v.C], parts, continuous: false };
  assert.deepEqual(verdict([d], []), []);
  assert.deepEqual(verdict([d], [mig(v.C, n.N1, n.N2)]), ['CSTR003:among']);
  const c: Constraint = { ...d, continuous: true };
  assert.deepEqual(verdict([c], [mig(v.A, n.N0, n.N2), mig(v.C, n.N1, n.N2)]), ['CSTR002:among', 'CSTR002:among']);
  assert.deepEqual(verdict([{ kind: 'among', vms: [v.A], parts: [[n.N1]], continuous: false }], []), ['CSTR003:among']);
});

test('splitAmong: VM groups in distinct node groups', () => {
  const base = { vParts: [[v.A], [v.C]], pParts: [[n.N0], [n.N1, n.N2]] };
  assert.deepEqual(verdict([{ kind: 'splitAmong', ...base, continuous: false }], []), []);
  assert.deepEqual(verdict([{ kind: 'splitAmong', ...base, continuous: false }], [mig(v.C, n.N1, n.N0)]), ['CSTR003:splitAmong']);
  assert.deepEqual(verdict([{ kind: 'splitAmong', ...base, continuous: true }], [mig(v.C, n.N1, n.N0)]), ['CSTR002:splitAmong', 'CSTR003:splitAmong']);
  assert.deepEqual(verdict([{ kind: 'splitAmong', ...base, continuous: true }], [mig(v.C, n.N1, n.N2)]), []);
});

test('split: groups never share a node; continuous waits for the other group to leave', () => {
  const d: Constraint = { kind: 'split', parts: [[v.A], [v.C]], continuous: false };
  assert.deepEqual(verdict([d], []), []);
  assert.deepEqual(verdict([d], [mig(v.C, n.N1, n.N0)]), ['CSTR003:split']);
  const c: Constraint = { kind: 'split', parts: [[v.A], [v.C]], continuous: true };
  assert.deepEqual(verdict([c], [mig(v.A, n.N0, n.N2), mig(v.C, n.N1, n.N0, 0)]), ['CSTR002:split']);
  assert.deepEqual(verdict([c], [mig(v.A, n.N0, n.N2), mig(v.C, n.N1, n.N0, 1)]), []);
  assert.deepEqual(verdict([{ kind: 'split', parts: [[v.A], [v.B]], continuous: true }], [mig(v.B, n.N0, n.N2)]), ['CSTR001:split']);
});

test('lonely: set VMs keep their nodes to themselves, in both directions when continuous', () => {
  const d: Constraint = { kind: 'lonely', vms: [v.C], continuous: false };
  assert.deepEqual(verdict([d], []), []);
  assert.deepEqual(verdict([d], [boot(v.D, n.N1)]), ['CSTR003:lonely']);
  assert.deepEqual(verdict([{ kind: 'lonely', vms: [v.A], continuous: false }], []), ['CSTR003:lonely']);
  const c: Constraint = { kind: 'lonely', vms: [v.C], continuous: true };
  assert.deepEqual(verdict([c], [mig(v.C, n.N1, n.N2), boot(v.D, n.N1, 0)]), ['CSTR002:lonely']);
  assert.deepEqual(verdict([c], [mig(v.C, n.N1, n.N2), boot(v.D, n.N1, 1)]), []);
});

test('ban: not on those nodes; continuous also at the start and on every placement', () => {
  assert.deepEqual(verdict([{ kind: 'ban', vm: v.D, nodes: [n.N0], continuous: false }], [boot(v.D, n.N0)]), ['CSTR003:ban']);
  assert.deepEqual(verdict([{ kind: 'ban', vm: v.D, nodes: [n.N0], continuous: true }], [boot(v.D, n.N0)]), ['CSTR002:ban', 'CSTR003:ban']);
  assert.deepEqual(verdict([{ kind: 'ban', vm: v.A, nodes: [n.N0], continuous: true }], [mig(v.A, n.N0, n.N1)]), ['CSTR001:ban']);
  assert.deepEqual(verdict([{ kind: 'ban', vm: v.D, nodes: [n.N0], continuous: true }], [boot(v.D, n.N1)]), []);
});

test('fence: inside those nodes; a ready VM is not concerned', () => {
  assert.deepEqual(verdict([{ kind: 'fence', vm: v.D, nodes: [n.N2], continuous: false }], []), []);
  assert.deepEqual(verdict([{ kind: 'fence', vm: v.D, nodes: [n.N2], continuous: false }], [boot(v.D, n.N1)]), ['CSTR003:fence']);
  assert.deepEqual(verdict([{ kind: 'fence', vm: v.A, nodes: [n.N1, n.N2], continuous: true }], [mig(v.A, n.N0, n.N2)]), ['CSTR001:fence']);
  assert.deepEqual(verdict([{ kind: 'fence', vm: v.D, nodes: [n.N2], continuous: true }], [boot(v.D, n.N1)]), ['CSTR002:fence', 'CSTR003:fence']);
});

test('root: a running VM is never migrated; shutting it down is allowed', () => {
  const c: Constraint = { kind: 'root', vm: v.A };
  assert.deepEqual(verdict([c], [mig(v.A, n.N0, n.N1)]), ['CSTR002:root']);
  assert.deepEqual(verdict([c], [act({ kind: 'shutdownVM', vm: v.A, on: n.N0, start: 0, end: 1 })]), []);
});

test('quarantine: nothing leaves or enters the node', () => {
  const c: Constraint = { kind: 'quarantine', node: n.N0 };
  assert.deepEqual(verdict([c], [mig(v.A, n.N0, n.N1)]), ['CSTR002:quarantine']);
  assert.deepEqual(verdict([c], [mig(v.C, n.N1, n.N0)]), ['CSTR002:quarantine']);
  assert.deepEqual(verdict([c], [boot(v.D, n.N0)]), ['CSTR002:quarantine']);
  assert.deepEqual(verdict([c], [boot(v.D, n.N1), mig(v.C, n.N1, n.N2)]), []);
});
