import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { addVm, requestNodeState, setNodeCapacity } from '../../../src/lib/placement/edits.ts';
import { parseScenario } from '../../../src/solver/script/index.ts';

const talk = readFileSync(new URL('../../../demos/talk/scenario.btrp', import.meta.url), 'utf8');

function instanceOf(text: string) {
  const parsed = parseScenario(text);
  assert.deepEqual(parsed.diagnostics, [], 'the edited text parses without a diagnostic');
  return parsed.instance!;
}

describe('direct manipulation edits the scenario text', () => {
  test('taking a node offline appends an offline constraint, once, and keeps the rest of the text', () => {
    const r = requestNodeState(talk, 'N2', 'offline');
    assert.ok(r.ok);
    assert.equal(r.text, `${talk}offline(@N2);\n`);
    const instance = instanceOf(r.text);
    assert.ok(instance.constraints.some((c) => c.kind === 'offline' && c.node === 1));
    const again = requestNodeState(r.text, '@N2', 'offline');
    assert.deepEqual(again, { ok: true, changes: [], text: r.text });
    assert.deepEqual(requestNodeState('node @A offline;', 'A', 'online'), {
      ok: true,
      changes: [{ from: 16, to: 16, insert: '\nonline(@A);\n' }],
      text: 'node @A offline;\nonline(@A);\n',
    });
  });

  test('a capacity change splits a range declaration and keeps every comment and constraint', () => {
    const r = setNodeCapacity(talk, 'N2', 'mem', 8);
    assert.ok(r.ok);
    assert.match(r.text, /^node @N1 cpu 8 mem 16;\nnode @N2 cpu 8 mem 8;\nnode @N3 cpu 8 mem 16;$/m);
    for (const line of talk.split('\n').filter((l) => l.startsWith('//') || /^(spread|preserve|offline)\(/.test(l))) {
      assert.ok(r.text.includes(line), `kept: ${line}`);
    }
    const model = instanceOf(r.text).model;
    assert.equal(model.resources.get('mem')!.capacity.get(1), 8);
    assert.equal(model.resources.get('mem')!.capacity.get(0), 16);
  });

  test('a capacity change edits only its own declaration', () => {
    const text = 'resource cpu capacity 8;\nnode @A offline cpu 4; // spare\nnode @B;\n';
    const r = setNodeCapacity(text, '@A', 'cpu', 6);
    assert.ok(r.ok);
    assert.equal(r.text, 'resource cpu capacity 8;\nnode @A offline cpu 6; // spare\nnode @B;\n');
    assert.deepEqual(r.changes, [{ from: 25, to: 47, insert: 'node @A offline cpu 6;' }]);
  });

  test('changing a capacity sets it on that node only', () => {
    const r = setNodeCapacity(talk, 'N4', 'cpu', 12);
    assert.ok(r.ok);
    const model = instanceOf(r.text).model;
    assert.equal(model.resources.get('cpu')!.capacity.get(3), 12);
    assert.equal(model.resources.get('cpu')!.capacity.get(0), 8);
    assert.match(r.text, /^node @N4 cpu 12 mem 16 shutdown 4;$/m);
  });

  test('adding a VM declares it after the last VM, running on the chosen node', () => {
    const r = addVm(talk, 'N1', { cpu: 1, mem: 2 });
    assert.ok(r.ok);
    assert.equal(r.name, 'VM8');
    assert.match(r.text, /^vm VM7 on @N2 cpu 3 mem 4;\nvm VM8 on @N1 cpu 1 mem 2;$/m);
    const model = instanceOf(r.text).model;
    assert.equal(model.vms.get(7), 'running');
    assert.equal(model.host.get(7), 0);
  });

  test('a script with errors or an unknown node is left alone with a reason', () => {
    assert.deepEqual(requestNodeState('node @A\n', 'A', 'offline'), { ok: false, error: 'scriptErrors' });
    assert.deepEqual(requestNodeState(talk, 'N9', 'offline'), { ok: false, error: 'unknownElement' });
    assert.deepEqual(setNodeCapacity(talk, 'N1', 'disk', 3), { ok: false, error: 'unknownElement' });
    assert.deepEqual(addVm(talk, 'N9', {}), { ok: false, error: 'unknownElement' });
  });
});
