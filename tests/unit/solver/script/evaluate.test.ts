/**
 * What a script means: the model section builds the model a user describes, btrpsl operators compute the sets
 * spec §5.2 defines, and every catalogue call becomes the constraint objects of spec §5.4.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScenario } from '../../../../src/solver/script/index.ts';
import type { Instance } from '../../../../src/solver/model/instance.ts';
import { fixture, withoutSources } from './helpers.ts';

function build(text: string): Instance {
  const r = parseScenario(text);
  assert.deepEqual(r.diagnostics, [], JSON.stringify(r.diagnostics));
  return r.instance!;
}

const names = (inst: Instance, ids: number[]) => ids.map((id) => inst.model.vmNames.get(id));
const nodeNames = (inst: Instance, ids: number[]) => ids.map((id) => inst.model.nodeNames.get(id));

test('the model section builds nodes, VMs, hosts, resources and attributes with sequential ids', () => {
  const inst = build(fixture('good', 'modelSection.btrp'));
  const m = inst.model;
  assert.deepEqual([...m.nodes], [[0, 'online'], [7, 'offline'], [8, 'online']]);
  assert.deepEqual([...m.nodeNames.values()], ['N1', 'N2', 'N3']);
  assert.deepEqual([...m.vms], [[0, 'running'], [1, 'sleeping'], [2, 'ready'], [10, 'init'], [11, 'running'], [12, 'killed']]);
  assert.deepEqual([...m.host], [[0, 0], [1, 0], [11, 8]]);
  const cpu = m.resources.get('cpu')!;
  assert.equal(cpu.defaultCapacity, 8);
  assert.equal(cpu.defaultConsumption, 1);
  assert.deepEqual([...cpu.capacity], [[0, 8]]);
  assert.deepEqual([...cpu.consumption], [[0, 2]]);
  assert.deepEqual([...m.resources.get('mem')!.consumption], [[0, 4], [1, 2]]);
  assert.deepEqual([...m.resources.get('boot')!.capacity], [[8, 1]]);
  assert.deepEqual([...m.resources.get('boot')!.consumption], [[11, 1]]);
  assert.deepEqual([...m.nodeAttributes.get(0)!], [['boot', 5], ['shutdown', 3], ['rack', 'A'], ['ipmi', true]]);
  assert.deepEqual([...m.vmAttributes.get(0)!], [['migrate', 2], ['boot', 3], ['template', 'small'], ['clone', true]]);
  assert.deepEqual([...m.vmAttributes.get(11)!], [['allocate', 1]]);
  assert.deepEqual(inst.durations, { migrateVM: { rc: 'mem', a: 2, b: 3 }, bootNode: { rc: 'cpu', a: 1, b: 0 } });
  assert.deepEqual(inst.objective, { kind: 'minimizeMigrations' });
});

test('btrpsl templates create ready VMs with their options as attributes (spec §5.3)', () => {
  const inst = build(fixture('good', 'helloVWorld.btrp'));
  assert.deepEqual([...inst.model.vms.values()], ['ready', 'ready', 'ready', 'ready']);
  assert.deepEqual([...inst.model.vmAttributes.get(3)!], [['template', 'tiny']]);
  assert.deepEqual(withoutSources(inst).constraints, [
    { kind: 'spread', vms: [0, 1, 2, 3], continuous: true },
    { kind: 'lonely', vms: [0, 1, 2, 3], continuous: true },
  ]);
  assert.equal(inst.objective.kind, 'minimizeMTTR');
});

test('set operators, ranges, decomposition, loops and conditions compute what spec §5.2 says', () => {
  const inst = build(fixture('good', 'operators.btrp'));
  const m = inst.model;
  assert.deepEqual([...m.vmNames.values()].slice(0, 3), ['VM01', 'VM02', 'VM03']);
  assert.deepEqual([...m.nodeNames.values()], ['N1', 'N2', 'N3', 'N4', 'srv-1.dc', 'srv-2.dc', 'srv-3.dc', 'srv-frontend.dc']);
  assert.deepEqual([...m.vmAttributes.get(0)!], [['template', 'tiny'], ['clone', true], ['boot', 7], ['halt', 10], ['os', 'linux']]);
  const cs = withoutSources(inst).constraints;
  // $big is true: spread($A) with $A = the first part of $all % 5.
  assert.deepEqual(cs[0], { kind: 'spread', vms: [0, 1, 2, 3, 4], continuous: true });
  // #$B == 5: the discrete lonely.
  assert.deepEqual(cs[1], { kind: 'lonely', vms: [5, 6, 7, 8, 9], continuous: false });
  // VM[01..03] ^ 2: the three pairs, each spread discretely.
  assert.deepEqual(cs.slice(2, 5).map((c) => c.kind === 'spread' && names(inst, c.vms)), [['VM01', 'VM02'], ['VM01', 'VM03'], ['VM02', 'VM03']]);
  // $all / 2: two halves of 6, gathered.
  assert.deepEqual(cs.slice(5, 7).map((c) => c.kind === 'gather' && c.vms), [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]]);
  assert.deepEqual(cs[7], { kind: 'split', parts: [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]], continuous: true });
  // ban($web + {VM05}, ...): one ban per VM over the four srv nodes.
  const bans = cs.filter((c) => c.kind === 'ban');
  assert.equal(bans.length, 5);
  assert.deepEqual(bans[4]!.kind === 'ban' && nodeNames(inst, bans[4]!.nodes), ['srv-1.dc', 'srv-2.dc', 'srv-3.dc', 'srv-frontend.dc']);
  // fence(operators.VM01, @N[1, 3..4]): the qualified name is the short one.
  assert.deepEqual(cs.at(-1), { kind: 'fence', vm: 0, nodes: [0, 2, 3], continuous: true });
});

test('products, differences and counts follow the definitions', () => {
  const base = 'node @N1; vm VM[1..5] on @N1;\n';
  const count = (expr: string) => {
    const inst = build(`${base}$s = ${expr};\n$n = #$s;\nrunningCapacity(@N1, $n);`);
    const c = inst.constraints[0]!;
    return c.kind === 'runningCapacity' ? c.amount : -1;
  };
  assert.equal(count('VM[1..3] * VM[2..4]'), 6); // {1,2} {1,3} {1,4} {2,3} {2,4} {3,4}: {2,2} excluded, {3,2} = {2,3}
  assert.equal(count('VM[1..4] ^ 2'), 6);
  assert.equal(count('VM[1..5] - {VM2, VM4}'), 3);
  assert.equal(count('VM[1..3] + VM[2..5]'), 5);
  assert.equal(count('VM[1..5] / 2'), 2); // parts of 3 and 2
  assert.equal(count('VM[1..5] % 2'), 3); // parts of 2, 2, 1
  assert.equal(count('{}'), 0);
});

test('arithmetic: integer division truncates, precedence as in spec §5.5, strings concatenate', () => {
  const amount = (expr: string) => {
    const c = build(`node @N1;\nrunningCapacity(@N1, ${expr});`).constraints[0]!;
    return c.kind === 'runningCapacity' ? c.amount : NaN;
  };
  assert.equal(amount('7 / 2'), 3);
  assert.equal(amount('1 + 2 * 3'), 7);
  assert.equal(amount('(1 + 2) * 3'), 9);
  assert.equal(amount('2 ^ 3 + 1'), 9);
  assert.equal(amount('17 % 5'), 2);
  assert.equal(amount('0x10 + 010'), 24);
  const inst = build('resource cpu capacity 1;\nnode @N1;\nvm VM1 on @N1;\n$rc = "c" + "pu";\npreserve(VM1, $rc, 1);');
  assert.deepEqual(withoutSources(inst).constraints, [{ kind: 'preserve', vm: 0, rc: 'cpu', amount: 1 }]);
});

test('every call of the catalogue maps to its constraint types, with >> choosing the discrete mode', () => {
  const inst = build(fixture('good', 'catalogue.btrp'));
  const kinds = new Map<string, number>();
  for (const c of inst.constraints) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(kinds), {
    spread: 2, gather: 2, lonely: 2, root: 2, ban: 3, fence: 3, among: 2, split: 2, splitAmong: 2, quarantine: 1, online: 2,
    offline: 1, maxOnline: 2, running: 1, ready: 1, sleeping: 1, killed: 1, noDelay: 1, preserve: 2, overbook: 2,
    resourceCapacity: 2, runningCapacity: 1, seq: 1, deadline: 1, precedence: 2, serialize: 1, sync: 1,
  });
  const plain = withoutSources(inst).constraints;
  const of = (kind: string) => plain.filter((c) => c.kind === kind);
  assert.deepEqual(of('spread').map((c) => 'continuous' in c && c.continuous), [true, false]);
  assert.deepEqual(of('among')[1], { kind: 'among', vms: [3], parts: [[0, 1, 2], [3, 4, 5]], continuous: false });
  assert.deepEqual(of('splitAmong')[1], { kind: 'splitAmong', vParts: [[4], [5]], pParts: [[0, 1, 2], [3, 4, 5]], continuous: false });
  assert.deepEqual(of('overbook'), [
    { kind: 'overbook', node: 0, rc: 'cpu', ratio: 1.5, continuous: true },
    { kind: 'overbook', node: 1, rc: 'cpu', ratio: 2, continuous: false },
  ]);
  assert.deepEqual(of('runningCapacity'), [{ kind: 'runningCapacity', nodes: [0, 1, 2], amount: 10 }]);
  assert.deepEqual(of('seq'), [{ kind: 'seq', vms: [6, 7] }]);
  assert.deepEqual(of('deadline'), [{ kind: 'deadline', vm: 3, timestamp: '+00:01:30' }]);
  assert.deepEqual(of('precedence'), [{ kind: 'precedence', vm1: 0, vm2: 1 }, { kind: 'precedence', vm1: 0, vm2: 2 }]);
  assert.deepEqual(of('root'), [{ kind: 'root', vm: 0 }, { kind: 'root', vm: 1 }]);
  assert.deepEqual(of('online'), [{ kind: 'online', node: 0 }, { kind: 'online', node: 1 }]);
});

test('each constraint keeps the range of its statement, for diagnostics and editor highlights', () => {
  const r = parseScenario('node @N1;\nvm VM1 on @N1;\n  >>ban(VM1, @N1);\n');
  assert.deepEqual(r.instance!.constraints[0]!.source, { line: 3, column: 3, endLine: 3, endColumn: 18 });
  assert.deepEqual(r.sourceMap.vms.get(0), { line: 2, column: 1, endLine: 2, endColumn: 15 });
});

test('unknown names get a did-you-mean hint', () => {
  const r = parseScenario('node @node1;\nvm frontend on @node1;\nroot(frontent);\nquarantine(@nod1);\nban(frontend, node1);\nroot(spread);\n');
  assert.deepEqual(r.diagnostics.map((d) => [d.message, d.hint]), [
    ["Unknown VM 'frontent'", "did you mean 'frontend'?"],
    ["Unknown node '@nod1'", "did you mean '@node1'?"],
    ["Unknown VM 'node1'", "'node1' is a node: write @node1"],
    ["Unknown VM 'spread'", "'spread' is a constraint: call it with (...)"],
  ]);
});

test('import is accepted with a warning and its names are reported unknown', () => {
  const r = parseScenario('namespace app;\nimport datacenter;\nspread(VM1);\n');
  assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity, d.range?.line]), [['BTRP026', 'warning', 2], ['BTRP020', 'error', 3]]);
});

test('$me is every VM of the scenario', () => {
  const inst = build('node @N1; vm VM[1..3] on @N1; vm VM4 ready;\nspread($me);');
  assert.deepEqual(withoutSources(inst).constraints, [{ kind: 'spread', vms: [0, 1, 2, 3], continuous: true }]);
});

test('a script can constrain an existing model (Play sends a drawn model with a constraint script)', () => {
  const base = build('resource cpu capacity 6;\nnode @N[1..2] cpu 6;\nvm VMa on @N1 cpu 2;\nvm VMb on @N1 cpu 2;\nvm VMc on @N2 cpu 1;');
  base.model.nodeNames.set(1, '@N2'); // a JSON naming service may keep BtrPlace's @
  const r = parseScenario('>>spread({VMa, VMb});  >>ban(VMc, @N2);  vm VMd ready;', { model: base.model });
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(withoutSources(r.instance!).constraints, [
    { kind: 'spread', vms: [0, 1], continuous: false },
    { kind: 'ban', vm: 2, nodes: [1], continuous: false },
  ]);
  assert.equal(r.instance!.model.vmNames.get(3), 'VMd');
  assert.equal(base.model.vms.size, 3, 'the base model is not modified');
});
