/**
 * BtrPlace's textual plan (spec §3.5), one action per line, sorted by start then end:
 *
 *     0:1 {action=boot(vm=vm#4, on=node#0), @pre= {allocate(vm=vm#4, rc=cpu, amount=3)}}
 *
 * Elements are written `vm#<id>` / `node#<id>` as BtrPlace does; the reader also accepts their names.
 */
import type { Model, NodeId, VmId } from '../../model/model.ts';
import type { Action, Plan, PlanEvent } from '../../plan/plan.ts';
import type { Arg, Call, PlanTextOptions, PlanTextResult } from './common.ts';
import {
  byTime,
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

const vm = (id: VmId) => `vm#${id}`;
const node = (id: NodeId | null) => (id === null ? 'null' : `node#${id}`);

/** BtrPlace's `pretty()` of an action. */
export function prettyAction(a: Action): string {
  switch (a.kind) {
    case 'migrateVM':
      return `migrate(vm=${vm(a.vm)}, from=${node(a.from)}, to=${node(a.to)}${a.bw === undefined ? '' : `, bw=${a.bw}`})`;
    case 'bootVM':
      return `boot(vm=${vm(a.vm)}, on=${node(a.on)})`;
    case 'shutdownVM':
      return `shutdown(vm=${vm(a.vm)}, on=${node(a.on)})`;
    case 'suspendVM':
      return `suspend(vm=${vm(a.vm)}, from=${node(a.from)}, to=${node(a.to)})`;
    case 'resumeVM':
      return `resume(vm=${vm(a.vm)}, from=${node(a.from)}, to=${node(a.to)})`;
    case 'killVM':
      return `killVM(vm=${vm(a.vm)}, node=${node(a.on)})`;
    case 'forgeVM':
      return `forge(vm=${vm(a.vm)})`;
    case 'bootNode':
      return `boot(node=${node(a.node)})`;
    case 'shutdownNode':
      return `shutdown(node=${node(a.node)})`;
    case 'allocate':
      return `allocate(vm=${vm(a.vm)}, on=${node(a.on)}, rc=${a.rc}, amount=${a.amount})`;
  }
}

export function prettyEvent(e: PlanEvent): string {
  return e.kind === 'allocate' ? `allocate(vm=${vm(e.vm)}, rc=${e.rc}, amount=${e.amount})` : `substitutedVM(vm=${vm(e.vm)}, newVm=${vm(e.newVm)})`;
}

/** One line: `<start>:<end> {action=<pretty>[, @pre= {...}][, @post= {...}]}`. */
export function btrPlaceLine(a: Action): string {
  const pre = a.pre.length ? `, @pre= {${a.pre.map(prettyEvent).join(', ')}}` : '';
  const post = a.post.length ? `, @post= {${a.post.map(prettyEvent).join(', ')}}` : '';
  return `${a.start}:${a.end} {action=${prettyAction(a)}${pre}${post}}`;
}

/** The plan in BtrPlace's text format, sorted by (start, end), one line per action. */
export function printBtrPlacePlan(plan: Plan): string {
  return byTime(plan.actions).map((a) => `${btrPlaceLine(a)}\n`).join('');
}

/** Reads BtrPlace's text format against the model the plan starts from. Blank lines are ignored. */
export function parseBtrPlacePlan(text: string, origin: Model, options: PlanTextOptions = {}): PlanTextResult {
  const out = new TextDiagnostics(options.file);
  const lines = text.split(/\r?\n/);
  const forged = new Set<VmId>();
  // VMs that a plan forges do not exist in the origin yet: find them first, so references to them resolve.
  for (const line of lines) {
    for (const m of line.matchAll(/(?:forge\(vm=|newVm=)vm#(\d+)/g)) forged.add(Number(m[1]));
  }
  const model = withForgedVMs(origin, forged);
  const reader = new Reader(model);
  const actions: Action[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      actions.push(reader.line(line));
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      out.add(i + 1, e);
    }
  });
  return out.list.length ? { diagnostics: out.list } : { plan: { origin: model, actions }, diagnostics: [] };
}

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
    const head = /^\s*(\d+):(\d+)\s*\{action=/.exec(line);
    if (!head) throw new LineError(skipSpaces(line, 0) + 1, PLAN_TEXT_CODES.syntax, 'expected "<start>:<end> {action=...}"', 'e.g. 0:1 {action=boot(vm=vm#4, on=node#0)}');
    const start = Number(head[1]);
    const end = Number(head[2]);
    if (end < start) throw new LineError(line.indexOf(':') + 2, PLAN_TEXT_CODES.value, `the action ends (${end}) before it starts (${start})`);
    const call = scanCall(line, head[0].length);
    const action = this.action(call, start, end);
    let i = call.end;
    for (const hook of ['pre', 'post'] as const) {
      const marker = new RegExp(`^,\\s*@${hook}=\\s*\\{`).exec(line.slice(i));
      if (!marker) continue;
      i += marker[0].length;
      for (;;) {
        i = skipSpaces(line, i);
        if (line[i] === '}') {
          i++;
          break;
        }
        const ev = scanCall(line, i);
        action[hook].push(this.event(ev));
        i = skipSpaces(line, ev.end);
        if (line[i] === ',') i++;
        else if (line[i] !== '}') throw new LineError(i + 1, PLAN_TEXT_CODES.syntax, `expected ',' or '}' after an event, found ${quoteAt(line, i)}`);
      }
    }
    i = skipSpaces(line, i);
    if (line[i] !== '}') throw new LineError(i + 1, PLAN_TEXT_CODES.syntax, `expected '}' to close the action, found ${quoteAt(line, i)}`);
    i = skipSpaces(line, i + 1);
    if (i < line.length) throw new LineError(i + 1, PLAN_TEXT_CODES.syntax, `unexpected text after the action: ${quoteAt(line, i)}`);
    return action;
  }

  private action(call: Call, start: number, end: number): Action {
    const f = this.fields(call);
    const t = { start, end, pre: [] as PlanEvent[], post: [] as PlanEvent[] };
    const has = (k: string) => f.has(k);
    switch (call.name) {
      case 'migrate': {
        const bw = f.has('bw') ? nonNegativeInt(this.arg(f, call, 'bw'), 'bw') : undefined;
        return { kind: 'migrateVM', vm: this.vm(f, call, 'vm'), from: this.node(f, call, 'from'), to: this.node(f, call, 'to'), ...(bw === undefined ? {} : { bw }), ...t };
      }
      case 'boot':
        return has('node') ? { kind: 'bootNode', node: this.node(f, call, 'node'), ...t } : { kind: 'bootVM', vm: this.vm(f, call, 'vm'), on: this.node(f, call, 'on'), ...t };
      case 'shutdown':
        return has('node') ? { kind: 'shutdownNode', node: this.node(f, call, 'node'), ...t } : { kind: 'shutdownVM', vm: this.vm(f, call, 'vm'), on: this.node(f, call, 'on'), ...t };
      case 'suspend':
      case 'resume':
        return { kind: call.name === 'suspend' ? 'suspendVM' : 'resumeVM', vm: this.vm(f, call, 'vm'), from: this.node(f, call, 'from'), to: this.node(f, call, 'to'), ...t };
      case 'killVM': {
        const on = f.get('node');
        return { kind: 'killVM', vm: this.vm(f, call, 'vm'), on: on === undefined || on.text === 'null' ? null : resolveNode(this.model, on, this.nodeNames), ...t };
      }
      case 'forge':
        return { kind: 'forgeVM', vm: this.vm(f, call, 'vm'), ...t };
      case 'allocate':
        return { kind: 'allocate', vm: this.vm(f, call, 'vm'), on: this.node(f, call, 'on'), rc: this.arg(f, call, 'rc').text, amount: nonNegativeInt(this.arg(f, call, 'amount'), 'amount'), ...t };
      default:
        throw new LineError(call.column, PLAN_TEXT_CODES.unknownVerb, `unknown action '${call.name}'`, 'BtrPlace actions: migrate, boot, shutdown, suspend, resume, killVM, forge, allocate');
    }
  }

  private event(call: Call): PlanEvent {
    const f = this.fields(call);
    if (call.name === 'allocate') return { kind: 'allocate', vm: this.vm(f, call, 'vm'), rc: this.arg(f, call, 'rc').text, amount: nonNegativeInt(this.arg(f, call, 'amount'), 'amount') };
    if (call.name === 'substitutedVM') return { kind: 'substitutedVM', vm: this.vm(f, call, 'vm'), newVm: this.vm(f, call, 'newVm') };
    throw new LineError(call.column, PLAN_TEXT_CODES.unknownVerb, `unknown event '${call.name}'`, 'BtrPlace events: allocate, substitutedVM');
  }

  /** `key=value` arguments by key; the value keeps its column. */
  private fields(call: Call): Map<string, Arg> {
    const out = new Map<string, Arg>();
    for (const a of call.args) {
      const eq = a.text.indexOf('=');
      if (eq <= 0) throw new LineError(a.column, PLAN_TEXT_CODES.syntax, `expected key=value, found '${a.text}'`);
      const value = a.text.slice(eq + 1);
      out.set(a.text.slice(0, eq).trim(), { text: value.trim(), column: a.column + eq + 1 + (value.length - value.trimStart().length) });
    }
    return out;
  }

  private arg(f: Map<string, Arg>, call: Call, key: string): Arg {
    const a = f.get(key);
    if (!a) throw new LineError(call.column, PLAN_TEXT_CODES.syntax, `${call.name} needs ${key}=...`);
    return a;
  }

  private vm(f: Map<string, Arg>, call: Call, key: string): VmId {
    return resolveVm(this.model, this.arg(f, call, key), this.vmNames);
  }

  private node(f: Map<string, Arg>, call: Call, key: string): NodeId {
    return resolveNode(this.model, this.arg(f, call, key), this.nodeNames);
  }
}
