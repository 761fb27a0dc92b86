/**
 * Property tests on random tiny instances: the engine never traps and never returns a plan the checker
 * rejects; every "no solution" is confirmed by an exhaustive search; and its plans are compared with the exact
 * MinMTTR optimum (reported as a percentage).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { solve } from '../../../../src/solver/engine/index.ts';
import { sumOfEnds } from '../../../../src/solver/plan/plan.ts';
import { exhaustiveOptimum, exhaustiveSomePlan, PLACEMENT_KINDS, tinyInstance } from './tiny.ts';

const seedArb = fc.integer({ min: 0, max: 0x7fffffff });

describe('engine on random tiny instances', () => {
  it('never traps, never returns a rejected plan, and each "no solution" is confirmed exhaustively', async () => {
    await fc.assert(
      fc.asyncProperty(seedArb, async (seed) => {
        const instance = tinyInstance(seed, { maxNodes: 3, maxVms: 4, kinds: PLACEMENT_KINDS, maxConstraints: 4 });
        const r = await solve(instance, { timeLimit: 10 });
        assert.notEqual(r.status, 'bug', r.status === 'bug' ? `seed ${seed}: ${r.message}: ${r.violations.join('; ')}` : '');
        // maxOnline picks the nodes to power off: the only case where a refuted search is not a proof.
        const chooses = instance.constraints.some((c) => c.kind === 'maxOnline');
        if (!chooses) assert.notEqual(r.status, 'timeout', `seed ${seed}: a tiny instance timed out`);
        if (r.status === 'no-solution') {
          const witness = exhaustiveSomePlan(instance);
          assert.equal(witness, undefined, `seed ${seed}: "no solution" but this plan is valid: ${JSON.stringify(witness?.actions)}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every other input of the catalogue also ends in a distinct outcome, never a trap', async () => {
    await fc.assert(
      fc.asyncProperty(seedArb, async (seed) => {
        const instance = tinyInstance(seed, { maxNodes: 3, maxVms: 4, kinds: [...PLACEMENT_KINDS, 'noDelay', 'precedence', 'sync'], maxConstraints: 5 });
        const r = await solve(instance, { timeLimit: 10 });
        assert.ok(['plan', 'satisfied', 'no-solution', 'invalid', 'unsupported', 'timeout'].includes(r.status), `seed ${seed}: ${r.status}`);
        assert.notEqual(r.status, 'bug', r.status === 'bug' ? `seed ${seed}: ${r.message}: ${r.violations.join('; ')}` : '');
      }),
      { numRuns: 200 },
    );
  });

  it('finds the exact MinMTTR optimum on most tiny instances (report)', async () => {
    let compared = 0;
    let optimal = 0;
    const misses: string[] = [];
    for (let seed = 1; compared < 150 && seed < 20000; seed++) {
      const instance = tinyInstance(seed, { maxNodes: 3, maxVms: 4, kinds: ['running', 'ready', 'offline', 'ban', 'fence', 'preserve', 'spread', 'killed'], maxConstraints: 4 });
      const r = await solve(instance, { timeLimit: 10 });
      // Instances that need at least two actions: the ones where the schedule is a choice.
      if (r.status !== 'plan' || r.plan.actions.length < 2 || r.plan.actions.length > 4) continue;
      const best = exhaustiveOptimum(instance);
      assert.notEqual(best, undefined, `seed ${seed}: the engine found a plan the exhaustive search does not`);
      compared++;
      const got = sumOfEnds(r.plan);
      assert.ok(got >= best!, `seed ${seed}: below the optimum?`);
      if (got === best) optimal++;
      else misses.push(`seed ${seed}: ${got} vs ${best}`);
    }
    const pct = (optimal / compared) * 100;
    console.log(`MinMTTR optimal on ${optimal}/${compared} tiny instances (${pct.toFixed(1)} %)${misses.length ? `; misses: ${misses.slice(0, 10).join(', ')}` : ''}`);
    assert.ok(compared >= 100, `only ${compared} instances compared`);
    assert.ok(pct >= 95, `optimal on ${pct.toFixed(1)} % only`);
  });
});
