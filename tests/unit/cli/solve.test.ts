/** `vitrine solve`: what a user sees for each outcome, and the exit codes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingIo } from '../../../src/cli/io.ts';
import { run } from '../../../src/cli/commands/solve.ts';

const dir = mkdtempSync(join(tmpdir(), 'vitrine-solve-'));
function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

const BOOT = file('boot.btrp', 'node @N0 offline boot 5;\nvm VM0 ready boot 2;\nrunning(VM0);\n');

describe('vitrine solve', () => {
  it('prints the plan in the talk format and a summary line, exit 0', async () => {
    const io = recordingIo(dir);
    assert.equal(await run([BOOT], io), 0);
    assert.match(io.stdout, /^0'00 to 0'05: boot\(N0\)\n0'05 to 0'07: boot\(VM0,N0\)\n/);
    assert.match(io.stdout, /^status: plan, actions: 2, duration: 7 s, sum of action ends: 12 s, time: \d+\.\d\d s$/m);
  });

  it("prints BtrPlace's text format and writes the JSON plan with --out", async () => {
    const io = recordingIo(dir);
    assert.equal(await run([BOOT, '--plan-format', 'btrplace', '--out', 'plan.json', '--seed', '3'], io), 0);
    assert.match(io.stdout, /^0:5 \{action=boot\(node=/m);
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
    assert.deepEqual(plan.actions.map((a: { id: string }) => a.id), ['bootNode', 'bootVM']);
  });

  it('--plan-format json keeps stdout pure JSON (summary on stderr)', async () => {
    const io = recordingIo(dir);
    assert.equal(await run([BOOT, '--plan-format', 'json'], io), 0);
    assert.equal(JSON.parse(io.stdout).actions.length, 2);
    assert.match(io.stderr, /^status: plan/m);
  });

  it('an already satisfied instance prints an empty plan, exit 0', async () => {
    const io = recordingIo(dir);
    assert.equal(await run([file('ok.btrp', 'node @N1; vm VM1 on @N1;\n')], io), 0);
    assert.match(io.stdout, /empty plan/);
    assert.match(io.stdout, /status: already satisfied, actions: 0/);
  });

  it('no solution: exit 1 with the explanation and the constraints in conflict', async () => {
    const io = recordingIo(dir);
    assert.equal(await run([file('none.btrp', 'node @N0 offline;\nvm VM0 ready;\nrunning(VM0);\noffline(@N0);\n')], io), 1);
    assert.match(io.stderr, /no solution: no node can host VM 0/);
    assert.match(io.stderr, /in conflict: running \(line 3\)/);
    assert.match(io.stderr, /in conflict: offline \(line 4\)/);
  });

  it('invalid input: exit 2 with file:line:column diagnostics, no stack trace', async () => {
    const io = recordingIo(dir);
    assert.equal(await run([file('bad.btrp', 'node @N1;\nspread({VM9});\n')], io), 2);
    assert.match(io.stderr, /bad\.btrp:2:\d+: error BTRP\d+/);
    assert.doesNotMatch(io.stderr, /\n\s+at /);
  });

  it('usage errors: exit 2 and the usage', async () => {
    for (const args of [[], ['--objective', 'speed', BOOT], ['--time-limit', '-1', BOOT], ['a.btrp', 'b.btrp']]) {
      const io = recordingIo(dir);
      assert.equal(await run(args, io), 2, args.join(' '));
      assert.match(io.stderr, /usage: vitrine solve/);
    }
  });

  it('a missing file is an input error, exit 2', async () => {
    const io = recordingIo(dir);
    assert.equal(await run(['nowhere.json'], io), 2);
    assert.match(io.stderr, /cannot read the file/);
  });
});
