import { deepStrictEqual, equal, match, ok } from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Diagnostic } from '../../../../src/solver/diagnostics.ts';
import { locateJsonPath, readInstance, stringifyInstance, writeConstraint, writeInstance } from '../../../../src/solver/formats/json/index.ts';
import { readInstanceFile, writeInstanceFile } from '../../../../src/solver/formats/node-io.ts';
import { benchDir, benchFiles, NO_BENCH } from './bench-data.ts';

/** The small example of spec §6.5. */
const example = {
  model: {
    mapping: {
      onlineNodes: { '0': { runningVMs: [0, 1], sleepingVMs: [] }, '1': { runningVMs: [], sleepingVMs: [] } },
      offlineNodes: [],
      readyVMs: [2],
    },
    attributes: { vms: { '1': { migrate: 4 } }, nodes: {} },
    views: [{ id: 'shareableResource', rcId: 'cpu', defCapacity: 4, defConsumption: 1, nodes: {}, vms: { '0': 2, '1': 3 } }],
  },
  constraints: [
    { id: 'spread', vms: [0, 1], continuous: false },
    { id: 'running', vm: 2 },
  ],
  objective: { id: 'minimizeMTTR' },
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/** View order carries no meaning in BtrPlace and the writer uses a fixed one: compare views as a set. */
function sortViews(instance: any): any {
  instance.model.views.sort((a: any, b: any) => (JSON.stringify([a.id, a.rcId ?? a.type]) < JSON.stringify([b.id, b.rcId ?? b.type]) ? -1 : 1));
  return instance;
}

function errorsOf(input: unknown): string[] {
  const { instance, diagnostics } = readInstance(typeof input === 'string' ? input : clone(input));
  equal(instance, undefined, 'an instance with errors is not returned');
  return diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
}

function errorsWith(mutate: (j: any) => void): string[] {
  const j = clone(example);
  mutate(j);
  return errorsOf(j);
}

describe('BtrPlace JSON instances', () => {
  it('reads the example of spec §6.5 into the model', () => {
    const { instance, diagnostics } = readInstance(JSON.stringify(example));
    deepStrictEqual(diagnostics, []);
    ok(instance);
    const { model } = instance;
    deepStrictEqual([...model.nodes], [[0, 'online'], [1, 'online']]);
    deepStrictEqual([...model.vms], [[0, 'running'], [1, 'running'], [2, 'ready']]);
    deepStrictEqual([...model.host], [[0, 0], [1, 0]]);
    const cpu = model.resources.get('cpu');
    ok(cpu);
    equal(cpu.defaultCapacity, 4);
    equal(cpu.defaultConsumption, 1);
    deepStrictEqual([...cpu.consumption], [[0, 2], [1, 3]]);
    deepStrictEqual(model.vmAttributes.get(1), new Map([['migrate', 4]]));
    deepStrictEqual(instance.constraints, [{ kind: 'spread', vms: [0, 1], continuous: false }, { kind: 'running', vm: 2 }]);
    deepStrictEqual(instance.objective, { kind: 'minimizeMTTR' });
  });

  it('writes the example back as it was, with `continuous` where BtrPlace writes it', () => {
    const { instance } = readInstance(clone(example));
    ok(instance);
    const expected = clone(example);
    (expected.constraints[1] as any).continuous = false; // BtrPlace's RunningConverter writes it
    deepStrictEqual(clone(writeInstance(instance)), expected);
  });

  it('orders keys as BtrPlace (Java HashMap order) does', () => {
    deepStrictEqual(Object.keys(writeConstraint({ kind: 'preserve', vm: 6, rc: 'uCpu', amount: 63 })), ['rc', 'amount', 'vm', 'id']);
    deepStrictEqual(Object.keys(writeConstraint({ kind: 'online', node: 250 })), ['node', 'continuous', 'id']);
    deepStrictEqual(Object.keys(writeConstraint({ kind: 'fence', vm: 1, nodes: [0], continuous: false })), ['nodes', 'vm', 'continuous', 'id']);
  });

  it('keeps unknown views (the network view) verbatim', () => {
    const j = clone(example) as any;
    const net = { id: 'net', switches: [{ id: 0, capacity: -1 }], links: [], routing: { type: 'default' } };
    j.model.views.push(net);
    const { instance, diagnostics } = readInstance(j);
    ok(instance);
    deepStrictEqual(instance.model.extraViews, [net]);
    ok(diagnostics.some((d) => d.severity === 'warning' && d.message.includes('"net"')));
    deepStrictEqual((clone(writeInstance(instance)) as any).model.views.at(-1), net);
  });

  it('maps naming services to VM and node names (without btrpsl\'s @), and back', () => {
    const j = clone(example) as any;
    j.model.views.push({ id: 'ns', type: 'vm', map: { 'sandbox.VM1': 0, 'sandbox.VM2': 1, 'sandbox.VM3': 2 } });
    j.model.views.push({ id: 'ns', type: 'node', map: { '@N1': 0, '@N2': 1 } });
    j.constraints[1].continuous = false;
    const { instance } = readInstance(j);
    ok(instance);
    equal(instance.model.vmNames.get(1), 'sandbox.VM2');
    equal(instance.model.nodeNames.get(1), 'N2');
    deepStrictEqual(sortViews(clone(writeInstance(instance))), sortViews(clone(j)));
  });

  it('reads every spelling BtrPlace writes for the migration constraints', () => {
    const j = clone(example) as any;
    j.constraints = [
      { id: 'Deadline', vm: 0, timestamp: '+00:00:05', continuous: false },
      { id: 'Precedence', vm1: 0, vm2: 1 },
      { id: 'Serialize', vms: [0, 1] },
      { id: 'Sync', vms: [0, 1], continuous: false },
      { id: 'noDelay', vm: 0, continuous: false },
    ];
    const { instance, diagnostics } = readInstance(j);
    deepStrictEqual(diagnostics, []);
    ok(instance);
    deepStrictEqual(instance.constraints.map((c) => c.kind), ['deadline', 'precedence', 'serialize', 'sync', 'noDelay']);
    deepStrictEqual((clone(writeInstance(instance)) as any).constraints.map((c: any) => [c.id, c.continuous]), [
      ['Deadline', false], ['Precedence', false], ['Serialize', false], ['Sync', false], ['noDelay', false],
    ]);
  });

  it('reads a lower-case "deadline" with a warning naming BtrPlace\'s spelling', () => {
    const j = clone(example) as any;
    j.constraints = [{ id: 'deadline', vm: 0, timestamp: '+00:01:00' }];
    const { instance, diagnostics } = readInstance(j);
    ok(instance);
    equal(instance.constraints[0]?.kind, 'deadline');
    match(diagnostics[0]?.hint ?? '', /BtrPlace spells it "Deadline"/);
  });

  it('warns that a fixed mode ignores a contradicting "continuous"', () => {
    const j = clone(example) as any;
    j.constraints = [{ id: 'running', vm: 2, continuous: true }];
    const { instance, diagnostics } = readInstance(j);
    ok(instance);
    match(diagnostics[0]?.message ?? '', /constraints\[0\]\.continuous: running is discrete only/);
  });
});

describe('BtrPlace JSON instances: bad input gets diagnostics naming the JSON path', () => {
  it('reports a syntax error with its line and column', () => {
    const { instance, diagnostics } = readInstance('{\n  "model": {\n    "mapping": {]\n}', { file: 'broken.json' });
    equal(instance, undefined);
    const d = diagnostics[0] as Diagnostic;
    equal(d.code, 'JSON001');
    equal(d.file, 'broken.json');
    deepStrictEqual(d.range, { line: 3, column: 17 });
    match(d.message, /expected a key in double quotes/);
  });

  it('reports a missing comma where it is missing', () => {
    const { diagnostics } = readInstance('{"model": 1\n "constraints": []}');
    deepStrictEqual(diagnostics[0]?.range, { line: 2, column: 2 });
    match(diagnostics[0]?.message ?? '', /a missing comma/);
  });

  it('gives semantic errors the line and column of the value they are about', () => {
    const j = clone(example) as any;
    j.constraints[0].vms = [0, 42];
    j.model.views[0].vms['1'] = 'three';
    const text = JSON.stringify(j, null, 2);
    const { diagnostics } = readInstance(text, { file: 'x.json' });
    const at = (needle: string, nth = 0) => {
      let offset = -1;
      for (let k = 0; k <= nth; k++) offset = text.indexOf(needle, offset + 1);
      const before = text.slice(0, offset).split('\n');
      return { line: before.length, column: (before.at(-1) as string).length + 1 };
    };
    deepStrictEqual(
      diagnostics.map((d) => [d.message, d.range]),
      [
        ['model.views[0].vms.1: expected a non-negative integer, found a string ("three")', at('"three"')],
        ['constraints[0].vms[1]: undeclared VM 42', at('42')],
      ],
    );
  });

  it('locates paths through arrays, dotted keys and escaped strings', () => {
    const text = '{"a": [1, {"x": "}\\"", "b.c": {"d": [7, 8]}}], "z": {}}';
    equal(text.slice(locateJsonPath(text, 'a[1].b.c.d[1]')), '8]}}], "z": {}}');
    equal(text.slice(locateJsonPath(text, 'z')), '{}}');
    equal(locateJsonPath(text, 'a[5]'), undefined);
    equal(locateJsonPath(text, 'nope'), undefined);
  });

  it('reports missing top-level keys', () => {
    deepStrictEqual(errorsOf({ model: example.model }), ['missing key "constraints"', 'missing key "objective"']);
  });

  it('reports an undeclared VM with its index in the list', () => {
    deepStrictEqual(errorsWith((j) => (j.constraints[0].vms = [0, 1, 42])), ['constraints[0].vms[2]: undeclared VM 42']);
  });

  it('reports an undeclared node, a wrong type and a negative amount at once', () => {
    const errors = errorsWith((j) => {
      j.constraints.push({ id: 'ban', vm: 0, nodes: [7], continuous: false });
      j.constraints.push({ id: 'preserve', vm: '1', rc: 'cpu', amount: 3 });
      j.constraints.push({ id: 'maxOnline', nodes: [0], amount: -1, continuous: true });
    });
    deepStrictEqual(errors, [
      'constraints[2].nodes[0]: undeclared node 7',
      'constraints[3].vm: expected a VM id (a non-negative integer), found a string ("1")',
      'constraints[4].amount: must be at least 0, found -1',
    ]);
  });

  it('requires "continuous" where BtrPlace requires it', () => {
    deepStrictEqual(errorsWith((j) => delete j.constraints[0].continuous), ['constraints[0].continuous: missing key "continuous"']);
  });

  it('names an unknown constraint and lists the known ones in the hint', () => {
    const { diagnostics } = readInstance({ ...clone(example), constraints: [{ id: 'spreed', vms: [0] }] });
    equal(diagnostics[0]?.message, 'constraints[0].id: unknown constraint "spreed"');
    match(diagnostics[0]?.hint ?? '', /spread, gather/);
  });

  it('reports mapping mistakes: a VM declared twice, a bad node key, a missing list', () => {
    const errors = errorsWith((j) => {
      j.model.mapping.readyVMs = [2, 0];
      j.model.mapping.onlineNodes.x = { runningVMs: [], sleepingVMs: [] };
      delete j.model.mapping.onlineNodes['1'].sleepingVMs;
    });
    deepStrictEqual(errors, [
      'model.mapping.onlineNodes.1: missing key "sleepingVMs"',
      'model.mapping.onlineNodes: key "x" is not a node id (a non-negative integer)',
      'model.mapping.readyVMs[1]: VM 0 is declared twice',
    ]);
  });

  it('reports attribute and view mistakes', () => {
    const errors = errorsWith((j) => {
      j.model.attributes.vms['9'] = { boot: 3 };
      j.model.attributes.vms['1'].migrate = [4];
      j.model.views[0].vms['0'] = -2;
      delete j.model.views[0].defCapacity;
    });
    deepStrictEqual(errors, [
      'model.attributes.vms.1.migrate: an attribute is a boolean, a number or a string, found an array',
      'model.attributes.vms.9: undeclared VM 9',
      'model.views[0].defCapacity: expected a non-negative integer, found nothing',
      'model.views[0].vms.0: expected a non-negative integer, found a number (-2)',
    ]);
  });

  it('reports an unknown objective', () => {
    deepStrictEqual(errorsWith((j) => (j.objective = { id: 'minimizeEnergy' })), ['objective.id: unknown objective a string ("minimizeEnergy")']);
  });

  it('lists at most a hundred errors, then counts the rest', () => {
    const j = clone(example) as any;
    j.constraints = Array.from({ length: 300 }, (_, i) => ({ id: 'running', vm: 1000 + i }));
    const { diagnostics } = readInstance(j);
    equal(diagnostics.length, 101);
    equal(diagnostics[100]?.message, '200 more error(s) not listed');
  });
});

describe('BtrPlace JSON files (gzip)', () => {
  it('writes .json.gz gzipped and reads it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vitrine-json-'));
    const { instance } = readInstance(clone(example));
    ok(instance);
    deepStrictEqual(await writeInstanceFile(join(dir, 'x.json.gz'), instance), []);
    const bytes = readFileSync(join(dir, 'x.json.gz'));
    deepStrictEqual([bytes[0], bytes[1]], [0x1f, 0x8b]);
    equal(gunzipSync(bytes).toString(), stringifyInstance(instance));
    const again = await readInstanceFile(join(dir, 'x.json.gz'));
    deepStrictEqual(again.instance, instance);
  });

  it('says which file is missing, without throwing', async () => {
    const { instance, diagnostics } = await readInstanceFile('/nonexistent/x.json');
    equal(instance, undefined);
    equal(diagnostics[0]?.code, 'IO001');
    equal(diagnostics[0]?.file, '/nonexistent/x.json');
  });
});

