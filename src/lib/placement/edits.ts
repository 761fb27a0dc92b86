/**
 * Direct manipulation in the playground (take a node offline, change a capacity, add a VM) as edits of the
 * scenario TEXT, which stays the source of truth. A node to take offline gets an `offline` constraint; for the
 * model, only the declarations concerned are rewritten, from the
 * printer's output for the modified instance (`printScenario` writes one declaration per element); the rest of
 * the text, comments included, is kept. A statement declaring several elements (`node @N[1..3] cpu 8;`) is
 * split into one line per element so that one of them can differ. Pure: unit-tested.
 */
import type { SourceRange } from '../../solver/diagnostics.ts';
import type { Instance } from '../../solver/model/instance.ts';
import type { NodeId, VmId } from '../../solver/model/model.ts';
import { parseScenario, printScenario, type SourceMap } from '../../solver/script/index.ts';

/** One replacement in the text, in offsets: what the editor dispatches (so that undo works). */
export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

export type EditResult = { ok: true; changes: TextChange[]; text: string } | { ok: false; error: 'scriptErrors' | 'unknownElement' };

/**
 * Asks for a node to end offline (or online): appends `offline(@N);`, the way an operator states maintenance, so
 * that the solver plans the evacuation. Nothing changes when the script already says so.
 */
export function requestNodeState(text: string, node: string, state: 'online' | 'offline'): EditResult {
  const parsed = parseScenario(text);
  if (!parsed.instance) return { ok: false, error: 'scriptErrors' };
  const id = idOf(parsed.instance.model.nodeNames, node);
  if (id === undefined) return { ok: false, error: 'unknownElement' };
  if (parsed.instance.constraints.some((c) => c.kind === state && c.node === id)) return { ok: true, changes: [], text };
  const statement = `${state}(@${parsed.instance.model.nodeNames.get(id)});`;
  const change: TextChange = { from: text.length, to: text.length, insert: `${text === '' || text.endsWith('\n') ? '' : '\n'}${statement}\n` };
  return { ok: true, changes: [change], text: apply(text, [change]) };
}

export function setNodeCapacity(text: string, node: string, rc: string, capacity: number): EditResult {
  return editNode(text, node, (instance, id) => {
    const resource = instance.model.resources.get(rc);
    if (!resource) return false;
    resource.capacity.set(id, Math.max(0, Math.round(capacity)));
    return true;
  });
}

/** Adds a running VM on `host` (or a ready one without host) with the given consumptions; named VM<n>. */
export function addVm(text: string, host: string | undefined, use: Record<string, number>): EditResult & { name?: string } {
  const parsed = parseScenario(text);
  if (!parsed.instance) return { ok: false, error: 'scriptErrors' };
  const { model } = parsed.instance;
  const hostId = host === undefined ? undefined : idOf(model.nodeNames, host);
  if (host !== undefined && hostId === undefined) return { ok: false, error: 'unknownElement' };
  const id = Math.max(-1, ...model.vms.keys()) + 1;
  const taken = new Set(model.vmNames.values());
  let n = model.vms.size + 1;
  while (taken.has(`VM${n}`)) n++;
  const name = `VM${n}`;
  model.vms.set(id, hostId === undefined ? 'ready' : 'running');
  model.vmNames.set(id, name);
  if (hostId !== undefined) model.host.set(id, hostId);
  for (const [rc, amount] of Object.entries(use)) model.resources.get(rc)?.consumption.set(id, Math.max(0, Math.round(amount)));
  const line = declarationLines(parsed.instance, 'vm').get(id)!;
  // After the last VM declaration (else the last node one, else at the start), on a line of its own.
  const anchor = lastRange(parsed.sourceMap.vms) ?? lastRange(parsed.sourceMap.nodes);
  const at = anchor ? lineEnd(text, offsetOf(text, anchor.endLine ?? anchor.line, anchor.endColumn ?? anchor.column)) : 0;
  const change: TextChange = anchor ? { from: at, to: at, insert: `\n${line}` } : { from: 0, to: 0, insert: `${line}\n` };
  return { ok: true, changes: [change], text: apply(text, [change]), name };
}

function editNode(text: string, node: string, change: (instance: Instance, id: NodeId) => unknown): EditResult {
  const parsed = parseScenario(text);
  if (!parsed.instance) return { ok: false, error: 'scriptErrors' };
  const id = idOf(parsed.instance.model.nodeNames, node);
  if (id === undefined || change(parsed.instance, id) === false) return { ok: false, error: 'unknownElement' };
  const edit = rewriteStatement(text, parsed.instance, parsed.sourceMap, 'node', id);
  if (!edit) return { ok: false, error: 'unknownElement' };
  return { ok: true, changes: [edit], text: apply(text, [edit]) };
}

/** Replaces the statement that declared element `id` by the printed declarations of every element it declared. */
function rewriteStatement(text: string, instance: Instance, map: SourceMap, kind: 'node' | 'vm', id: number): TextChange | undefined {
  const ranges: Map<number, SourceRange> = kind === 'node' ? map.nodes : map.vms;
  const range = ranges.get(id);
  if (!range || range.endLine === undefined || range.endColumn === undefined) return undefined;
  const sameStatement = [...ranges].filter(([, r]) => r.line === range.line && r.column === range.column).map(([e]) => e);
  const lines = declarationLines(instance, kind);
  const indent = /^[ \t]*/.exec(text.slice(offsetOf(text, range.line, 1)))![0];
  const insert = sameStatement.map((e) => lines.get(e)!).join(`\n${indent}`);
  return { from: offsetOf(text, range.line, range.column), to: offsetOf(text, range.endLine, range.endColumn), insert };
}

/** Each element's own declaration line as the printer writes it. */
function declarationLines(instance: Instance, kind: 'node' | 'vm'): Map<NodeId | VmId, string> {
  const ids = [...(kind === 'node' ? instance.model.nodes : instance.model.vms).keys()];
  const printed = printScenario(instance).split('\n').filter((l) => l.startsWith(`${kind} `));
  return new Map(ids.map((id, i) => [id, printed[i]!]));
}

function idOf(names: Map<number, string>, name: string): number | undefined {
  const bare = name.replace(/^@/, '');
  for (const [id, n] of names) if (n === bare) return id;
  return undefined;
}

function lastRange(ranges: Map<number, SourceRange>): SourceRange | undefined {
  let last: SourceRange | undefined;
  for (const r of ranges.values()) if (!last || (r.endLine ?? r.line) > (last.endLine ?? last.line)) last = r;
  return last;
}

/** Offset of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

function lineEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next < 0 ? text.length : next;
}

function apply(text: string, changes: TextChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.from - a.from)) out = out.slice(0, c.from) + c.insert + out.slice(c.to);
  return out;
}
