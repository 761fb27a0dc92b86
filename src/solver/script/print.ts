/**
 * `printScenario`: writes an instance as a readable script that parses back to the same instance (same ids, names,
 * states, hosts, resources, attributes, constraints and objective). Elements are printed in the model's order,
 * one declaration each unless `compact`; an `id N` clause appears only where sequential numbering would give
 * another id. Runs of one-element constraints of the same call share a line (`offline(@N[1..3]);`).
 */
import type { Constraint } from '../constraints/index.ts';
import { CONSTRAINTS } from '../constraints/registry.ts';
import type { Instance } from '../model/instance.ts';
import type { AttributeValue, Attributes, Model } from '../model/model.ts';
import { DURATION_KEYS, NODE_DURATION_KEYS } from './evaluate.ts';
import { KEYWORDS } from './lexer.ts';
import { durationRuleText, DURATION_RULE_KINDS } from './durations.ts';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const HOST = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/** A string literal the tokenizer reads back to the same text. */
export function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

function isIdent(name: string): boolean {
  return IDENT.test(name) && name !== '_' && !KEYWORDS.has(name);
}

/** A resource or attribute key: bare when it cannot be mistaken for a clause word, quoted otherwise. */
function key(name: string, reserved: ReadonlySet<string>): string {
  return isIdent(name) && !reserved.has(name) ? name : quote(name);
}

function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}

class Names {
  readonly vm = new Map<number, string>();
  readonly node = new Map<number, string>();

  constructor(model: Model) {
    const taken = new Set<string>();
    const unique = (base: string) => {
      let n = base;
      while (taken.has(n)) n += '_';
      taken.add(n);
      return n;
    };
    // Valid names first, so that a generated `vm3` never steals a real name.
    for (const id of model.vms.keys()) {
      const n = model.vmNames.get(id);
      if (n !== undefined && isIdent(n) && !taken.has(n)) this.vm.set(id, unique(n));
    }
    for (const id of model.vms.keys()) if (!this.vm.has(id)) this.vm.set(id, unique(`vm${id}`));
    taken.clear();
    for (const id of model.nodes.keys()) {
      const raw = model.nodeNames.get(id);
      const n = raw?.startsWith('@') ? raw.slice(1) : raw;
      if (n !== undefined && HOST.test(n) && !taken.has(n)) this.node.set(id, unique(n));
    }
    for (const id of model.nodes.keys()) if (!this.node.has(id)) this.node.set(id, unique(`node${id}`));
  }

  vmName(id: number): string {
    return this.vm.get(id) ?? `vm${id}`;
  }
  nodeName(id: number): string {
    return `@${this.node.get(id) ?? `node${id}`}`;
  }
}

/**
 * A list of names as a set: `VM[1..3, 7]` when every name is one prefix followed by a plain number, else
 * `{a, b, c}`. Order is kept (seq depends on it).
 */
export function setText(names: string[]): string {
  const m = names.map((n) => /^(@?[A-Za-z_.\-0-9]*?[A-Za-z_.\-])(0|[1-9][0-9]*)$/.exec(n));
  const prefix = m[0]?.[1];
  if (names.length > 1 && prefix !== undefined && m.every((x) => x && x[1] === prefix)) {
    const nums = m.map((x) => Number(x![2]));
    const items: string[] = [];
    for (let i = 0; i < nums.length; ) {
      let j = i;
      while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
      items.push(j > i ? `${nums[i]}..${nums[j]}` : String(nums[i]));
      i = j + 1;
    }
    // A range only when it is shorter than the list: VM[1..4], VM[1..2, 7]; not VM[1, 3].
    if (items.length < names.length) return `${prefix}[${items.join(', ')}]`;
  }
  return `{${names.join(', ')}}`;
}

function attributeList(attrs: [string, AttributeValue][]): string {
  const items = attrs.map(([k, v]) => {
    const name = isIdent(k) ? k : quote(k);
    if (v === true) return name;
    if (typeof v === 'string') return `${name}=${quote(v)}`;
    return `${name}=${typeof v === 'number' ? numberText(v) : String(v)}`;
  });
  return `<${items.join(', ')}>`;
}

/**
 * Leading duration attributes with numbers become clauses (`migrate 2`); the others go in `<...>`, in their
 * order, so that the attributes read back in the same order.
 */
function attributeClauses(attrs: Attributes | undefined, durations: ReadonlySet<string>): string[] {
  if (!attrs?.size) return [];
  const clauses: string[] = [];
  const rest: [string, AttributeValue][] = [];
  for (const [k, v] of attrs) {
    if (!rest.length && durations.has(k) && typeof v === 'number') clauses.push(`${k} ${numberText(v)}`);
    else rest.push([k, v]);
  }
  if (rest.length) clauses.push(attributeList(rest));
  return clauses;
}