describe('BtrPlace bench-data instances round trip', () => {
  const files = benchFiles();
  if (!files) {
    it('are absent', { skip: NO_BENCH }, () => {});
    return;
  }
  for (const file of files) {
    it(`${file}: JSON -> model -> JSON loses nothing`, async () => {
      const path = join(benchDir, file);
      const { instance, diagnostics } = await readInstanceFile(path);
      deepStrictEqual(diagnostics.filter((d) => d.severity === 'error'), []);
      ok(instance);
      const bytes = readFileSync(path);
      const original = JSON.parse((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString());
      deepStrictEqual(sortViews(clone(writeInstance(instance))), sortViews(original));
    });
  }
});

describe('What BtrPlace JSON cannot hold is reported, not dropped silently', () => {
  it('warns about init and killed VMs, VMs on offline nodes and shared names', async () => {
    const { jsonLimitations } = await import('../../../../src/solver/formats/json/index.ts');
    const { emptyModel } = await import('../../../../src/solver/model/model.ts');
    const m = emptyModel();
    m.nodes.set(0, 'offline');
    m.vms.set(0, 'init');
    m.vms.set(1, 'killed');
    m.vms.set(2, 'running');
    m.host.set(2, 0);
    m.vmNames.set(0, 'a');
    m.vmNames.set(1, 'a');
    deepStrictEqual(jsonLimitations(m).map((d) => d.message), [
      'VM a is in state init, which a BtrPlace JSON mapping cannot hold: it is left out',
      'VM a is in state killed, which a BtrPlace JSON mapping cannot hold: it is left out',
      'VM vm#2 is running on node 0, which is not online: a BtrPlace JSON mapping cannot hold it, it is left out',
      'VMs 0 and 1 are both named "a": the JSON naming service keeps only 1',
    ]);
  });
});

describe('Browser-side decoding (DecompressionStream)', () => {
  it('reads an instance from plain or gzipped bytes, and reports corrupt gzip', async () => {
    const { decodeInstanceBytes } = await import('../../../../src/solver/formats/bytes.ts');
    const { gzipSync } = await import('node:zlib');
    const text = JSON.stringify(example);
    const plain = await decodeInstanceBytes(new TextEncoder().encode(text));
    const zipped = await decodeInstanceBytes(new Uint8Array(gzipSync(text)), { file: 'x.json.gz' });
    ok(plain.instance);
    deepStrictEqual(zipped.instance, plain.instance);
    const corrupt = await decodeInstanceBytes(new Uint8Array(gzipSync(text)).slice(0, 30), { file: 'y.json.gz' });
    equal(corrupt.instance, undefined);
    deepStrictEqual([corrupt.diagnostics[0]?.code, corrupt.diagnostics[0]?.file], ['IO002', 'y.json.gz']);
  });
});
