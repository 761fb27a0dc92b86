/** The worked cases of spec §8 and the outcomes of issue 5, solved by the WebAssembly engine. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lines, planOf, scenario, solved } from './scenario.ts';
import { stringifyPlan } from '../../../../src/solver/formats/json/index.ts';

describe('spec §8 worked cases', () => {
  it('1. boot cascade: the node boots over [0,5], then the VM over [5,7]', async () => {
    const r = await solved(scenario(`
      node @N0 offline boot 5;
      vm VM0 ready boot 2;
      running(VM0);`));
    assert.deepEqual(lines(planOf(r)), ['0:5 boot(N0)', '5:7 boot(VM0,N0)']);
  });

  it('2. shutdown ordering: the VM stops over [0,2], the node over [2,7]', async () => {
    const r = await solved(scenario(`
      node @N0 shutdown 5;
      vm VM0 on @N0 shutdown 2;
      ready(VM0);
      offline(@N0);`));
    assert.deepEqual(lines(planOf(r)), ['0:2 shutdown(VM0,N0)', '2:7 shutdown(N0)']);
  });

  it('3. forced move: one migration N0 -> N1 over [0,5]', async () => {
    const r = await solved(scenario(`
      node @N0; node @N1;
      vm VM0 on @N0 migrate 5;
      >>ban(VM0, @N0);`));
    assert.deepEqual(lines(planOf(r)), ['0:5 migrate(VM0,N0->N1)']);
  });

  it('4. ban: exactly one action, VM0 to N1 or N3', async () => {
    const r = await solved(scenario(`
      node @N[0..4];
      vm VM0 on @N0; vm VM1 on @N1; vm VM2 on @N2; vm VM3 on @N3; vm VM4 on @N4;
      >>ban(VM0, {@N0, @N2, @N4});`));
    const got = lines(planOf(r));
    assert.equal(got.length, 1);
    assert.match(got[0]!, /^0:1 migrate\(VM0,N0->N[13]\)$/);
  });

  it('5. gather: a ready VM is ignored; made running it boots beside the other; continuous + fence elsewhere has no solution', async () => {
    const base = `node @N1; node @N2; vm VM1 ready; vm VM2 on @N2;`;
    assert.equal((await solved(scenario(`${base} >>gather({VM1, VM2});`))).status, 'satisfied');
    const boot = await solved(scenario(`${base} >>gather({VM1, VM2}); running(VM1);`));
    assert.deepEqual(lines(planOf(boot)), ['0:1 boot(VM1,N2)']);
    const none = await solved(scenario(`node @N1; node @N2; vm VM1 on @N2; vm VM2 on @N2; gather({VM1, VM2}); >>fence({VM1, VM2}, @N1);`));
    assert.equal(none.status, 'no-solution');
  });

  it('6. overbook capacity: 7 VMs of mem 1 on two nodes of mem 3 (ratio 1) have no solution; ratio 2 fits 3 VMs on cpu 2', async () => {
    const none = await solved(scenario(`
      resource mem capacity 3 consumption 1;
      node @N[1..2];
      vm VM[1..7] ready;
      overbook(@N[1..2], "mem", 1);
      running(VM[1..7]);
      preserve(VM[1..7], "mem", 1);`));
    assert.equal(none.status, 'no-solution');
    if (none.status === 'no-solution') assert.ok(none.explanation.constraints.length > 0, 'the explanation names constraints');
    const fits = await solved(scenario(`
      resource cpu capacity 2 consumption 1;
      node @N[1..2];
      vm VM[1..3] ready;
      overbook(@N[1..2], "cpu", 2);
      running(VM[1..3]);`));
    assert.equal(fits.status, 'plan');
  });

  it('7. discrete maxOnline: every VM consolidated on one node, two node shutdowns', async () => {
    const r = await solved(scenario(`
      node @N[1..3];
      vm VM1 on @N1; vm VM2 on @N2; vm VM3 on @N3;
      >>maxOnline(@N[1..3], 1);`));
    const plan = lines(planOf(r));
    assert.equal(plan.filter((l) => /shutdown\(N\d\)$/.test(l)).length, 2);
    assert.equal(plan.filter((l) => l.includes('migrate')).length, 2);
  });

  it('continuous maxOnline: a new node boots only once an old one has shut down (never 4 powered)', async () => {
    const r = await solved(scenario(`
      resource cpu capacity 8;
      node @old[1..2] cpu 8 shutdown 1;
      node @new[1..2] offline cpu 8 boot 2;
      vm VM[1..3] on @old1 cpu 2 migrate 2;
      vm VM[4..6] on @old2 cpu 2 migrate 2;
      offline(@old[1..2]); online(@new[1..2]);
      maxOnline(@old[1..2] + @new[1..2], 3);`));
    const plan = planOf(r);
    const boots = plan.actions.filter((a) => a.kind === 'bootNode').map((a) => a.start).sort((a, b) => a - b);
    const firstShutdownEnd = Math.min(...plan.actions.filter((a) => a.kind === 'shutdownNode').map((a) => a.end));
    assert.equal(boots[0], 0);
    assert.ok(boots[1]! >= firstShutdownEnd, 'the second boot waits for a shutdown to end');
  });

  it('8. no state path: a ready VM must run but its only node must stay offline', async () => {
    const r = await solved(scenario(`
      node @N0 offline;
      vm VM0 ready;
      running(VM0);
      offline(@N0);`));
    assert.equal(r.status, 'no-solution');
    if (r.status === 'no-solution') {
      assert.ok(r.explanation.vms.length === 1);
      assert.deepEqual(r.explanation.constraints.map((c) => c.kind).sort(), ['offline', 'running']);
    }
  });

  it('9. overloaded source: a modelling error, not a plan', async () => {
    const instance = scenario(`resource cpu capacity 4; node @N0; vm VM0 on @N0 cpu 3; vm VM1 on @N0 cpu 1;`);
    instance.model.resources.get('cpu')!.consumption.set(1, 2); // now 5 > 4 on N0
    const r = await solved(instance);
    assert.equal(r.status, 'invalid');
    if (r.status === 'invalid') assert.ok(r.diagnostics.some((d) => d.code === 'MODEL009'));
  });
});

describe('outcomes', () => {
  it('an instance whose constraints already hold gives an empty plan', async () => {
    const r = await solved(scenario(`node @N[1..2]; vm VM1 on @N1; vm VM2 on @N2; spread({VM1, VM2});`));
    assert.equal(r.status, 'satisfied');
    assert.equal(planOf(r).actions.length, 0);
  });

  it('two different target states for one VM have no solution, naming both constraints', async () => {
    const r = await solved(scenario(`node @N1; vm VM1 on @N1; running(VM1); ready(VM1);`));
    assert.equal(r.status, 'no-solution');
    if (r.status === 'no-solution') assert.deepEqual(r.explanation.constraints.map((c) => c.kind), ['running', 'ready']);
  });

  it('a continuous constraint violated at the start has no solution', async () => {
    const r = await solved(scenario(`node @N1; node @N2; vm VM1 on @N1; vm VM2 on @N1; spread({VM1, VM2});`));
    assert.equal(r.status, 'no-solution');
    if (r.status === 'no-solution') assert.equal(r.explanation.constraints[0]!.kind, 'spread');
  });

  it('a constraint the engine does not support yet is named instead of solved', async () => {
    // The engine keeps lonely memberships as bits of one word: a 31st lonely is refused by name.
    const lonelies = Array.from({ length: 31 }, () => '>>lonely({VM1});').join(' ');
    const r = await solved(scenario(`node @N1; vm VM1 on @N1; vm VM2 on @N1; ${lonelies}`));
    assert.equal(r.status, 'unsupported');
    if (r.status === 'unsupported') assert.deepEqual(r.constraints.map((c) => c.kind), ['lonely']);
  });

  it('the same instance and seed give the same plan bytes', async () => {
    const text = `resource cpu capacity 8; node @N[1..4] cpu 8; vm VM[1..6] on @N1 cpu 1; vm VM[7..9] ready cpu 2;
      running(VM[7..9]); offline(@N1); >>spread(VM[1..3]);`;
    const a = stringifyPlan(planOf(await solved(scenario(text), { seed: 7 })));
    const b = stringifyPlan(planOf(await solved(scenario(text), { seed: 7 })));
    assert.equal(a, b);
  });

  it('a growing VM whose node has room grows at 0; an evicted neighbour lets it grow when it has left', async () => {
    const room = await solved(scenario(`resource cpu capacity 8; node @N1; vm VM1 on @N1 cpu 2; preserve(VM1, "cpu", 4);`));
    assert.deepEqual(lines(planOf(room)), ['0:0 allocate(VM1,cpu,4)']);
    const full = await solved(scenario(`resource cpu capacity 4; node @N1; node @N2;
      vm VM1 on @N1 cpu 2; vm VM2 on @N1 cpu 2 migrate 3; vm VM3 on @N2 cpu 4;
      preserve(VM1, "cpu", 4);`));
    // N2 is full too: the only way is for VM1 itself to stay and VM2 to leave... which cannot fit anywhere.
    assert.equal(full.status, 'no-solution');
  });
});

describe('inputs at the edges', () => {
  it('a duration too long for the engine is an input error naming the action, not a trap', async () => {
    const r = await solved(scenario(`node @N1; node @N2; vm VM1 on @N1 migrate 2000000000; >>ban(VM1, @N1);`));
    assert.equal(r.status, 'invalid');
    if (r.status === 'invalid') assert.match(r.diagnostics[0]!.message, /VM1: migrateVM lasts 2000000000 s/);
  });

  it('a linear duration rule that gives 0 s is an input error', async () => {
    const r = await solved(scenario(`resource mem capacity 8; node @N1 mem 8; node @N2 mem 8; vm VM1 on @N1 mem 0;
      duration migrateVM = 1 * mem + 0; >>ban(VM1, @N1);`));
    assert.equal(r.status, 'invalid');
  });

  it('capacities near 2^31 and sums beyond it are handled exactly', async () => {
    const r = await solved(scenario(`resource cpu capacity 2147483647; node @N1; node @N2;
      vm VM[1..3] on @N1 cpu 700000000; vm VM4 ready cpu 2000000000; running(VM4);`));
    assert.deepEqual(lines(planOf(r)), ['0:1 boot(VM4,N2)']);
  });

  it('MinMigrations: the same engine, a plan with no needless move', async () => {
    const r = await solved(scenario(`resource cpu capacity 4; node @N[1..3]; vm VM1 on @N1 cpu 2; vm VM2 on @N1 cpu 2; vm VM3 ready cpu 2;
      running(VM3); objective minimizeMigrations;`), { objective: 'migrations' });
    assert.deepEqual(lines(planOf(r)).map((l) => l.replace(/N[23]/, 'N?')), ['0:1 boot(VM3,N?)']);
  });
});

describe('placement constraints', () => {
  it('split: VMs of two groups sharing a node are separated by one migration', async () => {
    const r = await solved(scenario(`node @N1; node @N2; vm VM1 on @N1; vm VM2 on @N1; >>split({{VM1}, {VM2}});`));
    assert.equal(lines(planOf(r)).length, 1);
  });

  it('lonely: the other VMs leave the node of the set', async () => {
    const r = await solved(scenario(`node @N[1..3]; vm VM1 on @N1; vm VM2 on @N1; vm VM3 on @N1; >>lonely({VM1, VM2});`));
    assert.deepEqual(lines(planOf(r)).map((l) => l.replace(/N[23]\)/, 'N?)')), ['0:1 migrate(VM3,N1->N?)']);
  });

  it('runningCapacity: at most one running VM on N1 and N2 together', async () => {
    const r = await solved(scenario(`node @N[1..3]; vm VM1 on @N1; vm VM2 on @N2; runningCapacity({@N1, @N2}, 1);`));
    assert.deepEqual(lines(planOf(r)).map((l) => l.replace(/VM[12],N[12]/, 'VM?,N?')), ['0:1 migrate(VM?,N?->N3)']);
  });

  it('resourceCapacity over two nodes caps their total', async () => {
    const r = await solved(scenario(`resource cpu capacity 4; node @N[1..3]; vm VM1 on @N1 cpu 2; vm VM2 on @N2 cpu 2; vm VM3 ready cpu 1;
      running(VM3); >>resourceCapacity({@N1, @N2}, "cpu", 4);`));
    assert.deepEqual(lines(planOf(r)), ['0:1 boot(VM3,N3)']);
  });

  it('splitAmong: each group in its own node group', async () => {
    const r = await solved(scenario(`node @N[1..4]; vm VM1 on @N1; vm VM2 on @N2; vm VM3 ready;
      running(VM3); >>splitAmong({{VM1, VM3}, {VM2}}, {{@N1, @N3}, {@N2, @N4}});`));
    assert.match(lines(planOf(r))[0]!, /boot\(VM3,N[13]\)/);
  });
});

describe('schedule constraints', () => {
  const base = `resource cpu capacity 4; node @N1; node @N2; vm VM1 on @N1 cpu 2 migrate 3; vm VM2 on @N1 cpu 2 migrate 2;`;

  it('precedence: the second migration starts when the first has ended', async () => {
    const r = await solved(scenario(`${base} >>ban({VM1, VM2}, @N1); before(VM1, VM2);`));
    assert.deepEqual(lines(planOf(r)), ['0:3 migrate(VM1,N1->N2)', '3:5 migrate(VM2,N1->N2)']);
  });

  it('deadline: a migration that cannot end in time has no solution', async () => {
    const ok = await solved(scenario(`${base} >>ban(VM1, @N1); before(VM1, "+00:00:03");`));
    assert.equal(ok.status, 'plan');
    const late = await solved(scenario(`${base} >>ban(VM1, @N1); before(VM1, "+00:00:02");`));
    assert.equal(late.status, 'no-solution');
  });

  it('serialize: the two migrations do not overlap, the shorter first', async () => {
    const r = await solved(scenario(`${base} >>ban({VM1, VM2}, @N1); serialize({VM1, VM2});`));
    assert.deepEqual(lines(planOf(r)), ['0:2 migrate(VM2,N1->N2)', '2:5 migrate(VM1,N1->N2)']);
  });

  it('sync: the two migrations end together', async () => {
    const r = await solved(scenario(`${base} >>ban({VM1, VM2}, @N1); sync({VM1, VM2});`));
    assert.deepEqual(lines(planOf(r)), ['0:3 migrate(VM1,N1->N2)', '1:3 migrate(VM2,N1->N2)']);
  });

  it('seq: state changes in the listed order', async () => {
    const r = await solved(scenario(`node @N1; vm VM1 on @N1 shutdown 2; vm VM2 on @N1 shutdown 3; ready({VM1, VM2}); seq({VM2, VM1});`));
    assert.deepEqual(lines(planOf(r)), ['0:3 shutdown(VM2,N1)', '3:5 shutdown(VM1,N1)']);
  });

  it('noDelay: the VM starts at 0', async () => {
    const r = await solved(scenario(`${base} vm VM3 ready cpu 1; running(VM3); noDelay(VM3);`));
    assert.deepEqual(lines(planOf(r)), ['0:1 boot(VM3,N2)']);
  });
});
