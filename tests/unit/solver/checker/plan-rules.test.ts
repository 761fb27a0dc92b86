/** The checker's own rules (PLAN codes), applyPlan, re-instantiation, and reporting every violation at once. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPlan, checkPlan } from '../../../../src/solver/checker/index.ts';
import type { CheckResult } from '../../../../src/solver/checker/types.ts';
import { act, build, instance, plan, timed } from '../helpers.ts';

const codes = (r: CheckResult) => r.violations.map((v) => v.code);
const world = () =>
  build({
    nodes: { N0: 'online', N1: 'online', N2: 'offline' },
    vms: { A: 'running@N0', B: 'ready', S: 'sleeping@N1', X: 'init' },
    resources: { cpu: { capacity: 4, consumption: 1 } },
    attributes: { A: { clone: true, template: 'small' }, X: { template: 'small', forge: 2 } },
  });

test('PLAN001: negative, reversed or fractional times', () => {
  const { model, v, n } = world();
  const r = checkPlan(instance(model), plan(model, [act({ kind: 'bootVM', vm: v.B, on: n.N1, start: 2, end: 1 }), act({ kind: 'bootNode', node: n.N2, start: -1, end: 0 }), act({ kind: 'shutdownVM', vm: v.A, on: n.N0, start: 0.5, end: 1.5 })]));
  assert.deepEqual(codes(r), ['PLAN001', 'PLAN001', 'PLAN001']);
});

test('PLAN003: unknown VM, node or resource', () => {
  const { model, v, n } = world();
  const r = checkPlan(instance(model), plan(model, [timed({ kind: 'bootVM', vm: 99, on: n.N1 }), timed({ kind: 'migrateVM', vm: v.A, from: n.N0, to: 7 }), act({ kind: 'allocate', vm: v.A, on: n.N0, rc: 'gpu', amount: 1, start: 0, end: 0 })]));
  assert.deepEqual(codes(r), ['PLAN003', 'PLAN003', 'PLAN003']);
  assert.ok(r.violations.some((x) => /bootVM\(vm#99\) names unknown vm#99/.test(x.message)));
});

test('PLAN004: inapplicable actions, each reported, and applyPlan stops at the first', () => {
  const { model, v, n } = world();
  const p = plan(model, [timed({ kind: 'migrateVM', vm: v.A, from: n.N1, to: n.N0 }), timed({ kind: 'bootNode', node: n.N0 }, 1), timed({ kind: 'resumeVM', vm: v.S, from: n.N1, to: n.N2 }, 2)]);
  const r = checkPlan(instance(model), p);
  assert.deepEqual(codes(r), ['PLAN004', 'PLAN004', 'PLAN004', 'PLAN007']);
  assert.equal(r.result, undefined);
  const applied = applyPlan(model, p);
  assert.equal(applied.ok, false);
  if (!applied.ok) {
    assert.equal(applied.action, p.actions[0]);
    assert.match(applied.reason, /A is not running on N1/);
  }
});

test('PLAN005 and PLAN006: a VM moves once, a node changes once', () => {
  const { model, v, n } = world();
  const r = checkPlan(instance(model), plan(model, [timed({ kind: 'migrateVM', vm: v.A, from: n.N0, to: n.N1 }), timed({ kind: 'migrateVM', vm: v.A, from: n.N1, to: n.N0 }, 1), timed({ kind: 'bootNode', node: n.N2 }), timed({ kind: 'shutdownNode', node: n.N2 }, 1)]));
  assert.deepEqual(codes(r), ['PLAN005', 'PLAN006']);
});

test('PLAN010: a malformed allocate event', () => {
  const { model, v, n } = world();
  const r = checkPlan(instance(model), plan(model, [timed({ kind: 'bootVM', vm: v.B, on: n.N1, pre: [{ kind: 'allocate', vm: v.B, rc: 'gpu', amount: 1 }] })]));
  assert.deepEqual(codes(r), ['PLAN010']);
});

test('re-instantiation: forge(X), boot(X) with substitutedVM(A -> X), shutdown(A); constraints follow A to X', () => {
  const { model, v, n } = world();
  const inst = instance(model, [{ kind: 'fence', vm: v.A, nodes: [n.N1], continuous: false }, { kind: 'running', vm: v.A }, { kind: 'spread', vms: [v.A, v.B], continuous: true }]);
  const p = plan(model, [
    act({ kind: 'forgeVM', vm: v.X, start: 0, end: 2 }),
    act({ kind: 'bootVM', vm: v.X, on: n.N1, start: 2, end: 3, pre: [{ kind: 'substitutedVM', vm: v.A, newVm: v.X }] }),
    act({ kind: 'shutdownVM', vm: v.A, on: n.N0, start: 3, end: 4 }),
  ]);
  const r = checkPlan(inst, p);
  assert.deepEqual(r.violations, []);
  assert.equal(r.result?.vms.get(v.X), 'running');
  assert.equal(r.result?.vms.get(v.A), 'ready');
  // Without the substitution, X's forge + boot is a second transition and INIT -> running is not a life cycle.
  const bare = plan(model, p.actions.map((a) => ({ ...a, pre: [] })));
  assert.ok(codes(checkPlan(inst, bare)).includes('PLAN005'));
});

test('every violation is reported, in phase order, with time, action and constraint', () => {
  const { model, v, n } = world();
  const inst = instance(model, [{ kind: 'ban', vm: v.B, nodes: [n.N0], continuous: true }, { kind: 'offline', node: n.N0 }]);
  const boot = timed({ kind: 'bootVM', vm: v.B, on: n.N0 }, 3, 6);
  const r = checkPlan(inst, plan(model, [boot]));
  // The boot lasts 3 s instead of 1; it breaks the continuous ban when it starts, and both constraints at the end.
  assert.deepEqual(codes(r), ['PLAN002', 'CSTR002', 'CSTR003', 'CSTR003']);
  assert.deepEqual(r.violations.map((x) => x.time), [3, 3, 6, 6]);
  assert.equal(r.violations[1].action, boot);
  assert.equal(r.violations[1].constraint?.kind, 'ban');
  assert.deepEqual(r.violations.slice(2).map((x) => x.constraint?.kind), ['ban', 'offline']);
  assert.equal(checkPlan(inst, plan(model, [boot]), { durations: false }).violations.length, 3);
});
