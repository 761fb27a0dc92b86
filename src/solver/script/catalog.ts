/**
 * The btrpsl constraint catalogue (spec §5.4): each script signature, its parameter types, and how it maps onto
 * the constraint types of `constraints/`. One entry per script name; adding a constraint to the language is one
 * entry here. Modes (spec §2.2) decide what `>>` means: without it a constraint is continuous when it can be.
 */
import type { Constraint, ConstraintKind } from '../constraints/index.ts';
import { CONSTRAINTS } from '../constraints/registry.ts';
import type { ConstraintModes } from '../constraints/semantics.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { NodeId, VmId } from '../model/model.ts';

/** Parameter types, with the words a signature diagnostic uses. */
export type Param = 'vms' | 'nodes' | 'vmParts' | 'nodeParts' | 'rc' | 'int' | 'number' | 'timestampOrVms';

export const PARAM_WORDS: Readonly<Record<Param, string>> = {
  vms: 'a set of VMs',
  nodes: 'a set of nodes',
  vmParts: 'a set of sets of VMs',
  nodeParts: 'a set of sets of nodes',
  rc: 'a resource identifier (a string such as "cpu")',
  int: 'an integer',
  number: 'a number',
  timestampOrVms: 'a timestamp string or a set of VMs',
};

const SIGNATURE_WORDS: Readonly<Record<Param, string>> = {
  vms: 'vms', nodes: 'nodes', vmParts: '{{vms}, ...}', nodeParts: '{{nodes}, ...}', rc: '"rc"', int: 'int', number: 'number',
  timestampOrVms: '"timestamp" | vms',
};

/** A typed argument, after conversion from a script value. */
export type Arg =
  | { p: 'vms'; ids: VmId[] }
  | { p: 'nodes'; ids: NodeId[] }
  | { p: 'vmParts'; parts: VmId[][] }
  | { p: 'nodeParts'; parts: NodeId[][] }
  | { p: 'rc'; rc: string }
  | { p: 'num'; n: number }
  | { p: 'timestamp'; text: string };

export interface CatalogEntry {
  params: Param[];
  /** The kind the call produces; its modes (registry) decide what `>>` means. */
  kind: ConstraintKind;
  build(args: Arg[], continuous: boolean, source: SourceRange): Constraint[];
}

const vms = (a: Arg | undefined): VmId[] => (a?.p === 'vms' ? a.ids : []);
const nodes = (a: Arg | undefined): NodeId[] => (a?.p === 'nodes' ? a.ids : []);
const parts = (a: Arg | undefined): number[][] => (a?.p === 'vmParts' || a?.p === 'nodeParts' ? a.parts : []);
const rc = (a: Arg | undefined): string => (a?.p === 'rc' ? a.rc : '');
const num = (a: Arg | undefined): number => (a?.p === 'num' ? a.n : 0);

/** One constraint per VM of the first argument. */
function perVm(kind: 'root' | 'running' | 'ready' | 'sleeping' | 'killed' | 'noDelay'): CatalogEntry {
  return {
    params: ['vms'],
    kind,
    build: (args, _c, source) => vms(args[0]).map((vm) => ({ kind, vm, source })),
  };
}

/** One constraint per node of the first argument. */
function perNode(kind: 'quarantine' | 'online' | 'offline'): CatalogEntry {
  return {
    params: ['nodes'],
    kind,
    build: (args, _c, source) => nodes(args[0]).map((node) => ({ kind, node, source })),
  };
}

function setOfVms(kind: 'spread' | 'gather' | 'lonely'): CatalogEntry {
  return { params: ['vms'], kind, build: (args, continuous, source) => [{ kind, vms: vms(args[0]), continuous, source }] };
}

function vmsOnly(kind: 'serialize' | 'sync' | 'seq'): CatalogEntry {
  return { params: ['vms'], kind, build: (args, _c, source) => [{ kind, vms: vms(args[0]), source }] };
}

