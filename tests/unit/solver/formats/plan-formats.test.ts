import { deepStrictEqual, equal, match, ok } from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPlan, stringifyPlan, writePlan } from '../../../../src/solver/formats/json/index.ts';
import {
  detectPlanTextFormat,
  parseBtrPlacePlan,
  parsePlanText,
  parseTalkPlan,
  printBtrPlacePlan,
  printTalkPlan,
} from '../../../../src/solver/formats/plan-text/index.ts';
import type { Model } from '../../../../src/solver/model/model.ts';
import { emptyModel } from '../../../../src/solver/model/model.ts';
import type { Plan } from '../../../../src/solver/plan/plan.ts';
import { sortedActions } from '../../../../src/solver/plan/plan.ts';

/** Nodes 0..3 online; vm#0 and vm#3 on node#2, vm#1 on node#1, vm#2 on node#0, vm#4 ready, vm#5 on node#3. */
function gettingStarted(): Model {
  const m = emptyModel();
  for (const n of [0, 1, 2, 3]) m.nodes.set(n, 'online');
  const hosts: [number, number][] = [[0, 2], [1, 1], [2, 0], [3, 2], [5, 3]];
  for (const [vm, node] of hosts) {
    m.vms.set(vm, 'running');
    m.host.set(vm, node);
  }
  m.vms.set(4, 'ready');
  return m;
}

/** The illustration of spec §3.5. */
const illustration = [
  '0:1 {action=shutdown(vm=vm#3, on=node#2)}',
  '0:1 {action=migrate(vm=vm#5, from=node#3, to=node#1, bw=2147483647)}',
  '0:1 {action=boot(vm=vm#4, on=node#0), @pre= {allocate(vm=vm#4, rc=cpu, amount=3), allocate(vm=vm#4, rc=mem, amount=2)}}',
  '1:2 {action=shutdown(node=node#3)}',
  '2:2 {action=allocate(vm=vm#0, on=node#2, rc=cpu, amount=3)}',
].join('\n') + '\n';

/** The talk's model: VM1..VM6 and N1..N4 named, VM1 on N1, VM2 and VM3 on N3, VM4 and VM6 on N4, VM5 asleep on N1. */
function talkModel(): Model {
  const m = emptyModel();
  for (const n of [1, 2, 3, 4]) {
    m.nodes.set(n, 'online');
    m.nodeNames.set(n, `@N${n}`);
  }
  const hosts: [number, number][] = [[1, 1], [2, 3], [3, 3], [4, 4], [6, 4]];
  for (const [vm, node] of hosts) {
    m.vms.set(vm, 'running');
    m.host.set(vm, node);
  }
  m.vms.set(5, 'sleeping');
  m.host.set(5, 1);
  for (let vm = 1; vm <= 6; vm++) m.vmNames.set(vm, `VM${vm}`);
  return m;
}

const talk = ["0'00 to 0'02: relocate(VM2,N2)", "0'00 to 0'04: relocate(VM6,N2)", "0'02 to 0'05: relocate(VM4,N1)", "0'04 to 0'08: shutdown(N4)", "0'05 to 0'06: allocate(VM1,'cpu',3)"].join('\n') + '\n';

