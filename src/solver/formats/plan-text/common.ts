/**
 * What both plan text formats share: calls `name(arg, arg)` scanned with their columns, element references
 * resolved against the origin model, and diagnostics with line and column.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { Model, NodeId, VmId } from '../../model/model.ts';
import type { Action, Plan } from '../../plan/plan.ts';

export const PLAN_TEXT_CODES = {
  /** The line does not have the shape of the format. */
  syntax: 'PTXT001',
  /** A VM or node that the origin model does not know. */
  unknownElement: 'PTXT002',
  /** An action or event name that the format does not have. */
  unknownVerb: 'PTXT003',
  /** A value of the wrong form (a negative amount, end before start, ...). */
  value: 'PTXT004',
  /** Something the human format leaves implicit cannot be derived from the origin (where a VM leaves from). */
  underivable: 'PTXT005',
} as const;

export interface PlanTextOptions {
  file?: string;
}

export interface PlanTextResult {
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/** One argument of a call, with the 1-based column where it starts. */
export interface Arg {
  text: string;
  column: number;
}

export interface Call {
  name: string;
  args: Arg[];
  column: number;
  /** Index just after the closing parenthesis. */
  end: number;
}

export class LineError {
  readonly column: number;
  readonly code: string;
  readonly message: string;
  readonly hint: string | undefined;
  constructor(column: number, code: string, message: string, hint?: string) {
    this.column = column;
    this.code = code;
    this.message = message;
    this.hint = hint;
  }
}

/** Collects diagnostics for one text, each with its line and column. */
export class TextDiagnostics {
  readonly list: Diagnostic[] = [];
  readonly file: string | undefined;
  constructor(file?: string) {
    this.file = file;
  }
  add(line: number, e: LineError): void {
    const d: Diagnostic = { severity: 'error', code: e.code, message: e.message, range: { line, column: e.column } };
    if (e.hint !== undefined) d.hint = e.hint;
    if (this.file !== undefined) d.file = this.file;
    this.list.push(d);
  }
}

export function skipSpaces(line: string, i: number): number {
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/**
 * Scans `name(arg, arg, ...)` starting at `i`. Arguments are split on commas outside parentheses and quotes,
 * and trimmed. Throws a LineError pointing at the offending column.
 */
export function scanCall(line: string, i: number): Call {
  i = skipSpaces(line, i);
  const start = i;
  while (i < line.length && /[A-Za-z_]/.test(line[i] as string)) i++;
  if (i === start) throw new LineError(start + 1, PLAN_TEXT_CODES.syntax, `expected an action name, found ${quoteAt(line, start)}`);
  const name = line.slice(start, i);
  if (line[i] !== '(') throw new LineError(i + 1, PLAN_TEXT_CODES.syntax, `expected '(' after ${name}, found ${quoteAt(line, i)}`);
  i++;
  const args: Arg[] = [];
  let argStart = i;
  let depth = 0;
  let quote = '';
  for (; i < line.length; i++) {
    const c = line[i] as string;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if ((c === ',' || c === ')') && depth === 0) {
      const raw = line.slice(argStart, i);
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim() !== '' || c === ',' || args.length > 0) args.push({ text: raw.trim(), column: argStart + lead + 1 });
      argStart = i + 1;
      if (c === ')') return { name, args, column: start + 1, end: i + 1 };
    }
  }
  throw new LineError(line.length + 1, PLAN_TEXT_CODES.syntax, `missing ')' to close ${name}(`);
}

export function quoteAt(line: string, i: number): string {
  return i >= line.length ? 'the end of the line' : JSON.stringify(line.slice(i, i + 12));
}

/** Resolves a VM written `vm#3` or by its name. */
export function resolveVm(model: Model, arg: Arg, index: Map<string, VmId>): VmId {
  const m = /^vm#(\d+)$/.exec(arg.text);
  const id = m ? Number(m[1]) : index.get(arg.text);
  if (id === undefined || !model.vms.has(id)) {
    throw new LineError(arg.column, PLAN_TEXT_CODES.unknownElement, `unknown VM '${arg.text}'`, 'write a VM by its name in the instance, or as vm#<id>');
  }
  return id;
}

/** Resolves a node written `node#1`, by its name, or by its name with or without a leading `@`. */
export function resolveNode(model: Model, arg: Arg, index: Map<string, NodeId>): NodeId {
  const m = /^node#(\d+)$/.exec(arg.text);
  let id = m ? Number(m[1]) : index.get(arg.text);
  if (id === undefined && !m) id = arg.text.startsWith('@') ? index.get(arg.text.slice(1)) : index.get(`@${arg.text}`);
  if (id === undefined || !model.nodes.has(id)) {
    throw new LineError(arg.column, PLAN_TEXT_CODES.unknownElement, `unknown node '${arg.text}'`, 'write a node by its name in the instance, or as node#<id>');
  }
  return id;
}

/** Name to id, for the reader. Built once per text. */
export function nameIndex(names: Map<number, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, name] of names) out.set(name, id);
  return out;
}

export function nonNegativeInt(arg: Arg, what: string): number {
  if (!/^\d+$/.test(arg.text)) throw new LineError(arg.column, PLAN_TEXT_CODES.value, `${what} must be a non-negative integer, found '${arg.text}'`);
  return Number(arg.text);
}

export function expectArity(call: Call, n: number, signature: string): void {
  if (call.args.length !== n) {
    throw new LineError(call.column, PLAN_TEXT_CODES.syntax, `${call.name} takes ${n} argument(s) here, found ${call.args.length}`, `write ${signature}`);
  }
}

/** The origin, with VMs that only the plan knows (forged ones) added in state `init`, without touching `model`. */
export function withForgedVMs(model: Model, forged: Set<VmId>): Model {
  const missing = [...forged].filter((vm) => !model.vms.has(vm));
  if (missing.length === 0) return model;
  const vms = new Map(model.vms);
  for (const vm of missing) vms.set(vm, 'init');
  return { ...model, vms };
}

/** Lines sorted by (start, end) as both formats print them; stable, so equal times keep the plan's order. */
export function byTime(actions: readonly Action[]): Action[] {
  return [...actions].sort((a, b) => a.start - b.start || a.end - b.end);
}