export const CATALOG: Readonly<Record<string, CatalogEntry>> = {
  spread: setOfVms('spread'),
  gather: setOfVms('gather'),
  lonely: setOfVms('lonely'),
  root: perVm('root'),
  ban: {
    params: ['vms', 'nodes'], kind: 'ban',
    build: (args, continuous, source) => vms(args[0]).map((vm) => ({ kind: 'ban', vm, nodes: nodes(args[1]), continuous, source })),
  },
  fence: {
    params: ['vms', 'nodes'], kind: 'fence',
    build: (args, continuous, source) => vms(args[0]).map((vm) => ({ kind: 'fence', vm, nodes: nodes(args[1]), continuous, source })),
  },
  among: {
    params: ['vms', 'nodeParts'], kind: 'among',
    build: (args, continuous, source) => [{ kind: 'among', vms: vms(args[0]), parts: parts(args[1]), continuous, source }],
  },
  split: {
    params: ['vmParts'], kind: 'split',
    build: (args, continuous, source) => [{ kind: 'split', parts: parts(args[0]), continuous, source }],
  },
  splitAmong: {
    params: ['vmParts', 'nodeParts'], kind: 'splitAmong',
    build: (args, continuous, source) => [{ kind: 'splitAmong', vParts: parts(args[0]), pParts: parts(args[1]), continuous, source }],
  },
  quarantine: perNode('quarantine'),
  online: perNode('online'),
  offline: perNode('offline'),
  running: perVm('running'),
  ready: perVm('ready'),
  sleeping: perVm('sleeping'),
  killed: perVm('killed'),
  noDelay: perVm('noDelay'),
  preserve: {
    params: ['vms', 'rc', 'int'], kind: 'preserve',
    build: (args, _c, source) => vms(args[0]).map((vm) => ({ kind: 'preserve', vm, rc: rc(args[1]), amount: num(args[2]), source })),
  },
  overbook: {
    params: ['nodes', 'rc', 'number'], kind: 'overbook',
    build: (args, continuous, source) =>
      nodes(args[0]).map((node) => ({ kind: 'overbook', node, rc: rc(args[1]), ratio: num(args[2]), continuous, source })),
  },
  resourceCapacity: {
    params: ['nodes', 'rc', 'int'], kind: 'resourceCapacity',
    build: (args, continuous, source) => [{ kind: 'resourceCapacity', nodes: nodes(args[0]), rc: rc(args[1]), amount: num(args[2]), continuous, source }],
  },
  runningCapacity: {
    params: ['nodes', 'int'], kind: 'runningCapacity',
    build: (args, _c, source) => [{ kind: 'runningCapacity', nodes: nodes(args[0]), amount: num(args[1]), source }],
  },
  maxOnline: {
    params: ['nodes', 'int'], kind: 'maxOnline',
    build: (args, continuous, source) => [{ kind: 'maxOnline', nodes: nodes(args[0]), amount: num(args[1]), continuous, source }],
  },
  seq: vmsOnly('seq'),
  serialize: vmsOnly('serialize'),
  sync: vmsOnly('sync'),
  before: {
    params: ['vms', 'timestampOrVms'], kind: 'deadline',
    build: (args, _c, source) => {
      const second = args[1];
      if (second?.p === 'timestamp') return vms(args[0]).map((vm) => ({ kind: 'deadline', vm, timestamp: second.text, source }));
      const out: Constraint[] = [];
      for (const vm1 of vms(args[0])) for (const vm2 of vms(second)) out.push({ kind: 'precedence', vm1, vm2, source });
      return out;
    },
  },
};

/** `both`: `>>` chooses discrete, else continuous; `continuous`: `>>` is refused (warning); `discrete`: `>>` changes nothing. */
export function modesOf(entry: CatalogEntry): ConstraintModes {
  return CONSTRAINTS[entry.kind].modes;
}

export function signatureOf(name: string): string {
  const entry = CATALOG[name];
  return entry ? `${name}(${entry.params.map((p) => SIGNATURE_WORDS[p]).join(', ')})` : name;
}

/** `+hh:mm:ss` (relative) or `hh:mm:ss` (wall clock), as BtrPlace's Deadline accepts. */
export function isTimestamp(text: string): boolean {
  return /^\+?\d+:\d{2}:\d{2}$/.test(text);
}
