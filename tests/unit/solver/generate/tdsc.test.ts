import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { generateTdsc, checkTdscParams, mulberry32, generateWithHash } from '../../../../src/solver/generate/index.ts';
import { APP_MAX, GROUP_SIZE, NODE_CPU, NODE_MEMORY, TEMPLATE_CPU, TEMPLATE_MEMORY } from '../../../../src/solver/generate/tdsc.ts';
import { inputHash, normalisedInput } from '../../../../src/lib/reproducibility/index.ts';
import { printScenario } from '../../../../src/solver/script/index.ts';
import { validateInstance } from '../../../../src/solver/model/validate.ts';
import { checkPlan } from '../../../../src/solver/checker/index.ts';
import type { Instance } from '../../../../src/solver/model/instance.ts';

function loads(instance: Instance) {
  const cpu = instance.model.resources.get('uCpu')!;
  const mem = instance.model.resources.get('memory')!;
  const used = new Map<number, { cpu: number; mem: number }>();
  for (const [vm, node] of instance.model.host) {
    const u = used.get(node) ?? { cpu: 0, mem: 0 };
    u.cpu += cpu.consumption.get(vm)!;
    u.mem += mem.consumption.get(vm)!;
    used.set(node, u);
  }
  return used;
}

const count = (instance: Instance, kind: string) => instance.constraints.filter((c) => c.kind === kind).length;

describe('mulberry32', () => {
  test('same seed, same sequence; another seed, another sequence', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    assert.deepEqual(seqA, Array.from({ length: 5 }, () => b.next()));
    assert.notDeepEqual(seqA, Array.from({ length: 5 }, () => c.next()));
    for (const x of seqA) assert.ok(x >= 0 && x < 1);
  });
  test('int stays within its inclusive bounds and reaches both', () => {
    const r = mulberry32(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(6, 30));
    assert.equal(Math.min(...seen), 6);
    assert.equal(Math.max(...seen), 30);
  });
});