/** A plan with every kind of action and event (VM 9 is forged: it does not exist in the origin). */
function everyAction(): Plan {
  const origin = talkModel();
  origin.nodes.set(5, 'offline');
  origin.vms.set(7, 'ready');
  origin.vms.set(9, 'init');
  const t = (start: number, end: number) => ({ start, end, pre: [], post: [] });
  return {
    origin,
    actions: [
      { kind: 'bootNode', node: 5, ...t(0, 10) },
      { kind: 'migrateVM', vm: 2, from: 3, to: 2, bw: 500, ...t(0, 2), post: [{ kind: 'allocate', vm: 2, rc: 'cpu', amount: 4 }] },
      { kind: 'migrateVM', vm: 3, from: 3, to: 2, ...t(0, 3) },
      { kind: 'bootVM', vm: 7, on: 5, ...t(10, 12), pre: [{ kind: 'allocate', vm: 7, rc: 'mem', amount: 2 }] },
      { kind: 'shutdownVM', vm: 6, on: 4, ...t(0, 1) },
      { kind: 'suspendVM', vm: 4, from: 4, to: 4, ...t(0, 5) },
      { kind: 'resumeVM', vm: 5, from: 1, to: 2, ...t(3, 65) },
      { kind: 'killVM', vm: 1, on: 1, ...t(0, 1) },
      { kind: 'forgeVM', vm: 9, ...t(0, 3) },
      { kind: 'bootVM', vm: 9, on: 1, ...t(3, 4), pre: [{ kind: 'substitutedVM', vm: 1, newVm: 9 }] },
      { kind: 'shutdownNode', node: 4, ...t(5, 8) },
      { kind: 'allocate', vm: 3, on: 3, rc: 'cpu', amount: 1, ...t(3, 3) },
    ],
  };
}

const sorted = (p: Plan) => ({ ...p, actions: sortedActions(p) });

describe("BtrPlace's plan text (spec §3.5)", () => {
  it('parses the illustration of §3.5 and prints it back line for line', () => {
    const { plan, diagnostics } = parseBtrPlacePlan(illustration, gettingStarted());
    deepStrictEqual(diagnostics, []);
    ok(plan);
    equal(plan.actions.length, 5);
    deepStrictEqual(plan.actions[2], {
      kind: 'bootVM', vm: 4, on: 0, start: 0, end: 1, pre: [{ kind: 'allocate', vm: 4, rc: 'cpu', amount: 3 }, { kind: 'allocate', vm: 4, rc: 'mem', amount: 2 }], post: [],
    });
    deepStrictEqual(plan.actions[4], { kind: 'allocate', vm: 0, on: 2, rc: 'cpu', amount: 3, start: 2, end: 2, pre: [], post: [] });
    equal(printBtrPlacePlan(plan), illustration);
  });

  it('sorts lines by start, then end', () => {
    const plan = everyAction();
    const starts = printBtrPlacePlan(plan).trim().split('\n').map((l) => l.split(' ')[0]);
    deepStrictEqual(starts, ['0:1', '0:1', '0:2', '0:3', '0:3', '0:5', '0:10', '3:3', '3:4', '3:65', '5:8', '10:12']);
  });

  it('reports unknown elements and malformed lines with line and column', () => {
    const text = '0:1 {action=shutdown(vm=vm#3, on=node#2)}\n\n1:0 {action=boot(node=node#3)}\n0:1 {action=boot(vm=vm#44, on=node#0)}\n0:1 {action=fly(vm=vm#4)}\n0:1 action=boot(node=node#1)\n';
    const { plan, diagnostics } = parseBtrPlacePlan(text, gettingStarted(), { file: 'p.txt' });
    equal(plan, undefined);
    deepStrictEqual(
      diagnostics.map((d) => [d.range?.line, d.range?.column, d.code, d.message]),
      [
        [3, 3, 'PTXT004', 'the action ends (0) before it starts (1)'],
        [4, 21, 'PTXT002', "unknown VM 'vm#44'"],
        [5, 13, 'PTXT003', "unknown action 'fly'"],
        [6, 1, 'PTXT001', 'expected "<start>:<end> {action=...}"'],
      ],
    );
    equal(diagnostics[0]?.file, 'p.txt');
  });
});

