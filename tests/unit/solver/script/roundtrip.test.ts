/**
 * Round trip script ↔ model: printScenario writes a script that parses back to the same instance, for every
 * fixture and for random instances (fast-check) covering every constraint kind, state, attribute type and
 * non-sequential ids.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseScenario, printScenario } from '../../../../src/solver/script/index.ts';
import type { Instance } from '../../../../src/solver/model/instance.ts';
import type { Constraint } from '../../../../src/solver/constraints/index.ts';
import type { AttributeValue, VmState } from '../../../../src/solver/model/model.ts';
import { emptyModel } from '../../../../src/solver/model/model.ts';
import { fixtures, plain } from './helpers.ts';

function reparse(instance: Instance): Instance {
  const text = printScenario(instance);
  const r = parseScenario(text, { validate: false });
  assert.deepEqual(r.diagnostics, [], `${text}\n${JSON.stringify(r.diagnostics)}`);
  return r.instance!;
}

for (const { name, text } of fixtures('good')) {
  test(`${name}: printScenario then parseScenario gives the same instance`, () => {
    const first = parseScenario(text).instance!;
    const again = reparse(first);
    assert.deepEqual(plain(again), plain(first));
    const compact = parseScenario(printScenario(first, { compact: true }), { validate: false });
    assert.deepEqual(plain(compact.instance!), plain(first), 'compact printing too');
    assert.equal(printScenario(again), printScenario(first), 'printing is stable');
  });
}

test('printScenario writes a readable script: model section, objective, btrpsl calls, runs grouped in ranges', () => {
  const r = parseScenario('resource cpu capacity 8;\nnode @N[1..4] cpu 8;\nvm VM[1..3] on @N1 cpu 2 migrate 2;\nvm VM4 on @N2 cpu 1;\n' +
    'spread(VM[1..3]);\n>>ban(VM1, {@N2, @N3});\n>>ban(VM2, @N[2..3]);\nban(VM3, {@N2, @N4});\noffline(@N3);\noffline(@N1);\nroot(VM4);\n', { validate: false });
  assert.equal(printScenario(r.instance!, { compact: true }), [
    'resource cpu capacity 8 consumption 0;',
    '',
    'node @N[1..4] cpu 8;',
    '',
    'vm VM[1..3] on @N1 cpu 2 migrate 2;',
    'vm VM4 on @N2 cpu 1;',
    '',
    'objective minimizeMTTR;',
    '',
    'spread(VM[1..3]);',
    '>>ban(VM[1..2], @N[2..3]);',
    'ban(VM3, {@N2, @N4});',
    'offline({@N3, @N1});',
    'root(VM4);',
    '',
  ].join('\n'));
  assert.match(printScenario(r.instance!, { compact: false }), /^node @N1 cpu 8;\nnode @N2 cpu 8;\nnode @N3 cpu 8;\nnode @N4 cpu 8;$/m, 'one declaration per element by default');
});

test('unnamed elements, invalid names and @-prefixed node names get printable names', () => {
  const model = emptyModel();
  model.nodes.set(0, 'online').set(1, 'online');
  model.nodeNames.set(1, '@N1');
  model.vms.set(0, 'running').set(1, 'running').set(2, 'ready');
  model.host.set(0, 0).set(1, 1);
  model.vmNames.set(1, 'web server').set(2, 'vm0');
  const text = printScenario({ model, constraints: [{ kind: 'spread', vms: [0, 1], continuous: true }], objective: { kind: 'minimizeMTTR' } });
  assert.match(text, /^node @node0;$/m);
  assert.match(text, /^node @N1;$/m);
  assert.match(text, /^vm vm0_ on @node0;$/m, 'the generated name avoids the real name vm0');
  assert.match(text, /^vm vm0 ready;$/m);
  assert.match(text, /^vm vm1 on @N1;$/m);
  assert.match(text, /^spread\(\{vm0_, vm1\}\);$/m);
  assert.ok(parseScenario(text).instance);
});

// ---- random instances -----------------------------------------------------------------------------------------

const STATES: VmState[] = ['init', 'ready', 'running', 'sleeping', 'killed'];
const RESOURCES = ['cpu', 'mem', 'boot', 'my rc'];
const attrValue: fc.Arbitrary<AttributeValue> = fc.oneof(
  fc.boolean(), fc.integer({ min: -5, max: 100 }), fc.constantFrom(0.5, 2.25), fc.string({ maxLength: 6 }), fc.constantFrom('a "quoted"\\ one', 'two\nlines'),
);
const attrs = fc.dictionary(fc.constantFrom('migrate', 'boot', 'template', 'clone', 'rack', 'odd key', 'shutdown'), attrValue, { maxKeys: 3 });

const seedArb = fc.record({
  nodes: fc.array(fc.record({ offline: fc.boolean(), idGap: fc.nat(2), attrs }), { minLength: 1, maxLength: 5 }),
  vms: fc.array(fc.record({ state: fc.constantFrom(...STATES), host: fc.nat(10), idGap: fc.nat(2), attrs }), { maxLength: 7 }),
  resources: fc.subarray(RESOURCES),
  values: fc.array(fc.nat(16), { minLength: 40, maxLength: 40 }),
  picks: fc.array(fc.nat(1000), { minLength: 60, maxLength: 60 }),
  kinds: fc.array(fc.nat(26), { maxLength: 8 }),
  objective: fc.constantFrom('minimizeMTTR', 'minimizeMigrations', 'minimizeMTTRMigrationScheduling') as fc.Arbitrary<Instance['objective']['kind']>,
  rule: fc.option(fc.record({ a: fc.constantFrom(1, 2, 0.5), b: fc.nat(5) })),
});

type Seed = typeof seedArb extends fc.Arbitrary<infer T> ? T : never;

function instanceOf(seed: Seed): Instance {
  const model = emptyModel();
  let id = 0;
  const nodeIds: number[] = [];
  seed.nodes.forEach((n, k) => {
    id += n.idGap;
    model.nodes.set(id, n.offline ? 'offline' : 'online');
    model.nodeNames.set(id, `N${k + 1}`);
    if (Object.keys(n.attrs).length) model.nodeAttributes.set(id, new Map(Object.entries(n.attrs)));
    nodeIds.push(id++);
  });
  id = 0;
  const vmIds: number[] = [];
  seed.vms.forEach((v, k) => {
    id += v.idGap;
    model.vms.set(id, v.state);
    model.vmNames.set(id, `VM${k + 1}`);
    if (v.state === 'running' || v.state === 'sleeping') model.host.set(id, nodeIds[v.host % nodeIds.length]!);
    if (Object.keys(v.attrs).length) model.vmAttributes.set(id, new Map(Object.entries(v.attrs)));
    vmIds.push(id++);
  });
  let val = 0;
  const next = () => seed.values[val++ % seed.values.length]!;
  for (const rc of seed.resources) {
    const r = { id: rc, defaultCapacity: next(), defaultConsumption: next(), capacity: new Map<number, number>(), consumption: new Map<number, number>() };
    for (const n of nodeIds) if (next() % 2) r.capacity.set(n, next());
    for (const v of vmIds) if (next() % 2) r.consumption.set(v, next());
    model.resources.set(rc, r);
  }
  let p = 0;
  const pick = <T>(xs: T[]): T => xs[seed.picks[p++ % seed.picks.length]! % xs.length]!;
  const some = <T>(xs: T[]): T[] => xs.filter(() => seed.picks[p++ % seed.picks.length]! % 2 === 0);
  // Groups of a partition are distinct sets: a script set cannot hold the same (e.g. empty) group twice.
  const halves = <T>(xs: T[]): T[][] => [xs.slice(0, Math.ceil(xs.length / 2)), xs.slice(Math.ceil(xs.length / 2))].filter((g) => g.length);
  const flag = () => seed.picks[p++ % seed.picks.length]! % 2 === 0;
  const rc = () => pick(seed.resources.length ? seed.resources : ['cpu']);
  const constraints: Constraint[] = [];
  for (const k of seed.kinds) {
    const vm = vmIds.length ? pick(vmIds) : undefined;
    const node = pick(nodeIds);
    const vms = some(vmIds);
    const nodes = some(nodeIds);
    const all: (Constraint | undefined)[] = [
      { kind: 'spread', vms, continuous: flag() }, { kind: 'gather', vms, continuous: flag() }, { kind: 'lonely', vms, continuous: flag() },
      { kind: 'among', vms, parts: halves(nodeIds), continuous: flag() }, { kind: 'split', parts: halves(vmIds), continuous: flag() },
      { kind: 'splitAmong', vParts: halves(vms), pParts: halves(nodeIds), continuous: flag() },
      vm === undefined ? undefined : { kind: 'ban', vm, nodes, continuous: flag() },
      vm === undefined ? undefined : { kind: 'fence', vm, nodes, continuous: flag() },
      vm === undefined ? undefined : { kind: 'root', vm }, { kind: 'quarantine', node }, { kind: 'online', node }, { kind: 'offline', node },
      { kind: 'maxOnline', nodes, amount: next(), continuous: flag() },
      vm === undefined ? undefined : { kind: 'running', vm }, vm === undefined ? undefined : { kind: 'ready', vm },
      vm === undefined ? undefined : { kind: 'sleeping', vm }, vm === undefined ? undefined : { kind: 'killed', vm },
      vm === undefined || !seed.resources.length ? undefined : { kind: 'preserve', vm, rc: rc(), amount: next() },
      seed.resources.length ? { kind: 'overbook', node, rc: rc(), ratio: pick([1, 1.5, 2]), continuous: flag() } : undefined,
      seed.resources.length ? { kind: 'resourceCapacity', nodes, rc: rc(), amount: next(), continuous: flag() } : undefined,
      { kind: 'runningCapacity', nodes, amount: next() }, { kind: 'seq', vms: [...vms].reverse() },
      vm === undefined ? undefined : { kind: 'noDelay', vm },
      vm === undefined ? undefined : { kind: 'deadline', vm, timestamp: pick(['+00:01:00', '12:30:00']) },
      vmIds.length > 1 ? { kind: 'precedence', vm1: vmIds[0]!, vm2: vmIds[1]! } : undefined,
      { kind: 'serialize', vms }, { kind: 'sync', vms },
    ];
    const c = all[k % all.length];
    if (c) constraints.push(c);
  }
  const instance: Instance = { model, constraints, objective: { kind: seed.objective } };
  if (seed.rule && seed.resources.length) instance.durations = { migrateVM: { rc: seed.resources[0]!, ...seed.rule } };
  return instance;
}

test('random instances survive printScenario → parseScenario unchanged', () => {
  fc.assert(
    fc.property(seedArb, (seed) => {
      const instance = instanceOf(seed);
      assert.deepEqual(plain(reparse(instance)), plain(instance));
      const compact = parseScenario(printScenario(instance, { compact: true }), { validate: false });
      assert.deepEqual(plain(compact.instance!), plain(instance));
    }),
    { numRuns: 300 },
  );
});
