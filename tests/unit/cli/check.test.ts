import { equal, match, doesNotMatch } from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../../src/cli/commands/check.ts';
import { recordingIo } from '../../../src/cli/io.ts';
import { fixtureDir } from './solver-cli-fixtures.ts';

async function check(...args: string[]) {
  const io = recordingIo(dir);
  const code = await run(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

const dir = fixtureDir();

describe('vitrine check', () => {
  it('accepts a valid plan (exit 0)', async () => {
    const r = await check('inst.json', 'good.plan');
    equal(r.code, 0);
    match(r.out, /^valid: good.plan \(2 action\(s\), duration 4 s\) satisfies inst.json/);
  });

  it('lists violations with time, action and constraint (exit 1)', async () => {
    const overload = await check('inst.json', 'overload.txt');
    equal(overload.code, 1);
    match(overload.out, /at 0 s \[PLAN009\] node#0 uses 5 'cpu'/);
    match(overload.out, /action: 0'00 to 0'01: boot\(vm#2,node#0\)/);
    const empty = await check('inst.json', 'empty.txt');
    equal(empty.code, 1);
    match(empty.out, /constraint: spread \{"continuous":false,"vms":\[0,1\]\}/);
    match(empty.out, /constraint: running \{"vm":2,"continuous":false\}/);
  });

  it('checks a JSON plan written by convert against a .btrp scenario', async () => {
    const { run: convert } = await import('../../../src/cli/commands/convert.ts');
    const io = recordingIo(dir);
    equal(await convert(['inst.json', 'inst.btrp'], io), 0, io.stderr);
    equal(await convert(['good.plan', 'good.json', '--instance', 'inst.json'], io), 0, io.stderr);
    const r = await check('inst.btrp', 'good.json');
    equal(r.code, 0, r.err);
  });

  it('reports bad input with file:line:column (exit 2), never a stack trace', async () => {
    const typo = await check('inst.json', 'typo.plan');
    equal(typo.code, 2);
    match(typo.err, /^typo.plan:1:29: error PTXT002: unknown node 'node#7'/);
    const broken = await check('broken.json', 'good.plan');
    equal(broken.code, 2);
    match(broken.err, /^broken.json:1:24: error JSON001: invalid JSON/);
    const undeclared = await check('undeclared.json', 'good.plan');
    equal(undeclared.code, 2);
    match(undeclared.err, /^undeclared.json:3:45: error JSON004: constraints\[0\]\.vms\[1\]: undeclared VM 9\n {2}hint: every VM must appear in model.mapping/);
    const missing = await check('inst.json', 'missing.json');
    equal(missing.code, 2);
    match(missing.err, /missing.json: error IO001: cannot read the file: no such file/);
    for (const r of [typo, broken, missing]) doesNotMatch(r.err, /\n\s+at /);
  });

  it('refuses an invalid instance before looking at the plan (exit 2)', async () => {
    const r = await check('overloaded.json', 'good.plan');
    equal(r.code, 2);
    match(r.err, /MODEL/);
    match(r.err, /overloaded.json is not a valid instance/);
  });

  it("refuses a JSON plan whose origin is not the instance's model (exit 2)", async () => {
    const io = recordingIo(dir);
    const { run: convert } = await import('../../../src/cli/commands/convert.ts');
    equal(await convert(['good.plan', 'good2.json', '--instance', 'inst.json'], io), 0);
    const other = JSON.parse(JSON.stringify((await import('./solver-cli-fixtures.ts')).instanceJson));
    other.model.mapping.readyVMs = [];
    other.model.mapping.onlineNodes['1'].runningVMs = [2];
    other.constraints = [];
    writeFileSync(join(dir, 'other.json'), JSON.stringify(other));
    const r = await check('other.json', 'good2.json');
    equal(r.code, 2);
    match(r.err, /CLI003: the plan starts from another model than the instance: VM 2 is running in the instance but ready in the plan's origin/);
  });

  it('explains its usage', async () => {
    const help = await check('--help');
    equal(help.code, 0);
    match(help.out, /usage: vitrine check <instance> <plan>/);
    const wrong = await check('inst.json');
    equal(wrong.code, 2);
    match(wrong.err, /expected an instance and a plan, got 1 file/);
    equal((await check('inst.json', 'good.plan', '--fast')).code, 2);
  });
});
