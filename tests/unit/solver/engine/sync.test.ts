/**
 * sync: the migrations of the listed VMs end together. Regression found by the property test (seed 1764378827):
 * when the only migrating VM of the group waited for its destination to boot, the scheduler saw no next instant,
 * took it for a deadlock and reported "no solution".
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lines, planOf, scenario, solved } from './scenario.ts';

describe('engine: sync', () => {
  it('a sync group whose only migration waits for a node boot is scheduled after the boot', async () => {
    const r = await solved(scenario(`
      resource cpu capacity 0 consumption 0;
      node @N0 cpu 2;
      node @N1 offline cpu 1 boot 3;
      vm VM0 on @N0 migrate 2;
      vm VM1 on @N0 migrate 2;
      sync({VM0, VM1});
      >>split({{VM0}, {VM1}});`));
    const plan = lines(planOf(r));
    assert.equal(plan.length, 2);
    assert.equal(plan[0], '0:3 boot(N1)');
    assert.match(plan[1]!, /^3:5 migrate\(VM[01],N0->N1\)$/);
  });
});
