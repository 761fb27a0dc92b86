import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  compareOutcomes,
  formatDifferences,
  formatRecording,
  inputHash,
  parseRecording,
  RECORDING_NOW,
  type Outcome,
  type Recording,
} from '../../../src/lib/reproducibility/index.ts';
import { reproduce } from '../../../src/lib/reproducibility/reproduce.ts';
import { parseScenario } from '../../../src/solver/script/index.ts';
import { solve } from '../../../src/solver/engine/index.ts';

const TALK = readFileSync(new URL('../../../demos/talk/scenario.btrp', import.meta.url), 'utf8');

const nodeSolve = (i: Parameters<typeof solve>[0], o: { seed: number; now: number }) => solve(i, { seed: o.seed, now: new Date(o.now) });

function outcome(over: Partial<Outcome> = {}): Outcome {
  return {
    inputHash: 'a'.repeat(64),
    status: 'plan',
    objective: { kind: 'minimizeMTTR', value: 10 },
    figures: { actions: 2, duration: 4, sumOfEnds: 6 },
    plan: [
      { id: 'migrateVM', vm: 1, from: 0, to: 1, start: 0, end: 2 },
      { id: 'shutdownNode', node: 0, start: 2, end: 4 },
    ],
    planHash: 'b'.repeat(64),
    detail: null,
    ...over,
  };
}

describe('input hash', () => {
  test('ignores comments, blank lines and spacing of the scenario', async () => {
    const a = parseScenario(TALK).instance!;
    const b = parseScenario(`// another comment\n\n${TALK.replace(/;/g, ' ;')}`).instance!;
    assert.equal(await inputHash(a), await inputHash(b));
  });
  test('covers the declaration order, which the engine numbers elements by', async () => {
    const a = parseScenario('resource cpu capacity 8;\nnode @N1 cpu 8;\nnode @N2 cpu 8;\nvm VM1 on @N1 cpu 2;').instance!;
    const b = parseScenario('resource cpu capacity 8;\nnode @N2 cpu 8;\nnode @N1 cpu 8;\nvm VM1 on @N1 cpu 2;').instance!;
    assert.notEqual(await inputHash(a), await inputHash(b));
  });
  test('changes with anything the engine sees', async () => {
    const a = parseScenario(TALK).instance!;
    const b = parseScenario(TALK.replace('vm VM6 on @N4 cpu 3 mem 4 migrate 4;', 'vm VM6 on @N4 cpu 3 mem 4 migrate 5;')).instance!;
    assert.notEqual(await inputHash(a), await inputHash(b));
  });
});

describe('comparing outcomes', () => {
  test('the same outcome has no difference', () => {
    assert.deepEqual(compareOutcomes(outcome(), outcome()), []);
  });

  test('a changed action names the first differing action line, expected and actual', () => {
    const changed = outcome({ plan: [outcome().plan[0]!, { id: 'shutdownNode', node: 0, start: 2, end: 5 }] });
    const diff = compareOutcomes(outcome(), changed);
    assert.deepEqual(diff, [
      { field: 'plan', line: 2, expected: '{"end":4,"id":"shutdownNode","node":0,"start":2}', actual: '{"end":5,"id":"shutdownNode","node":0,"start":2}' },
    ]);
    const text = formatDifferences(diff).join('\n');
    assert.match(text, /plan, first differing action \(line 2\)/);
    assert.match(text, /expected \{"end":4/);
    assert.match(text, /actual {3}\{"end":5/);
  });

  test('a missing action shows (none) on the side that lacks it', () => {
    const shorter = outcome({ plan: [outcome().plan[0]!] });
    assert.deepEqual(compareOutcomes(outcome(), shorter)[0], { field: 'plan', line: 2, expected: '{"end":4,"id":"shutdownNode","node":0,"start":2}', actual: '(none)' });
  });

  test('the order of actions in the recording file does not matter', () => {
    assert.deepEqual(compareOutcomes(outcome(), outcome({ plan: [...outcome().plan].reverse() })), []);
  });

  test('fields are reported input first, then status, objective and figures', () => {
    const other = outcome({ inputHash: 'c'.repeat(64), status: 'no-solution', objective: null, figures: null, plan: [], detail: 'spread cannot hold' });
    assert.deepEqual(compareOutcomes(outcome(), other).map((d) => d.field), ['inputHash', 'status', 'detail', 'objective', 'figures', 'plan']);
  });
});

describe('recording files', () => {
  test('a solve of the talk round-trips through its file text byte for byte', async () => {
    const r = await reproduce(TALK, 'talk.btrp', nodeSolve);
    assert.ok(r.ok);
    const recording: Recording = { format: 1, scenario: 'talk', ...r.outcome, solver: { version: '0.1.0', engineLayout: 5 }, recorded: '2026-11-21' };
    const text = formatRecording(recording);
    const back = parseRecording(text);
    assert.ok(back.ok);
    assert.equal(formatRecording(back.recording), text);
    assert.deepEqual(compareOutcomes(back.recording, r.outcome), []);
    // One action per line: a diff of two recordings points at actions.
    assert.equal(text.split('\n').filter((l) => l.startsWith('    {"')).length, r.outcome.plan.length);
  });

  test('solving twice gives the same outcome (fixed seed and clock)', async () => {
    const a = await reproduce(TALK, 'talk.btrp', nodeSolve);
    const b = await reproduce(TALK, 'talk.btrp', nodeSolve);
    assert.ok(a.ok && b.ok);
    assert.deepEqual(compareOutcomes(a.outcome, b.outcome), []);
    assert.equal(RECORDING_NOW, Date.UTC(2000, 0, 1));
  });

  test('a broken file says which field and how to fix it', () => {
    const r = parseRecording('{"format":1,"scenario":"talk","status":"maybe"}');
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.message : '', /field "status" should be one of plan, satisfied/);
    assert.match(!r.ok ? r.message : '', /npx vitrine record/);
    const bad = parseRecording('{ nope');
    assert.match(!bad.ok ? bad.message : '', /not valid JSON/);
  });

  test('a scenario that does not parse is reported, not solved', async () => {
    const r = await reproduce('vm VM1 on @Nowhere;', 'bad.btrp', nodeSolve);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.message : '', /bad\.btrp:1:/);
  });
});
