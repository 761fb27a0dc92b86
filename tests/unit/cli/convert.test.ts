import { deepStrictEqual, equal, match } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { run } from '../../../src/cli/commands/convert.ts';
import { recordingIo } from '../../../src/cli/io.ts';
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

  it('explains its usage', async () => {
    const help = await convert('-h');
    equal(help.code, 0);
    match(help.out, /usage: vitrine convert <in> <out>/);
  });
});