describe("The seed talk's plan text (spec §3.5bis)", () => {
  it("parses the talk's plan, deriving sources from the origin, and prints it back", () => {
    const { plan, diagnostics } = parseTalkPlan(talk, talkModel());
    deepStrictEqual(diagnostics, []);
    ok(plan);
    deepStrictEqual(plan.actions[0], { kind: 'migrateVM', vm: 2, from: 3, to: 2, start: 0, end: 2, pre: [], post: [] });
    deepStrictEqual(plan.actions[3], { kind: 'shutdownNode', node: 4, start: 4, end: 8, pre: [], post: [] });
    deepStrictEqual(plan.actions[4], { kind: 'allocate', vm: 1, on: 1, rc: 'cpu', amount: 3, start: 5, end: 6, pre: [], post: [] });
    equal(printTalkPlan(plan), talk);
  });

  it('accepts nodes written with @, ids, comments and times past a minute', () => {
    const { plan, diagnostics } = parseTalkPlan("// maintenance\n1'05 to 12'00: relocate(VM2,@N2) // slow\n0'00 to 0'01: boot(node#1)\n", talkModel());
    deepStrictEqual(diagnostics, []);
    deepStrictEqual(plan?.actions.map((a) => [a.kind, a.start, a.end]), [['migrateVM', 65, 720], ['bootNode', 0, 1]]);
  });

  it('reports what cannot be derived or resolved, with line and column', () => {
    const text = "0'00 to 0'02: relocate(VM5,N2)\n0'00 to 0'02: relocate(VM2,N9)\n0'00 to 0'61: boot(N1)\n0'00 to 0'02: boot(VM1)\n";
    const { diagnostics } = parseTalkPlan(text, talkModel());
    deepStrictEqual(
      diagnostics.map((d) => [d.range?.line, d.range?.column, d.message]),
      [
        [1, 15, 'relocate: VM5 is not running in the origin model, so where it is cannot be known'],
        [2, 28, "unknown node 'N9'"],
        [3, 1, 'seconds go from 00 to 59'],
        [4, 20, "unknown node 'VM1'"],
      ],
    );
  });
});

