import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { snapshotAt, stepTimes, vmsOn } from '../../../src/lib/placement/snapshot.ts';
import { parseScenario } from '../../../src/solver/script/index.ts';
import { parseTalkPlan } from '../../../src/solver/formats/plan-text/index.ts';

const read = (name: string) => readFileSync(new URL(`../../../demos/talk/${name}`, import.meta.url), 'utf8');
const instance = parseScenario(read('scenario.btrp')).instance!;
const plan = parseTalkPlan(read('plan.txt'), instance.model).plan!;
const names = (ids: number[]) => ids.map((id) => instance.model.vmNames.get(id));

describe('the player sees the plan of the seed talk', () => {
  test('steps are the instants where an action starts or ends', () => {
    assert.deepEqual(stepTimes(plan), [0, 2, 4, 5, 6, 8]);
  });

  test('at 0 nothing has moved, and migrations under way point at their destination', () => {
    const s = snapshotAt(plan, 0);
    assert.deepEqual(names(vmsOn(s, 1).map((x) => x.vm)), ['VM7', 'VM2', 'VM6']);
    assert.deepEqual(vmsOn(s, 1).map((x) => x.arriving), [false, true, true]);
    assert.equal(s.vms.get(1)!.host, 0, 'VM2 is still on N1 while it migrates');
    assert.equal(s.vms.get(1)!.action, 'migrateVM');
  });

  test('before the plan (a negative instant) nothing is under way: the source model as it is', () => {
    const s = snapshotAt(plan, -1);
    assert.deepEqual(vmsOn(s, 1).map((x) => x.arriving), [false]);
    assert.ok([...s.vms.values()].every((v) => v.action === undefined));
    assert.equal(s.nodes.get(3), 'online');
  });

  test('a migration is done at its end; N4 halts, then is off', () => {
    const s = snapshotAt(plan, 2);
    assert.equal(s.vms.get(1)!.host, 1);
    assert.equal(s.vms.get(1)!.action, undefined);
    assert.equal(snapshotAt(plan, 5).nodes.get(3), 'halting');
    assert.equal(snapshotAt(plan, 8).nodes.get(3), 'offline');
  });

  test('the allocation applies at the end of its action', () => {
    assert.equal(snapshotAt(plan, 5).vms.get(0)!.use.get('cpu'), 2);
    assert.equal(snapshotAt(plan, 6).vms.get(0)!.use.get('cpu'), 3);
  });

  test('at the end every VM is where the plan put it', () => {
    const s = snapshotAt(plan, 8);
    assert.deepEqual(names(vmsOn(s, 0).map((x) => x.vm)).sort(), ['VM4', 'VM5']);
    assert.deepEqual(names(vmsOn(s, 1).map((x) => x.vm)).sort(), ['VM2', 'VM6', 'VM7']);
    assert.deepEqual(vmsOn(s, 3), []);
  });
});
