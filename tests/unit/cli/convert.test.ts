import { deepStrictEqual, equal, match } from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { run } from '../../../src/cli/commands/convert.ts';
import { recordingIo } from '../../../src/cli/io.ts';
import { benchDir, benchFiles, NO_BENCH } from '../solver/formats/bench-data.ts';
import { fixtureDir, instanceJson } from './solver-cli-fixtures.ts';

const dir = fixtureDir();

async function convert(...args: string[]) {
  const io = recordingIo(dir);
  const code = await run(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

const read = (name: string) => readFileSync(join(dir, name));

describe('vitrine convert', () => {
  it('converts an instance JSON -> .btrp -> .json.gz -> JSON without loss', async () => {
    equal((await convert('inst.json', 'inst.btrp')).code, 0);
    match(read('inst.btrp').toString(), />>spread\(/);
    equal((await convert('inst.btrp', 'back.json.gz')).code, 0);
    const back = JSON.parse(gunzipSync(read('back.json.gz')).toString());
    // The scenario names elements (vm0, @node0...), which JSON keeps in naming services.
    deepStrictEqual(back.model.views.filter((v: any) => v.id !== 'ns'), instanceJson.model.views);
    deepStrictEqual(back.model.mapping, instanceJson.model.mapping);
    deepStrictEqual(back.model.attributes, instanceJson.model.attributes);
    deepStrictEqual(back.constraints, [{ id: 'spread', vms: [0, 1], continuous: false }, { id: 'running', vm: 2, continuous: false }]);
    deepStrictEqual(back.objective, instanceJson.objective);
  });

  it('converts plans between text and JSON, in both text formats', async () => {
    equal((await convert('good.plan', 'good.json', '--instance', 'inst.json')).code, 0);
    const json = JSON.parse(read('good.json').toString());
    deepStrictEqual(json.actions.map((a: any) => [a.id, a.start, a.end]), [['migrateVM', 0, 4], ['bootVM', 0, 1]]);
    equal((await convert('good.json', 'good.txt')).code, 0);
    equal(read('good.txt').toString(), '0:1 {action=boot(vm=vm#2, on=node#1)}\n0:4 {action=migrate(vm=vm#1, from=node#0, to=node#1)}\n');
    equal((await convert('good.json', 'talk.plan', '--format', 'talk')).code, 0);
    equal(read('talk.plan').toString(), "0'00 to 0'01: boot(vm#2,node#1)\n0'00 to 0'04: relocate(vm#1,node#1)\n");
  });

  it('refuses what cannot be converted, with the reason (exit 2)', async () => {
    const noOrigin = await convert('good.plan', 'x.json');
    equal(noOrigin.code, 2);
    match(noOrigin.err, /good.plan: error CLI004: a text plan does not say which model it starts from\n {2}hint: add --instance/);
    match((await convert('inst.json', 'x.txt')).err, /inst.json is an instance; a .txt\/.plan output is for plans/);
    match((await convert('inst.json', 'x.yaml')).err, /'x.yaml': unknown extension/);
    match((await convert('broken.json', 'x.btrp')).err, /^broken.json:1:24: error JSON001/);
    match((await convert('good.json', 'x.txt', '--format', 'pretty')).err, /--format takes btrplace or talk/);
  });

  it('warns that a .btrp scenario cannot hold the network view', async () => {
    const withNet = { ...instanceJson, model: { ...instanceJson.model, views: [...instanceJson.model.views, { id: 'net', switches: [], links: [], routing: {} }] } };
    writeFileSync(join(dir, 'net.json'), JSON.stringify(withNet));
    const r = await convert('net.json', 'net.btrp');
    equal(r.code, 0);
    match(r.err, /net.btrp: warning CLI005: the view "net" cannot be written in a .btrp scenario: it is left out/);
  });

  it('explains its usage', async () => {
    const help = await convert('-h');
    equal(help.code, 0);
    match(help.out, /usage: vitrine convert <in> <out>/);
  });
});

describe('vitrine convert on the small bench-data instances: JSON -> .btrp -> JSON', () => {
  const files = benchFiles();
  if (!files) {
    it('are absent', { skip: NO_BENCH }, () => {});
    return;
  }
  // The large ones (5,000 nodes) are left to the load benchmark: this checks the formats, not the speed.
  for (const file of files.filter((f) => statSync(join(benchDir, f)).size < 20_000)) {
    it(`${file} loses nothing`, async () => {
      const btrp = `${file}.btrp`;
      const back = `${file}.back.json`;
      equal((await convert(join(benchDir, file), btrp)).code, 0);
      equal((await convert(btrp, back)).code, 0);
      const raw = readFileSync(join(benchDir, file));
      const original = JSON.parse((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString());
      const result = JSON.parse(read(back).toString());
      // A scenario names every element; the names come back as naming services the original did not have.
      if (!original.model.views.some((v: any) => v.id === 'ns')) result.model.views = result.model.views.filter((v: any) => v.id !== 'ns');
      deepStrictEqual(result, original);
    });
  }
});