describe('Plans: JSON <-> text round trips', () => {
  it('reads and writes the JSON plan of spec §6.5', () => {
    const origin = {
      mapping: { onlineNodes: { '0': { runningVMs: [0, 1], sleepingVMs: [] }, '1': { runningVMs: [], sleepingVMs: [] } }, offlineNodes: [], readyVMs: [2] },
      attributes: { vms: { '1': { migrate: 4 } }, nodes: {} },
      views: [{ id: 'shareableResource', rcId: 'cpu', defCapacity: 4, defConsumption: 1, nodes: {}, vms: { '0': 2, '1': 2 } }],
    };
    const json = {
      origin,
      actions: [
        { id: 'migrateVM', vm: 1, from: 0, to: 1, start: 0, end: 4, bw: 2147483647, hooks: { pre: [], post: [] } },
        { id: 'bootVM', vm: 2, on: 1, start: 0, end: 1, hooks: { pre: [], post: [] } },
      ],
    };
    const { plan, diagnostics } = readPlan(JSON.stringify(json));
    deepStrictEqual(diagnostics, []);
    ok(plan);
    deepStrictEqual(JSON.parse(stringifyPlan(plan)), json);
    equal(printBtrPlacePlan(plan), '0:1 {action=boot(vm=vm#2, on=node#1)}\n0:4 {action=migrate(vm=vm#1, from=node#0, to=node#1, bw=2147483647)}\n');
    equal(printTalkPlan(plan), "0'00 to 0'01: boot(vm#2,node#1)\n0'00 to 0'04: relocate(vm#1,node#1)\n");
  });

  it('JSON -> BtrPlace text -> JSON keeps every action and event', () => {
    const plan = everyAction();
    const json = JSON.parse(stringifyPlan(plan));
    const back = readPlan(json);
    deepStrictEqual(back.diagnostics, []);
    ok(back.plan);
    const text = printBtrPlacePlan(back.plan);
    const reread = parseBtrPlacePlan(text, back.plan.origin);
    deepStrictEqual(reread.diagnostics, []);
    ok(reread.plan);
    deepStrictEqual(writePlan(reread.plan), writePlan(sorted(plan)));
  });

  it('JSON -> talk text -> JSON keeps every action and event', () => {
    const plan = everyAction();
    const back = readPlan(JSON.parse(stringifyPlan(plan)));
    ok(back.plan);
    const text = printTalkPlan(back.plan);
    match(text, /0'10 to 0'12: boot\(vm#7,node#5\) @pre\{allocate\(vm#7,'mem',2\)\}/);
    match(text, /0'00 to 0'02: relocate\(VM2,N2,500\) @post\{allocate\(VM2,'cpu',4\)\}/);
    const reread = parseTalkPlan(text, back.plan.origin);
    deepStrictEqual(reread.diagnostics, []);
    ok(reread.plan);
    deepStrictEqual(writePlan(reread.plan), writePlan(sorted(plan)));
  });

  it('declares VMs that a text plan forges, in both formats, without touching the given origin', () => {
    const origin = talkModel();
    const talkText = "0'00 to 0'03: forge(vm#9)\n0'03 to 0'04: boot(vm#9,N1) @pre{substitutedVM(VM1,vm#9)}\n";
    const fromTalk = parseTalkPlan(talkText, origin);
    deepStrictEqual(fromTalk.diagnostics, []);
    ok(fromTalk.plan);
    equal(fromTalk.plan.origin.vms.get(9), 'init');
    equal(origin.vms.has(9), false);
    const btrplaceText = printBtrPlacePlan(fromTalk.plan);
    equal(btrplaceText, '0:3 {action=forge(vm=vm#9)}\n3:4 {action=boot(vm=vm#9, on=node#1), @pre= {substitutedVM(vm=vm#1, newVm=vm#9)}}\n');
    const fromBtrPlace = parseBtrPlacePlan(btrplaceText, origin);
    deepStrictEqual(fromBtrPlace.plan?.actions, fromTalk.plan.actions);
  });

  it('BtrPlace text -> talk text -> BtrPlace text is the identity (bandwidths aside)', () => {
    const origin = gettingStarted();
    const plan = parseBtrPlacePlan(illustration, origin).plan;
    ok(plan);
    const viaTalk = parseTalkPlan(printTalkPlan(plan), origin).plan;
    ok(viaTalk);
    equal(printBtrPlacePlan(viaTalk), illustration.replace(', bw=2147483647', ''));
  });

  it('reports JSON plan errors with their path', () => {
    const { plan, diagnostics } = readPlan({
      origin: { mapping: { onlineNodes: { '0': { runningVMs: [0], sleepingVMs: [] } }, offlineNodes: [], readyVMs: [] } },
      actions: [{ id: 'migrateVM', vm: 0, from: 0, to: 3, start: 2, end: 1 }, { id: 'teleport', vm: 0 }, { id: 'bootVM', vm: 0, on: 0, start: 0, end: 1, hooks: { pre: [{ id: 'allocate', vm: 0, rc: 'cpu' }] } }],
    });
    equal(plan, undefined);
    deepStrictEqual(diagnostics.map((d) => d.message), [
      'actions[0].end: the action ends (1) before it starts (2)',
      'actions[0].to: undeclared node 3',
      'actions[1].id: unknown action a string ("teleport")',
      'actions[2].hooks.pre[0].amount: missing key "amount"',
    ]);
  });
});

describe('Plan text format detection', () => {
  it('tells the two formats apart and rejects anything else', () => {
    equal(detectPlanTextFormat(illustration), 'btrplace');
    equal(detectPlanTextFormat(`// the talk\n\n${talk}`), 'talk');
    equal(detectPlanTextFormat('hello'), undefined);
    const { diagnostics } = parsePlanText('\nhello\n', gettingStarted(), { file: 'x.plan' });
    deepStrictEqual([diagnostics[0]?.range, diagnostics[0]?.code, diagnostics[0]?.file], [{ line: 2, column: 1 }, 'PTXT001', 'x.plan']);
  });
});