const VM_RESERVED = new Set(['id', 'on', ...DURATION_KEYS]);
const NODE_RESERVED = new Set(['id', 'on', ...NODE_DURATION_KEYS]);

export interface PrintOptions {
  /**
   * Declare consecutive elements with the same clauses on one line (`vm VM[1..3] on @N1 cpu 2;`). Off by
   * default: one declaration per element, in model order, is what text editors of the scenario rely on.
   */
  compact?: boolean;
}

export function printScenario(instance: Instance, options: PrintOptions = {}): string {
  const { model } = instance;
  const names = new Names(model);
  const out: string[] = [];

  for (const rc of model.resources.values()) {
    out.push(`resource ${key(rc.id, new Set())} capacity ${numberText(rc.defaultCapacity)} consumption ${numberText(rc.defaultConsumption)};`);
  }
  for (const kind of DURATION_RULE_KINDS) {
    const rule = instance.durations?.[kind];
    if (rule) out.push(`duration ${kind} ${durationRuleText(rule, (rc) => key(rc, new Set()))};`);
  }
  if (out.length) out.push('');

  const nodeLines: Declaration[] = [];
  let nextNode = 0;
  for (const [id, state] of model.nodes) {
    const parts: string[] = [];
    if (id !== nextNode) parts.push(`id ${id}`);
    nextNode = Math.max(nextNode, id + 1);
    if (state === 'offline') parts.push('offline');
    for (const rc of model.resources.values()) {
      const v = rc.capacity.get(id);
      if (v !== undefined) parts.push(`${key(rc.id, NODE_RESERVED)} ${numberText(v)}`);
    }
    parts.push(...attributeClauses(model.nodeAttributes.get(id), NODE_DURATION_KEYS));
    nodeLines.push({ name: names.nodeName(id), rest: parts.join(' '), alone: parts[0]?.startsWith('id ') === true });
  }
  out.push(...declarations('node', nodeLines, options.compact === true));
  if (model.nodes.size) out.push('');

  const vmLines: Declaration[] = [];
  let nextVm = 0;
  for (const [id, state] of model.vms) {
    const parts: string[] = [];
    if (id !== nextVm) parts.push(`id ${id}`);
    nextVm = Math.max(nextVm, id + 1);
    const host = model.host.get(id);
    if (state === 'running' && host !== undefined) parts.push(`on ${names.nodeName(host)}`);
    else if (state === 'sleeping' && host !== undefined) parts.push(`sleeping on ${names.nodeName(host)}`);
    else parts.push(state);
    for (const rc of model.resources.values()) {
      const v = rc.consumption.get(id);
      if (v !== undefined) parts.push(`${key(rc.id, VM_RESERVED)} ${numberText(v)}`);
    }
    parts.push(...attributeClauses(model.vmAttributes.get(id), DURATION_KEYS));
    vmLines.push({ name: names.vmName(id), rest: parts.join(' '), alone: parts[0]?.startsWith('id ') === true });
  }
  out.push(...declarations('vm', vmLines, options.compact === true));
  if (model.vms.size) out.push('');

  out.push(`objective ${instance.objective.kind};`);
  if (instance.constraints.length) out.push('');
  out.push(...constraintLines(instance.constraints, names));
  return `${out.join('\n')}\n`;
}

interface Declaration {
  name: string;
  /** The clauses after the name. */
  rest: string;
  /** An element with an explicit id is declared on its own line. */
  alone: boolean;
}

/** With `compact`, consecutive elements with the same clauses share one line: `vm VM[1..3] on @N1 cpu 2;`. */
function declarations(word: 'node' | 'vm', lines: Declaration[], compact: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    if (compact && !lines[i]!.alone) while (j < lines.length && !lines[j]!.alone && lines[j]!.rest === lines[i]!.rest) j++;
    const group = lines.slice(i, j).map((l) => l.name);
    const target = group.length === 1 ? group[0]! : setText(group);
    out.push(`${word} ${target}${lines[i]!.rest ? ` ${lines[i]!.rest}` : ''};`);
    i = j;
  }
  return out;
}

/**
 * The constraints in order. Consecutive one-element constraints of the same call (same kind, mode and other
 * arguments) share one line, as btrpsl builds one constraint per element: `offline(@N[1..3]);`.
 */
