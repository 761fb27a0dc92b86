/**
 * Relocation by re-instantiation (spec §1.5 `clone` + `template`, §3.3 consequence 4): a VM that must move and
 * may be cloned is forged, booted on its destination (PRE substitutedVM) and shut down on its source when that is
 * no longer than its migration; otherwise, or without `clone` and `template`, it migrates.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lines, planOf, scenario, solved } from './scenario.ts';
import { checkPlan } from '../../../../src/solver/checker/index.ts';
import { stringifyPlan } from '../../../../src/solver/formats/json/index.ts';
import { solve } from '../../../../src/solver/engine/index.ts';
import fc from 'fast-check';
import { PLACEMENT_KINDS, tinyInstance } from './tiny.ts';

/** VM0 must leave N0 (ban); N1 has room. `attrs` are VM0's clauses. */
const forcedMove = (attrs: string) =>
  scenario(`
    resource cpu capacity 4;
    node @N0 cpu 4; node @N1 cpu 4;
    vm VM0 on @N0 cpu 2 ${attrs};
    vm VM1 on @N1 cpu 1;
    >>ban(VM0, @N0);`);

describe('relocation by re-instantiation', () => {
  it('re-instantiation shorter than the migration: forge, boot with substitutedVM, shutdown; the checker accepts', async () => {
    const inst = forcedMove('migrate 9 boot 2 shutdown 3 forge 1 <clone, template="tiny">');
    const plan = planOf(await solved(inst));
    // The clone gets the next VM id (2); forge [0,1], boot [1,3] on N1, shutdown of VM0 [3,6] on N0.
    assert.deepEqual(lines(plan), ['0:1 forge(vm#2)', '1:3 boot(vm#2,N1)', '3:6 shutdown(VM0,N0)']);
    assert.equal(plan.origin.vms.get(2), 'init');
    const boot = plan.actions.find((a) => a.kind === 'bootVM')!;
    assert.deepEqual(boot.pre, [{ kind: 'substitutedVM', vm: 0, newVm: 2 }]);
    const verdict = checkPlan(inst, plan);
    assert.deepEqual(verdict.violations, []);
    assert.equal(verdict.result?.vms.get(2), 'running');
    assert.equal(verdict.result?.host.get(2), 1);
    assert.equal(verdict.result?.vms.get(0), 'ready');
    // The JSON plan names the substitution (spec §6.4).
    assert.match(stringifyPlan(plan), /"id":\s*"substitutedVM"/);
  });

  it('a tie goes to re-instantiation', async () => {
    const plan = planOf(await solved(forcedMove('migrate 5 boot 2 shutdown 3 forge 1 <clone, template="tiny">')));
    assert.deepEqual(lines(plan), ['0:1 forge(vm#2)', '1:3 boot(vm#2,N1)', '3:6 shutdown(VM0,N0)']);
  });

  it('re-instantiation longer than the migration: a migration', async () => {
    const plan = planOf(await solved(forcedMove('migrate 4 boot 2 shutdown 3 forge 1 <clone, template="tiny">')));
    assert.deepEqual(lines(plan), ['0:4 migrate(VM0,N0->N1)']);
    assert.equal(plan.origin.vms.size, 2);
  });

  it('without clone, or without template, a migration', async () => {
    for (const attrs of ['migrate 9 boot 2 shutdown 3 <template="tiny">', 'migrate 9 boot 2 shutdown 3 <clone>']) {
      const plan = planOf(await solved(forcedMove(attrs)));
      assert.deepEqual(lines(plan), ['0:9 migrate(VM0,N0->N1)'], attrs);
    }
  });

  it('the clone takes the destination at its boot start, the original keeps its source until its shutdown ends', async () => {
    // N1 has room for VM0 only once VM1 has left (migration 0:2 to N2); VM0's clone boots then.
    const inst = scenario(`
      resource cpu capacity 4;
      node @N0 cpu 4; node @N1 cpu 2; node @N2 cpu 4;
      vm VM0 on @N0 cpu 2 migrate 9 boot 2 shutdown 3 forge 1 <clone, template="tiny">;
      vm VM1 on @N1 cpu 2 migrate 2;
      >>ban(VM0, {@N0, @N2});
      >>ban(VM1, {@N0, @N1});`);
    const plan = planOf(await solved(inst));
    assert.deepEqual(lines(plan), ['0:2 migrate(VM1,N1->N2)', '1:2 forge(vm#2)', '2:4 boot(vm#2,N1)', '4:7 shutdown(VM0,N0)']);
  });
});

describe('re-instantiation on random tiny instances', () => {
  it('every plan with cloneable VMs passes the checker (the engine would report a rejected plan as a bug)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 0x7fffffff }), async (seed) => {
        const instance = tinyInstance(seed, { maxNodes: 3, maxVms: 4, kinds: [...PLACEMENT_KINDS, 'noDelay', 'precedence', 'deadline'], maxConstraints: 4 });
        // Every VM may be cloned; about half of them re-instantiate faster than they migrate.
        for (const vm of instance.model.vms.keys()) {
          const quick = (seed + vm) % 2 === 0;
          instance.model.vmAttributes.set(vm, new Map<string, boolean | number | string>([
            ['clone', true], ['template', 'tiny'], ['forge', 1 + (vm % 2)], ['boot', 1], ['shutdown', 1], ['migrate', quick ? 3 : 1],
          ]));
        }
        const r = await solve(instance, { timeLimit: 10 });
        assert.notEqual(r.status, 'bug', r.status === 'bug' ? `seed ${seed}: ${r.message}: ${r.violations.join('; ')}` : '');
        if (r.status === 'plan') assert.deepEqual(checkPlan(instance, r.plan).violations, [], `seed ${seed}`);
      }),
      { numRuns: 300 },
    );
  });
});
