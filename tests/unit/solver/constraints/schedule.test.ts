/** Schedule constraints (seq, noDelay, deadline, precedence, serialize, sync) and the registry itself. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlan } from '../../../../src/solver/checker/index.ts';
import { CONSTRAINTS, CONSTRAINT_KINDS, scriptDefaultContinuous, supportsMode } from '../../../../src/solver/constraints/registry.ts';
import { deadlineSeconds } from '../../../../src/solver/constraints/deadline.ts';
import type { Constraint } from '../../../../src/solver/constraints/index.ts';
import type { Action } from '../../../../src/solver/plan/plan.ts';
import { act, build, instance, plan } from '../helpers.ts';

const { model, n, v } = build({
  nodes: { N0: 'online', N1: 'online' },
  vms: { A: 'running@N0', B: 'running@N0', C: 'ready', P: 'running@N0', Q: 'running@N0' },
  attributes: { P: { postCopy: true, migrate: 2 }, Q: { postCopy: true } },
});
const at = act;
const mig = (vm: number, start: number, end = start + 1) => at({ kind: 'migrateVM', vm, from: n.N0, to: n.N1, start, end });

function verdict(constraints: Constraint[], actions: Action[]): string[] {
  return checkPlan(instance(model, constraints), plan(model, actions), { now: new Date(2026, 0, 1, 10, 0, 0) }).violations.map((x) => `${x.code}:${x.constraint?.kind ?? '-'}`);
}

test('seq: state changes in list order, each ending before the next starts; migrations do not count', () => {
  const c: Constraint = { kind: 'seq', vms: [v.A, v.C] };
  const stopA = (s: number) => at({ kind: 'shutdownVM', vm: v.A, on: n.N0, start: s, end: s + 1 });
  const bootC = (s: number) => at({ kind: 'bootVM', vm: v.C, on: n.N1, start: s, end: s + 1 });
  assert.deepEqual(verdict([c], [stopA(0), bootC(1)]), []);
  assert.deepEqual(verdict([c], [stopA(0), bootC(0)]), ['CSTR002:seq']);
  assert.deepEqual(verdict([c], [stopA(1), bootC(0)]), ['CSTR002:seq']);
  assert.deepEqual(verdict([c], [mig(v.A, 0), bootC(0)]), []);
});

test('noDelay: the VM action starts at 0', () => {
  assert.deepEqual(verdict([{ kind: 'noDelay', vm: v.A }], [mig(v.A, 0)]), []);
  assert.deepEqual(verdict([{ kind: 'noDelay', vm: v.A }], [mig(v.A, 1)]), ['CSTR002:noDelay']);
});

test('deadline: relative and time-of-day timestamps', () => {
  assert.equal(deadlineSeconds('+00:01:30', new Date()), 90);
  assert.equal(deadlineSeconds('10:00:05', new Date(2026, 0, 1, 10, 0, 0)), 5);
  assert.equal(deadlineSeconds('09:59:59', new Date(2026, 0, 1, 10, 0, 0)), 86399);
  assert.equal(deadlineSeconds('1:61:00', new Date()), undefined);
  assert.equal(deadlineSeconds('soon', new Date()), undefined);
  assert.deepEqual(verdict([{ kind: 'deadline', vm: v.A, timestamp: '+00:00:02' }], [mig(v.A, 1)]), []);
  assert.deepEqual(verdict([{ kind: 'deadline', vm: v.A, timestamp: '+00:00:02' }], [mig(v.A, 2)]), ['CSTR002:deadline']);
  assert.deepEqual(verdict([{ kind: 'deadline', vm: v.A, timestamp: '10:00:01' }], [mig(v.A, 1)]), ['CSTR002:deadline']);
});

test('precedence: the first migration ends before the second starts', () => {
  const c: Constraint = { kind: 'precedence', vm1: v.A, vm2: v.B };
  assert.deepEqual(verdict([c], [mig(v.A, 0), mig(v.B, 1)]), []);
  assert.deepEqual(verdict([c], [mig(v.A, 0), mig(v.B, 0)]), ['CSTR002:precedence']);
});

test('serialize: migrations never overlap, back to back is fine', () => {
  const c: Constraint = { kind: 'serialize', vms: [v.A, v.B] };
  assert.deepEqual(verdict([c], [mig(v.A, 0), mig(v.B, 1)]), []);
  assert.deepEqual(verdict([c], [mig(v.A, 0), mig(v.B, 0)]), ['CSTR002:serialize']);
});

test('sync: migrations end together; post-copy ones start together', () => {
  assert.deepEqual(verdict([{ kind: 'sync', vms: [v.A, v.B] }], [mig(v.A, 0), mig(v.B, 0)]), []);
  assert.deepEqual(verdict([{ kind: 'sync', vms: [v.A, v.B] }], [mig(v.A, 0), mig(v.B, 1)]), ['CSTR002:sync']);
  assert.deepEqual(verdict([{ kind: 'sync', vms: [v.P, v.Q] }], [mig(v.P, 0, 2), mig(v.Q, 0)]), []);
  assert.deepEqual(verdict([{ kind: 'sync', vms: [v.P, v.Q] }], [mig(v.P, 0, 2), mig(v.Q, 1)]), ['CSTR002:sync']);
});

test('the registry holds the whole catalogue of spec §2.2 with its modes', () => {
  assert.equal(CONSTRAINT_KINDS.length, 27);
  for (const k of CONSTRAINT_KINDS) assert.equal(CONSTRAINTS[k].kind, k);
  const both = CONSTRAINT_KINDS.filter((k) => CONSTRAINTS[k].modes === 'both').sort();
  assert.deepEqual(both, ['among', 'ban', 'fence', 'gather', 'lonely', 'maxOnline', 'overbook', 'resourceCapacity', 'split', 'splitAmong', 'spread']);
  const continuousOnly = CONSTRAINT_KINDS.filter((k) => CONSTRAINTS[k].modes === 'continuous').sort();
  assert.deepEqual(continuousOnly, ['quarantine', 'root', 'seq']);
  assert.equal(CONSTRAINTS.spread.javaDefaultContinuous, true);
  assert.equal(CONSTRAINTS.gather.javaDefaultContinuous, false);
  assert.equal(scriptDefaultContinuous('gather'), true);
  assert.equal(scriptDefaultContinuous('runningCapacity'), false);
  assert.equal(supportsMode('runningCapacity', true), false);
  assert.equal(supportsMode('root', false), false);
});
