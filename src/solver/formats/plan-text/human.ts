/**
 * The seed talk's plan format (spec §3.5bis), one action per line, sorted by start:
 *
 *     0'00 to 0'02: relocate(VM2,N2)
 *     0'04 to 0'08: shutdown(N4)
 *     0'05 to 0'06: allocate(VM1,'cpu',3)
 *
 * Times are minutes'seconds from the plan start; elements are written by name (`vm#3` / `node#1` when they
 * have none); a node is written without BtrPlace's `@`, and read with or without it.
 *
 * What the talk leaves implicit is derived from the origin model on reading: where a relocated, suspended,
 * resumed or killed VM is, and the host of an `allocate`. Times are kept as written (the talk's allocate
 * lasts one second; BtrPlace's are instantaneous). Two extensions make JSON -> text -> JSON lossless: events
 * as `@pre{...}` / `@post{...}` after the action, and a third `relocate` argument for a limited bandwidth
 * (an unlimited one, BtrPlace's 2147483647, is left out and reads back as unset).
 */
import type { Model, NodeId, VmId } from '../../model/model.ts';
import type { Action, Plan, PlanEvent } from '../../plan/plan.ts';
import type { Arg, Call, PlanTextOptions, PlanTextResult } from './common.ts';
import {
  byTime,
  expectArity,
  LineError,
  nameIndex,
  nonNegativeInt,
  PLAN_TEXT_CODES,
  quoteAt,
  resolveNode,
  resolveVm,
  scanCall,
  skipSpaces,
  TextDiagnostics,
  withForgedVMs,
} from './common.ts';

/** BtrPlace's default bandwidth of a migration: no limit. */
export const UNLIMITED_BW = 2147483647;

/** `M'SS`: minutes (as many as needed) and two-digit seconds. */
export function formatTalkTime(seconds: number): string {
  return `${Math.floor(seconds / 60)}'${String(seconds % 60).padStart(2, '0')}`;
}

function vmText(model: Model, id: VmId): string {
  return model.vmNames.get(id) ?? `vm#${id}`;
}

function nodeText(model: Model, id: NodeId): string {
  const name = model.nodeNames.get(id);
  if (name === undefined) return `node#${id}`;
  return name.startsWith('@') ? name.slice(1) : name;
}

/** The action in the talk's words: `relocate(VM2,N2)`, `boot(N3)`, `allocate(VM1,'cpu',3)`. */
export function talkAction(model: Model, a: Action): string {
  const v = (id: VmId) => vmText(model, id);
  const n = (id: NodeId) => nodeText(model, id);
  switch (a.kind) {
    case 'migrateVM':
      return a.bw === undefined || a.bw === UNLIMITED_BW ? `relocate(${v(a.vm)},${n(a.to)})` : `relocate(${v(a.vm)},${n(a.to)},${a.bw})`;
    case 'bootVM':
      return `boot(${v(a.vm)},${n(a.on)})`;
    case 'shutdownVM':
      return `shutdown(${v(a.vm)},${n(a.on)})`;
    case 'suspendVM':
      return a.to === a.from ? `suspend(${v(a.vm)})` : `suspend(${v(a.vm)},${n(a.to)})`;
    case 'resumeVM':
      return `resume(${v(a.vm)},${n(a.to)})`;
    case 'killVM':
      return `kill(${v(a.vm)})`;
    case 'forgeVM':
      return `forge(${v(a.vm)})`;
    case 'bootNode':
      return `boot(${n(a.node)})`;
    case 'shutdownNode':
      return `shutdown(${n(a.node)})`;
    case 'allocate':
      return `allocate(${v(a.vm)},'${a.rc}',${a.amount})`;
  }
}

function talkEvent(model: Model, e: PlanEvent): string {
  return e.kind === 'allocate' ? `allocate(${vmText(model, e.vm)},'${e.rc}',${e.amount})` : `substitutedVM(${vmText(model, e.vm)},${vmText(model, e.newVm)})`;
}

export function talkLine(model: Model, a: Action): string {
  const hooks = (['pre', 'post'] as const)
    .filter((h) => a[h].length > 0)
    .map((h) => ` @${h}{${a[h].map((e) => talkEvent(model, e)).join(', ')}}`)
    .join('');
  return `${formatTalkTime(a.start)} to ${formatTalkTime(a.end)}: ${talkAction(model, a)}${hooks}`;
}