function constraintLines(constraints: Constraint[], names: Names): string[] {
  const out: string[] = [];
  let run: { head: string; tail: string; elements: string[] } | undefined;
  const flush = () => {
    if (run) out.push(`${run.head}(${run.elements.length === 1 ? run.elements[0] : setText(run.elements)}${run.tail});`);
    run = undefined;
  };
  for (const c of constraints) {
    const split = perElement(c, names);
    if (!split) {
      flush();
      out.push(constraintText(c, names));
      continue;
    }
    if (run && run.head === split.head && run.tail === split.tail && !run.elements.includes(split.element)) run.elements.push(split.element);
    else {
      flush();
      run = { head: split.head, tail: split.tail, elements: [split.element] };
    }
  }
  flush();
  return out;
}

/** A constraint that btrpsl builds once per element of its first argument, cut as `head(element tail)`. */
function perElement(c: Constraint, names: Names): { head: string; element: string; tail: string } | undefined {
  const discrete = 'continuous' in c && !c.continuous && CONSTRAINTS[c.kind].modes === 'both' ? '>>' : '';
  const head = `${discrete}${c.kind}`;
  switch (c.kind) {
    case 'root': case 'running': case 'ready': case 'sleeping': case 'killed': case 'noDelay':
      return { head, element: names.vmName(c.vm), tail: '' };
    case 'quarantine': case 'online': case 'offline':
      return { head, element: names.nodeName(c.node), tail: '' };
    case 'ban': case 'fence':
      return { head, element: names.vmName(c.vm), tail: `, ${setText(c.nodes.map((n) => names.nodeName(n)))}` };
    case 'preserve':
      return { head, element: names.vmName(c.vm), tail: `, ${quote(c.rc)}, ${numberText(c.amount)}` };
    case 'overbook':
      return { head, element: names.nodeName(c.node), tail: `, ${quote(c.rc)}, ${numberText(c.ratio)}` };
    case 'deadline':
      return { head: 'before', element: names.vmName(c.vm), tail: `, ${quote(c.timestamp)}` };
    default:
      return undefined;
  }
}

/** One constraint as a btrpsl call; `>>` marks the discrete mode of a constraint that has both. */
function constraintText(c: Constraint, names: Names): string {
  const vm = (id: number) => names.vmName(id);
  const node = (id: number) => names.nodeName(id);
  const vms = (ids: number[]) => setText(ids.map(vm));
  const nodes = (ids: number[]) => setText(ids.map(node));
  const parts = (groups: number[][], f: (ids: number[]) => string) => `{${groups.map(f).join(', ')}}`;
  const inner = (groups: number[][], of: (id: number) => string) => parts(groups, (g) => `{${g.map(of).join(', ')}}`);
  const discrete = 'continuous' in c && !c.continuous && CONSTRAINTS[c.kind].modes === 'both' ? '>>' : '';
  let call: string;
  switch (c.kind) {
    case 'spread': case 'gather': case 'lonely': case 'seq': case 'serialize': case 'sync':
      call = `${c.kind}(${vms(c.vms)})`;
      break;
    case 'among': call = `among(${vms(c.vms)}, ${inner(c.parts, node)})`; break;
    case 'split': call = `split(${inner(c.parts, vm)})`; break;
    case 'splitAmong': call = `splitAmong(${inner(c.vParts, vm)}, ${inner(c.pParts, node)})`; break;
    case 'ban': case 'fence': call = `${c.kind}(${vm(c.vm)}, ${nodes(c.nodes)})`; break;
    case 'root': case 'running': case 'ready': case 'sleeping': case 'killed': case 'noDelay':
      call = `${c.kind}(${vm(c.vm)})`;
      break;
    case 'quarantine': case 'online': case 'offline': call = `${c.kind}(${node(c.node)})`; break;
    case 'maxOnline': call = `maxOnline(${nodes(c.nodes)}, ${c.amount})`; break;
    case 'preserve': call = `preserve(${vm(c.vm)}, ${quote(c.rc)}, ${numberText(c.amount)})`; break;
    case 'overbook': call = `overbook(${node(c.node)}, ${quote(c.rc)}, ${numberText(c.ratio)})`; break;
    case 'resourceCapacity': call = `resourceCapacity(${nodes(c.nodes)}, ${quote(c.rc)}, ${numberText(c.amount)})`; break;
    case 'runningCapacity': call = `runningCapacity(${nodes(c.nodes)}, ${numberText(c.amount)})`; break;
    case 'deadline': call = `before(${vm(c.vm)}, ${quote(c.timestamp)})`; break;
    case 'precedence': call = `before(${vm(c.vm1)}, ${vm(c.vm2)})`; break;
  }
  return `${discrete}${call};`;
}
