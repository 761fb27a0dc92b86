/** Misplaced VMs (spec §2.3, §4.3): the VMs repair mode lets move, per constraint and for the resource view. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONSTRAINTS, misplacedVms, resourceMisplacedVms } from '../../../../src/solver/constraints/registry.ts';
import type { Constraint } from '../../../../src/solver/constraints/index.ts';
import { build, instance } from '../helpers.ts';

const { model, n, v } = build({
  nodes: { N0: 'online', N1: 'online', N2: 'online' },
  vms: { A: 'running@N0', B: 'running@N0', C: 'running@N1', D: 'ready', E: 'running@N2' },
  resources: { cpu: { capacity: 4, consumption: 1 } },
});
const mis = (c: Constraint) => [...(CONSTRAINTS[c.kind].misplacedVms as (c: Constraint, i: ReturnType<typeof instance>) => number[])(c, instance(model, [c]))].sort();

test('placement constraints name the VMs that break them now, and nothing when satisfied', () => {
  assert.deepEqual(mis({ kind: 'spread', vms: [v.A, v.B, v.C], continuous: true }), [v.A, v.B]);
  assert.deepEqual(mis({ kind: 'spread', vms: [v.A, v.C], continuous: true }), []);
  assert.deepEqual(mis({ kind: 'gather', vms: [v.A, v.C, v.D], continuous: false }), [v.A, v.C]);
  assert.deepEqual(mis({ kind: 'among', vms: [v.A, v.E], parts: [[n.N0, n.N1], [n.N2]], continuous: false }), [v.A, v.E]);
  assert.deepEqual(mis({ kind: 'among', vms: [v.A, v.C], parts: [[n.N0, n.N1], [n.N2]], continuous: false }), []);
  assert.deepEqual(mis({ kind: 'split', parts: [[v.A], [v.B], [v.C]], continuous: false }), [v.A, v.B]);
  assert.deepEqual(mis({ kind: 'lonely', vms: [v.A], continuous: false }), [v.A, v.B]);
  assert.deepEqual(mis({ kind: 'ban', vm: v.A, nodes: [n.N0], continuous: false }), [v.A]);
  assert.deepEqual(mis({ kind: 'fence', vm: v.A, nodes: [n.N0], continuous: false }), []);
  assert.deepEqual(mis({ kind: 'fence', vm: v.A, nodes: [n.N1], continuous: false }), [v.A]);
  assert.deepEqual(mis({ kind: 'root', vm: v.A }), []);
});

test('state and capacity constraints', () => {
  assert.deepEqual(mis({ kind: 'running', vm: v.D }), [v.D]);
  assert.deepEqual(mis({ kind: 'running', vm: v.A }), []);
  assert.deepEqual(mis({ kind: 'offline', node: n.N0 }), [v.A, v.B]);
  assert.deepEqual(mis({ kind: 'maxOnline', nodes: [n.N1, n.N2], amount: 1, continuous: false }), [v.C, v.E]);
  assert.deepEqual(mis({ kind: 'runningCapacity', nodes: [n.N0], amount: 1 }), [v.A, v.B]);
  assert.deepEqual(mis({ kind: 'resourceCapacity', nodes: [n.N0, n.N1], rc: 'cpu', amount: 2, continuous: false }), [v.A, v.B, v.C]);
  assert.deepEqual(mis({ kind: 'resourceCapacity', nodes: [n.N0, n.N1], rc: 'cpu', amount: 3, continuous: false }), []);
});

test('the resource view: VMs of nodes whose future allocations (after preserve) exceed capacity × ratio', () => {
  const grow: Constraint[] = [{ kind: 'preserve', vm: v.A, rc: 'cpu', amount: 4 }];
  assert.deepEqual(resourceMisplacedVms(instance(model, grow)), [v.A, v.B]);
  assert.deepEqual(resourceMisplacedVms(instance(model, [...grow, { kind: 'overbook', node: n.N0, rc: 'cpu', ratio: 2, continuous: true }])), []);
  // A preserve below the current use shrinks the allocation: nothing to move.
  assert.deepEqual(resourceMisplacedVms(instance(model, [{ kind: 'preserve', vm: v.A, rc: 'cpu', amount: 0 }])), []);
  // The union over constraints and the view, each VM once.
  assert.deepEqual(misplacedVms(instance(model, [...grow, { kind: 'ban', vm: v.A, nodes: [n.N0], continuous: false }])), [v.A, v.B]);
});