/** The plan in the talk's format, sorted by (start, end). */
export function printTalkPlan(plan: Plan): string {
  return byTime(plan.actions).map((a) => `${talkLine(plan.origin, a)}\n`).join('');
}

/** Reads the talk's format against the model the plan starts from. Blank lines and `//` comments are ignored. */
export function parseTalkPlan(text: string, origin: Model, options: PlanTextOptions = {}): PlanTextResult {
  const out = new TextDiagnostics(options.file);
  // VMs that a plan forges, written vm#<id>, do not exist in the origin yet: declare them first.
  const forged = new Set<VmId>();
  for (const m of text.matchAll(/(?:forge\(\s*|substitutedVM\([^,()]*,\s*)vm#(\d+)/g)) forged.add(Number(m[1]));
  const model = withForgedVMs(origin, forged);
  const reader = new Reader(model);
  const actions: Action[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const content = line.replace(/\/\/.*$/, '');
    if (content.trim() === '') return;
    try {
      actions.push(reader.line(content));
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      out.add(i + 1, e);
    }
  });
  return out.list.length ? { diagnostics: out.list } : { plan: { origin: model, actions }, diagnostics: [] };
}

const TIME = /^\s*(\d+)'(\d\d)\s+to\s+(\d+)'(\d\d)\s*:/;

class Reader {
  private readonly model: Model;
  private readonly vmNames: Map<string, VmId>;
  private readonly nodeNames: Map<string, NodeId>;

  constructor(model: Model) {
    this.model = model;
    this.vmNames = nameIndex(model.vmNames);
    this.nodeNames = nameIndex(model.nodeNames);
  }

  line(line: string): Action {
    const m = TIME.exec(line);
    if (!m) throw new LineError(skipSpaces(line, 0) + 1, PLAN_TEXT_CODES.syntax, "expected \"M'SS to M'SS: action(...)\"", "e.g. 0'00 to 0'02: relocate(VM2,N2)");
    if (Number(m[2]) > 59 || Number(m[4]) > 59) throw new LineError(skipSpaces(line, 0) + 1, PLAN_TEXT_CODES.value, 'seconds go from 00 to 59');
    const start = Number(m[1]) * 60 + Number(m[2]);
    const end = Number(m[3]) * 60 + Number(m[4]);
    if (end < start) throw new LineError(line.indexOf('to') + 4, PLAN_TEXT_CODES.value, `the action ends (${formatTalkTime(end)}) before it starts (${formatTalkTime(start)})`);
    const call = scanCall(line, m[0].length);
    const action = this.action(call, start, end);
    let i = skipSpaces(line, call.end);
    while (i < line.length) {
      const hook = /^@(pre|post)\{/.exec(line.slice(i));
      if (!hook) throw new LineError(i + 1, PLAN_TEXT_CODES.syntax, `unexpected text after the action: ${quoteAt(line, i)}`, 'events go in @pre{...} or @post{...}');
      const list = action[hook[1] as 'pre' | 'post'];
      i += hook[0].length;
      for (;;) {
        i = skipSpaces(line, i);
        if (line[i] === '}') {
          i = skipSpaces(line, i + 1);
          break;
        }
        const ev = scanCall(line, i);
        list.push(this.event(ev));
        i = skipSpaces(line, ev.end);
        if (line[i] === ',') i++;
        else if (line[i] !== '}') throw new LineError(i + 1, PLAN_TEXT_CODES.syntax, `expected ',' or '}' after an event, found ${quoteAt(line, i)}`);
      }
    }
    return action;
  }

  private action(call: Call, start: number, end: number): Action {
    const t = { start, end, pre: [] as PlanEvent[], post: [] as PlanEvent[] };
    const [a0, a1, a2] = call.args;
    switch (call.name) {
      case 'relocate': {
        if (call.args.length !== 2 && call.args.length !== 3) expectArity(call, 2, 'relocate(vm,destination)');
        const vm = this.vm(a0 as Arg);
        const bw = a2 === undefined ? undefined : nonNegativeInt(a2, 'the bandwidth');
        return { kind: 'migrateVM', vm, from: this.hostOf(vm, call, 'running'), to: this.node(a1 as Arg), ...(bw === undefined ? {} : { bw }), ...t };
      }
      case 'boot':
      case 'shutdown':
        if (call.args.length === 1) return { kind: call.name === 'boot' ? 'bootNode' : 'shutdownNode', node: this.node(a0 as Arg), ...t };
        expectArity(call, 2, `${call.name}(node) or ${call.name}(vm,node)`);
        return { kind: call.name === 'boot' ? 'bootVM' : 'shutdownVM', vm: this.vm(a0 as Arg), on: this.node(a1 as Arg), ...t };
      case 'suspend': {
        if (call.args.length !== 1) expectArity(call, 2, 'suspend(vm)');
        const vm = this.vm(a0 as Arg);
        const from = this.hostOf(vm, call, 'running');
        return { kind: 'suspendVM', vm, from, to: a1 === undefined ? from : this.node(a1), ...t };
      }
      case 'resume': {
        expectArity(call, 2, 'resume(vm,node)');
        const vm = this.vm(a0 as Arg);
        return { kind: 'resumeVM', vm, from: this.hostOf(vm, call, 'sleeping'), to: this.node(a1 as Arg), ...t };
      }
      case 'kill': {
        expectArity(call, 1, 'kill(vm)');
        const vm = this.vm(a0 as Arg);
        return { kind: 'killVM', vm, on: this.model.host.get(vm) ?? null, ...t };
      }
      case 'forge':
        expectArity(call, 1, 'forge(vm)');
        return { kind: 'forgeVM', vm: this.vm(a0 as Arg), ...t };
      case 'allocate': {
        expectArity(call, 3, "allocate(vm,'rc',amount)");
        const vm = this.vm(a0 as Arg);
        return { kind: 'allocate', vm, on: this.hostOf(vm, call, 'running'), rc: rcName(a1 as Arg), amount: nonNegativeInt(a2 as Arg, 'the amount'), ...t };
      }
      default:
        throw new LineError(call.column, PLAN_TEXT_CODES.unknownVerb, `unknown action '${call.name}'`, 'actions: relocate, boot, shutdown, suspend, resume, kill, forge, allocate');
    }
  }

  private event(call: Call): PlanEvent {
    if (call.name === 'allocate') {
      expectArity(call, 3, "allocate(vm,'rc',amount)");
      return { kind: 'allocate', vm: this.vm(call.args[0] as Arg), rc: rcName(call.args[1] as Arg), amount: nonNegativeInt(call.args[2] as Arg, 'the amount') };
    }
    if (call.name === 'substitutedVM') {
      expectArity(call, 2, 'substitutedVM(vm,newVm)');
      return { kind: 'substitutedVM', vm: this.vm(call.args[0] as Arg), newVm: this.vm(call.args[1] as Arg) };
    }
    throw new LineError(call.column, PLAN_TEXT_CODES.unknownVerb, `unknown event '${call.name}'`, 'events: allocate, substitutedVM');
  }

  private vm(arg: Arg): VmId {
    return resolveVm(this.model, arg, this.vmNames);
  }

  private node(arg: Arg): NodeId {
    return resolveNode(this.model, arg, this.nodeNames);
  }

  /** Where the VM is in the origin: what the talk's format leaves implicit. */
  private hostOf(vm: VmId, call: Call, state: 'running' | 'sleeping'): NodeId {
    const host = this.model.host.get(vm);
    if (host === undefined || this.model.vms.get(vm) !== state) {
      throw new LineError(call.column, PLAN_TEXT_CODES.underivable, `${call.name}: ${vmText(this.model, vm)} is not ${state} in the origin model, so where it is cannot be known`, `${call.name} applies to a ${state} VM`);
    }
    return host;
  }
}

/** `'cpu'`, `"cpu"` or `cpu`. */
function rcName(arg: Arg): string {
  const m = /^(['"])(.*)\1$/.exec(arg.text);
  const name = m ? (m[2] as string) : arg.text;
  if (name === '') throw new LineError(arg.column, PLAN_TEXT_CODES.value, 'the resource name is empty');
  return name;
}