describe('TDSC-like generator', () => {
  test('same seed gives the same instance bytes; another seed another instance', async () => {
    const a = generateTdsc({ kind: 'li', nodes: 500, ratio: 3, seed: 9 }).instance;
    const b = generateTdsc({ kind: 'li', nodes: 500, ratio: 3, seed: 9 }).instance;
    const c = generateTdsc({ kind: 'li', nodes: 500, ratio: 3, seed: 10 }).instance;
    assert.equal(normalisedInput(a), normalisedInput(b));
    assert.equal(printScenario(a), printScenario(b));
    assert.notEqual(normalisedInput(a), normalisedInput(c));
    assert.equal((await generateWithHash({ kind: 'li', nodes: 500, ratio: 3, seed: 9 })).inputHash, await inputHash(a));
  });

  test('li: servers of 200 uCpu / 1,600 memory, r VMs per server, templates, CPU 20-90 %, preserve +30 % on about 10 % of the applications, every node online', () => {
    const { instance, summary } = generateTdsc({ kind: 'li', nodes: 1000, ratio: 4, seed: 1 });
    const { model } = instance;
    assert.equal(model.nodes.size, 1000);
    assert.equal(model.vms.size, 4000);
    assert.equal(summary.vms, 4000);
    assert.ok(summary.applications >= 4000 / APP_MAX && summary.applications <= 4000 / 6 + 1);
    const cpu = model.resources.get('uCpu')!;
    const mem = model.resources.get('memory')!;
    assert.equal(cpu.defaultCapacity, NODE_CPU);
    assert.equal(mem.defaultCapacity, NODE_MEMORY);
    for (const [vm, state] of model.vms) {
      assert.equal(state, 'running');
      const attrs = model.vmAttributes.get(vm)!;
      const m = /^c(\d+)m(\d+)$/.exec(String(attrs.get('template')))!;
      const templateCpu = Number(m[1]);
      assert.ok((TEMPLATE_CPU as readonly number[]).includes(templateCpu));
      assert.ok((TEMPLATE_MEMORY as readonly number[]).includes(Number(m[2])));
      assert.equal(mem.consumption.get(vm), Number(m[2]));
      const c = cpu.consumption.get(vm)!;
      assert.ok(c >= Math.round(templateCpu * 0.2) && c <= Math.round(templateCpu * 0.9), `VM ${vm}: ${c} of ${templateCpu}`);
      assert.equal(attrs.get('clone'), true);
      for (const key of ['boot', 'shutdown', 'halt']) assert.equal(typeof attrs.get(key), 'number');
    }
    for (const u of loads(instance).values()) assert.ok(u.cpu <= NODE_CPU && u.mem <= NODE_MEMORY);
    assert.equal(count(instance, 'online'), 1000);
    assert.equal(count(instance, 'offline') + count(instance, 'running') + count(instance, 'spread') + count(instance, 'among'), 0);
    const preserves = instance.constraints.filter((c) => c.kind === 'preserve');
    const share = preserves.length / 4000;
    assert.ok(share > 0.04 && share < 0.18, `preserve share ${share}`);
    for (const p of preserves) {
      if (p.kind !== 'preserve') continue;
      const templateCpu = Number(/^c(\d+)/.exec(String(model.vmAttributes.get(p.vm)!.get('template')))![1]);
      assert.equal(p.rc, 'uCpu');
      assert.equal(p.amount, cpu.consumption.get(p.vm)! + Math.round(templateCpu * 0.3));
    }
    assert.deepEqual(validateInstance(instance).filter((d) => d.severity === 'error'), []);
  });

  test('nr: 5 % of the servers have failed (offline, kept offline), the VMs they hosted are ready and must run, the others stay online', () => {
    const { instance } = generateTdsc({ kind: 'nr', nodes: 1000, ratio: 3, seed: 2 });
    assert.equal(count(instance, 'offline'), 50);
    assert.equal(count(instance, 'online'), 950);
    assert.equal(count(instance, 'preserve'), 0);
    const offline = instance.constraints.flatMap((c) => (c.kind === 'offline' ? [c.node] : []));
    for (const node of offline) assert.equal(instance.model.nodes.get(node), 'offline');
    const hosts = new Set(instance.model.host.values());
    assert.ok(offline.every((node) => !hosts.has(node)), 'a failed server hosts nothing');
    const ready = [...instance.model.vms].filter(([, s]) => s === 'ready').map(([vm]) => vm);
    assert.ok(ready.length > 3000 * 0.02 && ready.length < 3000 * 0.08, `${ready.length} ready VMs`);
    const running = new Set(instance.constraints.flatMap((c) => (c.kind === 'running' ? [c.vm] : [])));
    assert.deepEqual(new Set(ready), running);
    assert.deepEqual(validateInstance(instance).filter((d) => d.severity === 'error'), []);
  });

  test('constrained applications: a continuous spread per tier and an among over groups of 250 servers for tier 3, holding at the start', () => {
    const { instance } = generateTdsc({ kind: 'li', nodes: 500, ratio: 3, seed: 3, constrained: 100 });
    const spreads = instance.constraints.filter((c) => c.kind === 'spread');
    const amongs = instance.constraints.filter((c) => c.kind === 'among');
    assert.ok(spreads.length > 0 && amongs.length > 0);
    for (const s of spreads) {
      if (s.kind !== 'spread') continue;
      assert.equal(s.continuous, true);
      const hosts = s.vms.map((vm) => instance.model.host.get(vm)).filter((h) => h !== undefined);
      assert.equal(new Set(hosts).size, hosts.length);
    }
    for (const a of amongs) {
      if (a.kind !== 'among') continue;
      assert.ok(a.parts.every((p) => p.length === GROUP_SIZE));
      const groups = new Set(a.vms.map((vm) => Math.floor(instance.model.host.get(vm)! / GROUP_SIZE)));
      assert.equal(groups.size, 1);
    }
  });

  test('a generated instance is solved to a plan the checker accepts', async () => {
    const { solve } = await import('../../../../src/solver/engine/index.ts');
    for (const kind of ['li', 'nr'] as const) {
      const { instance } = generateTdsc({ kind, nodes: 500, ratio: 3, seed: 1 });
      const r = await solve(instance, { seed: 0 });
      assert.equal(r.status, 'plan');
      if (r.status === 'plan') assert.equal(checkPlan(instance, r.plan).ok, true);
    }
  });

  test('bad parameters are refused with what to change', () => {
    assert.match(checkTdscParams({ kind: 'li', nodes: 5, ratio: 3, seed: 1 })!, /servers must be an integer from 10/);
    assert.match(checkTdscParams({ kind: 'xx' as 'li', nodes: 500, ratio: 3, seed: 1 })!, /class must be li or nr/);
    assert.match(checkTdscParams({ kind: 'li', nodes: 500, ratio: 9, seed: 1 })!, /ratio/);
    assert.throws(() => generateTdsc({ kind: 'li', nodes: 500, ratio: 3, seed: -1 }), /seed must be an integer/);
  });
});
