/**
 * The evaluator: runs a parsed script statement by statement, building the model (model section and btrpsl
 * templates), the constraints (catalogue calls) and the objective. It never throws on a user's mistake: each one
 * becomes a diagnostic at the expression that caused it, and an invalid value silences follow-up errors.
 */
import type { Constraint } from '../constraints/index.ts';
import type { Diagnostic, SourceRange } from '../diagnostics.ts';
import type { Instance, Objective } from '../model/instance.ts';
import type { AttributeValue, Attributes, Model, NodeId, NodeState, VmId, VmState } from '../model/model.ts';
import { emptyModel } from '../model/model.ts';
import type { Clause, Expr, RangeItem, Script, Statement, TemplateOption } from './ast.ts';
import type { Arg, Param } from './catalog.ts';
import { CATALOG, isTimestamp, modesOf, PARAM_WORDS, signatureOf } from './catalog.ts';
import type { Code } from './codes.ts';
import { diagnostic } from './codes.ts';
import { didYouMean } from './suggest.ts';
import { DURATION_RULE_KINDS, linearRule } from './durations.ts';
import type { DurationRules } from '../plan/durations.ts';
import type { Value } from './values.ts';
import {
  asItems, chunk, compatibleShapes, describe, describeShape, difference, ERROR, keyOf, makeSet, product, shapeOf, splitInto, union,
} from './values.ts';

/** Where each element and resource was declared: validation diagnostics are mapped back to these lines. */
export interface SourceMap {
  vms: Map<VmId, SourceRange>;
  nodes: Map<NodeId, SourceRange>;
  resources: Map<string, SourceRange>;
}

export interface Evaluation {
  instance: Instance;
  diagnostics: Diagnostic[];
  sourceMap: SourceMap;
  namespace?: string;
}

/** Attribute keys that are action durations (spec §1.5): a declaration writes them as clauses, `migrate 2`. */
export const DURATION_KEYS: ReadonlySet<string> = new Set(['migrate', 'boot', 'shutdown', 'suspend', 'resume', 'forge', 'kill', 'allocate']);
export const NODE_DURATION_KEYS: ReadonlySet<string> = new Set(['boot', 'shutdown']);
export const VM_STATES: ReadonlySet<string> = new Set(['init', 'ready', 'running', 'sleeping', 'killed']);
export const OBJECTIVES: Readonly<Record<string, Objective['kind']>> = {
  minimizeMTTR: 'minimizeMTTR',
  minMTTR: 'minimizeMTTR',
  minimizeMigrations: 'minimizeMigrations',
  minMigrations: 'minimizeMigrations',
  minimizeMTTRMigrationScheduling: 'minimizeMTTRMigrationScheduling',
};

/** Past this many names a range is certainly a typo (`VM[1..100000000]`), and expanding it would hang the page. */
const MAX_RANGE = 1_000_000;

interface NamedRef {
  name: string;
  range: SourceRange;
}

export interface EvaluateOptions {
  /** A model to start from (copied, never changed): the script names its elements and may add more. */
  model?: Model;
}

export function evaluate(script: Script, options: EvaluateOptions = {}): Evaluation {
  const evaluator = new Evaluator();
  if (options.model) evaluator.startFrom(options.model);
  return evaluator.run(script);
}

/** A deep copy: the evaluator adds elements and attributes to its model. */
function copyModel(m: Model): Model {
  const copy = emptyModel();
  for (const [k, v] of m.nodes) copy.nodes.set(k, v);
  for (const [k, v] of m.vms) copy.vms.set(k, v);
  for (const [k, v] of m.host) copy.host.set(k, v);
  for (const [k, r] of m.resources) copy.resources.set(k, { ...r, capacity: new Map(r.capacity), consumption: new Map(r.consumption) });
  for (const [k, a] of m.vmAttributes) copy.vmAttributes.set(k, new Map(a));
  for (const [k, a] of m.nodeAttributes) copy.nodeAttributes.set(k, new Map(a));
  for (const [k, v] of m.vmNames) copy.vmNames.set(k, v);
  for (const [k, v] of m.nodeNames) copy.nodeNames.set(k, v);
  if (m.extraViews) copy.extraViews = m.extraViews;
  return copy;
}

class Evaluator {
  private model: Model = emptyModel();
  private readonly constraints: Constraint[] = [];
  private objective: Objective = { kind: 'minimizeMTTR' };
  private readonly durations: DurationRules = {};
  private objectiveRange: SourceRange | undefined;
  private readonly vars = new Map<string, Value>();
  private readonly vmByName = new Map<string, VmId>();
  private readonly nodeByName = new Map<string, NodeId>();
  private nextVm = 0;
  private nextNode = 0;
  private namespace: string | undefined;
  private statementsSeen = 0;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly sourceMap: SourceMap = { vms: new Map(), nodes: new Map(), resources: new Map() };
  startFrom(base: Model): void {
    this.model = copyModel(base);
    for (const [id, name] of this.model.vmNames) this.vmByName.set(name, id);
    // A JSON naming service may keep BtrPlace's `@`; scripts name nodes without it after the `@` sign.
    for (const [id, name] of this.model.nodeNames) this.nodeByName.set(name.startsWith('@') ? name.slice(1) : name, id);
    for (const id of this.model.vms.keys()) this.nextVm = Math.max(this.nextVm, id + 1);
    for (const id of this.model.nodes.keys()) this.nextNode = Math.max(this.nextNode, id + 1);
  }

  run(script: Script): Evaluation {
    for (const s of script.statements) this.exec(s);
    const instance: Instance = { model: this.model, constraints: this.constraints, objective: this.objective };
    if (Object.keys(this.durations).length) instance.durations = this.durations;
    const out: Evaluation = { instance, diagnostics: this.diagnostics, sourceMap: this.sourceMap };
    if (this.namespace !== undefined) out.namespace = this.namespace;
    return out;
  }

  private report(code: Code, range: SourceRange | undefined, args: Record<string, string> = {}): void {
    this.diagnostics.push(diagnostic(code, range, args));
  }

  // ---- statements ----------------------------------------------------------------------------------------------

  private exec(s: Statement): void {
    const first = this.statementsSeen++ === 0;
    switch (s.kind) {
      case 'namespace': return this.execNamespace(s, first);
      case 'import':
        return this.report('BTRP026', s.range, { message: `Import of '${s.name}' is not supported: its elements and variables are not available` });
      case 'export':
        return this.report('BTRP026', s.range, { message: 'Export has no effect here: a scenario is not imported by other scripts' });
      case 'assign': return this.execAssign(s);
      case 'template': return this.execTemplate(s);
      case 'for': {
        const it = this.eval(s.iterable);
        if (it.t === 'error') return;
        if (it.t !== 'set') return this.report('BTRP043', s.iterable.range, { message: `for iterates over a set, got ${describe(it)}`, hint: 'for $v in {VM1, VM2} { ... }' });
        for (const item of it.items) {
          this.vars.set(s.variable, item);
          for (const b of s.body) this.exec(b);
        }
        return;
      }
      case 'if': {
        const c = this.eval(s.condition);
        if (c.t === 'error') return;
        if (c.t !== 'bool') return this.report('BTRP043', s.condition.range, { message: `An if condition must be a comparison, got ${describe(c)}`, hint: 'e.g. if #$vms > 3 { ... }' });
        for (const b of c.v ? s.then : s.otherwise) this.exec(b);
        return;
      }
      case 'constraint': return this.execConstraint(s);
      case 'resource': return this.execResource(s);
      case 'nodeDecl': return this.execNodeDecl(s);
      case 'vmDecl': return this.execVmDecl(s);
      case 'duration': return this.execDuration(s);
      case 'objective': {
        const kind = OBJECTIVES[s.name];
        if (!kind) return this.report('BTRP027', s.range, { name: s.name });
        if (this.objectiveRange) {
          this.report('BTRP042', s.range, { message: `A second objective replaces the one of line ${this.objectiveRange.line}`, hint: 'a scenario has one objective' });
        }
        this.objective = { kind };
        this.objectiveRange = s.range;
        return;
      }
    }
  }

  private execDuration(s: Extract<Statement, { kind: 'duration' }>): void {
    const kind = DURATION_RULE_KINDS.find((k) => k === s.action);
    if (!kind) {
      return this.report('BTRP040', s.actionRange, { message: `Unknown action kind '${s.action}'`, hint: didYouMean(s.action, DURATION_RULE_KINDS) || `one of ${DURATION_RULE_KINDS.join(', ')}` });
    }
    const rule = linearRule(s.rule, (name) => this.model.resources.has(name));
    if (typeof rule === 'string') return this.report('BTRP040', s.rule.range, { message: `Invalid duration rule: ${rule}`, hint: 'duration migrateVM = 2 * mem + 3;' });
    this.durations[kind] = rule;
  }

  private execNamespace(s: Extract<Statement, { kind: 'namespace' }>, first: boolean): void {
    if (!first || this.namespace !== undefined) {
      return this.report('BTRP012', s.range, { message: 'The namespace must be the first statement', hint: 'move `namespace ...;` to the top of the script' });
    }
    // btrpsl also wants the namespace to end with the file name, to find imported files; a scenario imports
    // nothing, so the demos can be `<name>/scenario.btrp` files.
    this.namespace = s.name;
  }

  private execAssign(s: Extract<Statement, { kind: 'assign' }>): void {
    const value = this.eval(s.value);
    if (s.target.kind === 'varRef') {
      if (s.op === '=') return this.bind(s.target.name, value);
      const current = this.vars.get(s.target.name);
      if (current === undefined) return this.unknownVariable(s.target.name, s.target.range);
      return this.bind(s.target.name, this.binary(s.op.slice(0, 1), current, value, s.range));
    }
    // Decomposition: `{$a, $b, _} = $set;` or `$R[1..4] = $nodes / 4;`
    let targets: (string | undefined)[] | undefined;
    if (s.target.kind === 'set' && s.target.items.every((i) => i.kind === 'varRef' || i.kind === 'blank')) {
      targets = s.target.items.map((i) => (i.kind === 'varRef' ? i.name : undefined));
    } else if (s.target.kind === 'pattern' && s.target.of === 'var') {
      targets = this.expandPattern(s.target.prefix, s.target.items, s.target.suffix, s.target.range)?.map((n) => n.name);
      if (!targets) return;
    }
    if (!targets) {
      return this.report('BTRP038', s.target.range, { message: 'Only variables can be assigned', hint: 'write $name = ..., or {$a, $b} = $set to decompose a set' });
    }
    if (s.op !== '=') return this.report('BTRP038', s.range, { message: `'${s.op}' cannot decompose a set`, hint: 'use =' });
    if (value.t === 'error') return;
    if (value.t !== 'set') {
      return this.report('BTRP038', s.value.range, { message: `A decomposition needs a set, got ${describe(value)}`, hint: '{$a, $b} = {VM1, VM2};' });
    }
    targets.forEach((name, k) => {
      if (name !== undefined) this.bind(name, value.items[k] ?? { t: 'set', items: [] });
    });
  }

  private bind(name: string, value: Value): void {
    if (name === '$me') return this.report('BTRP038', undefined, { message: '$me is the set of every VM and cannot be assigned', hint: 'choose another name' });
    this.vars.set(name, value);
  }

  private execTemplate(s: Extract<Statement, { kind: 'template' }>): void {
    const attrs: Attributes = new Map([['template', s.template]]);
    for (const [k, v] of this.options(s.options)) attrs.set(k, v);
    const names = this.declaredNames(s.target);
    if (names) {
      for (const n of names.refs) {
        if (names.of === 'vm') {
          const id = this.vmByName.get(n.name) ?? this.createVm(n.name, n.range, 'ready');
          if (id !== undefined) this.mergeAttributes(this.model.vmAttributes, id, attrs);
        } else {
          const id = this.nodeByName.get(n.name) ?? this.createNode(n.name, n.range, 'online');
          if (id !== undefined) this.mergeAttributes(this.model.nodeAttributes, id, attrs);
        }
      }
      return;
    }
    // `$vms : tiny;` applies a template to elements that already exist.
    const value = this.eval(s.target);
    for (const item of asItems(value)) {
      if (item.t === 'vm') this.mergeAttributes(this.model.vmAttributes, item.id, attrs);
      else if (item.t === 'node') this.mergeAttributes(this.model.nodeAttributes, item.id, attrs);
      else if (item.t !== 'error') {
        return this.report('BTRP030', s.target.range, { name: `template ${s.template}`, expected: 'VMs or nodes', got: describe(value), signature: 'VM[1..4] : tiny<clone, boot=7>;' });
      }
    }
  }

  private mergeAttributes(table: Map<number, Attributes>, id: number, attrs: Attributes): void {
    let own = table.get(id);
    if (!own) table.set(id, (own = new Map()));
    for (const [k, v] of attrs) own.set(k, v);
  }

  /** Template options and `<...>` clauses: flags are `true`; bare words are strings, except `true`/`false`. */
  private options(options: TemplateOption[]): Attributes {
    const attrs: Attributes = new Map();
    for (const o of options) {
      if (!o.value) {
        attrs.set(o.key, true);
        continue;
      }
      let v: AttributeValue | undefined;
      if (o.value.kind === 'vmRef') v = o.value.name === 'true' ? true : o.value.name === 'false' ? false : o.value.name;
      else {
        const val = this.eval(o.value);
        if (val.t === 'num' || val.t === 'str' || val.t === 'bool') v = val.v;
        else if (val.t !== 'error') {
          this.report('BTRP036', o.value.range, { message: `Attribute '${o.key}' must be a number, a string or a boolean, got ${describe(val)}`, hint: `e.g. ${o.key}=7 or ${o.key}="text"` });
        }
      }
      if (v !== undefined) attrs.set(o.key, v);
    }
    return attrs;
  }

  private execConstraint(s: Extract<Statement, { kind: 'constraint' }>): void {
    const entry = CATALOG[s.name];
    if (!entry) {
      const aliases: Record<string, string> = {
        deadline: 'write before(vms, "+hh:mm:ss") for a deadline',
        precedence: 'write before(vms1, vms2) for a precedence',
      };
      const hint = aliases[s.name] ?? didYouMean(s.name, Object.keys(CATALOG));
      this.report('BTRP023', s.nameRange, { name: s.name, hint });
      for (const a of s.args) this.eval(a); // unknown names in the arguments are still worth reporting
      return;
    }
    const signature = signatureOf(s.name);
    if (s.args.length !== entry.params.length) {
      const count = `${entry.params.length} argument${entry.params.length > 1 ? 's' : ''}`;
      this.report('BTRP031', s.range, { name: s.name, count, got: String(s.args.length), signature });
      for (const a of s.args) this.eval(a);
      return;
    }
    const args: Arg[] = [];
    let ok = true;
    entry.params.forEach((p, k) => {
      const expr = s.args[k]!;
      if (p === 'rc' && expr.kind === 'vmRef' && this.model.resources.has(expr.name)) {
        // btrpsl writes resource ids as strings; a bare `cpu` is the most common slip.
        this.report('BTRP030', expr.range, { name: s.name, expected: PARAM_WORDS[p], got: `the name ${expr.name}`, signature: `${signature}; write "${expr.name}"` });
        ok = false;
        return;
      }
      const arg = this.convert(this.eval(expr), p, expr, s.name, signature);
      if (arg) args.push(arg);
      else ok = false;
    });
    if (!ok) return;
    const modes = modesOf(entry);
    if (s.discrete && modes === 'continuous') this.report('BTRP037', s.range, { name: s.name });
    const continuous = modes === 'continuous' || (modes === 'both' && !s.discrete);
    this.constraints.push(...entry.build(args, continuous, s.range));
  }

  /** A script value as a parameter of a constraint, or a diagnostic such as "spread expects a set of VMs, got a set of nodes". */
  private convert(v: Value, p: Param, expr: Expr, name: string, signature: string): Arg | undefined {
    if (v.t === 'error') return undefined;
    const mismatch = (): undefined => {
      this.report('BTRP030', expr.range, { name, expected: PARAM_WORDS[p], got: describe(v), signature });
      return undefined;
    };
    const elements = (t: 'vm' | 'node'): number[] | undefined => {
      const items = asItems(v);
      return items.every((i) => i.t === t) ? items.map((i) => (i as { id: number }).id) : undefined;
    };
    const partsOf = (t: 'vm' | 'node'): number[][] | undefined => {
      if (v.t !== 'set' || !v.items.every((i) => i.t === 'set' && i.items.every((x) => x.t === t))) return undefined;
      return v.items.map((i) => (i as { items: { id: number }[] }).items.map((x) => x.id));
    };
    switch (p) {
      case 'vms': case 'nodes': {
        const ids = elements(p === 'vms' ? 'vm' : 'node');
        return ids ? { p, ids } : mismatch();
      }
      case 'vmParts': case 'nodeParts': {
        const parts = partsOf(p === 'vmParts' ? 'vm' : 'node');
        return parts ? { p, parts } : mismatch();
      }
      case 'rc':
        if (v.t !== 'str') return mismatch();
        if (!this.model.resources.has(v.v)) {
          this.report('BTRP024', expr.range, { name: v.v, hint: this.resourceHint(v.v) });
          return undefined;
        }
        return { p, rc: v.v };
      case 'int':
        if (v.t !== 'num') return mismatch();
        if (!Number.isInteger(v.v) || v.v < 0) {
          this.report('BTRP036', expr.range, { message: `${name} expects a non-negative integer, got ${v.v}`, hint: `signature: ${signature}` });
          return undefined;
        }
        return { p: 'num', n: v.v };
      case 'number':
        if (v.t !== 'num') return mismatch();
        if (name === 'overbook' && v.v < 1) {
          this.report('BTRP036', expr.range, { message: `overbook expects a ratio of at least 1, got ${v.v}`, hint: 'a ratio of 1.5 lets the node host 150 % of its capacity' });
          return undefined;
        }
        return { p: 'num', n: v.v };
      case 'timestampOrVms': {
        if (v.t === 'str') {
          if (!isTimestamp(v.v)) {
            this.report('BTRP039', expr.range, { text: v.v });
            return undefined;
          }
          return { p: 'timestamp', text: v.v };
        }
        const ids = elements('vm');
        return ids ? { p: 'vms', ids } : mismatch();
      }
    }
  }

  private resourceHint(name: string): string {
    const near = didYouMean(name, this.model.resources.keys());
    return near || `declare it first: resource ${/^[A-Za-z_]\w*$/.test(name) ? name : JSON.stringify(name)} capacity 8;`;
  }

  // ---- model section -------------------------------------------------------------------------------------------

  private execResource(s: Extract<Statement, { kind: 'resource' }>): void {
    if (this.model.resources.has(s.name)) {
      const where = this.sourceMap.resources.get(s.name);
      return this.report('BTRP025', s.nameRange, { what: 'Resource', name: s.name, where: this.lineOf(where) });
    }
    let capacity = 0;
    let consumption = 0;
    for (const c of s.clauses) {
      if (c.kind === 'value' && !c.quoted && (c.key === 'capacity' || c.key === 'consumption')) {
        const n = this.quantity(c.value, `the default ${c.key} of ${s.name}`);
        if (n !== undefined) c.key === 'capacity' ? (capacity = n) : (consumption = n);
      } else {
        this.report('BTRP040', c.range, { message: `A resource declaration takes 'capacity N' and 'consumption N'`, hint: `resource ${s.name} capacity 8 consumption 1;` });
      }
    }
    this.model.resources.set(s.name, { id: s.name, defaultCapacity: capacity, defaultConsumption: consumption, capacity: new Map(), consumption: new Map() });
    this.sourceMap.resources.set(s.name, s.range);
  }

  /**
   * A capacity or consumption. Only its type is checked here: a negative or fractional value is the model
   * validation's to report (MODEL004/MODEL005, at this declaration), so that an invalid instance still converts.
   */
  private quantity(expr: Expr, what: string): number | undefined {
    const v = this.eval(expr);
    if (v.t === 'error') return undefined;
    if (v.t !== 'num') {
      this.report('BTRP036', expr.range, { message: `${what[0]!.toUpperCase()}${what.slice(1)} must be a number, got ${describe(v)}`, hint: 'resources are counted in whole units (e.g. cpu 2, mem 4096)' });
      return undefined;
    }
    return v.v;
  }

  private execNodeDecl(s: Extract<Statement, { kind: 'nodeDecl' }>): void {
    const names = this.declaredNames(s.target);
    if (!names || names.of !== 'node') {
      return this.report('BTRP040', s.target.range, { message: 'A node declaration names nodes', hint: 'node names start with @: node @N1 cpu 8; or node @N[1..4] cpu 8;' });
    }
    let state: NodeState = 'online';
    let explicitId: number | undefined;
    const capacities: [string, number][] = [];
    const attrs: Attributes = new Map();
    for (const c of s.clauses) {
      if (c.kind === 'word' && (c.word === 'online' || c.word === 'offline')) state = c.word;
      else if (c.kind === 'value' && !c.quoted && c.key === 'id') explicitId = this.elementId(c.value, names.refs.length);
      else if (c.kind === 'value' && !c.quoted && NODE_DURATION_KEYS.has(c.key)) this.durationClause(c, attrs);
      else if (c.kind === 'value') {
        const rc = this.resourceOf(c);
        const n = rc === undefined ? undefined : this.quantity(c.value, `the ${c.key} capacity`);
        if (rc !== undefined && n !== undefined) capacities.push([rc, n]);
      } else if (c.kind === 'attributes') for (const [k, v] of this.options(c.options)) attrs.set(k, v);
      else this.badClause(c, 'node', 'node @N1 cpu 8 mem 16 boot 5;   node @N2 offline;');
    }
    for (const n of names.refs) {
      const id = this.createNode(n.name, s.range, state, explicitId);
      if (explicitId !== undefined) explicitId = undefined; // an explicit id names one node
      if (id === undefined) continue;
      for (const [rc, v] of capacities) this.model.resources.get(rc)!.capacity.set(id, v);
      if (attrs.size) this.model.nodeAttributes.set(id, new Map(attrs));
    }
  }

  private execVmDecl(s: Extract<Statement, { kind: 'vmDecl' }>): void {
    const names = this.declaredNames(s.target);
    if (!names || names.of !== 'vm') {
      return this.report('BTRP040', s.target.range, { message: 'A vm declaration names VMs', hint: 'vm VM1 on @N1 cpu 2; or vm VM[1..4] ready;' });
    }
    let state: VmState | undefined;
    let stateRange: SourceRange | undefined;
    let host: NodeId | undefined;
    let onRange: SourceRange | undefined;
    let explicitId: number | undefined;
    let failed = false;
    const consumptions: [string, number][] = [];
    const attrs: Attributes = new Map();
    for (const c of s.clauses) {
      if (c.kind === 'word' && VM_STATES.has(c.word)) {
        state = c.word as VmState;
        stateRange = c.range;
      } else if (c.kind === 'on') {
        onRange = c.range;
        const v = this.eval(c.node);
        const items = asItems(v);
        if (v.t === 'error') failed = true;
        else if (items.length === 1 && items[0]!.t === 'node') host = (items[0] as { id: NodeId }).id;
        else {
          failed = true;
          this.report('BTRP040', c.node.range, { message: `'on' expects one node, got ${describe(v)}`, hint: 'vm VM1 on @N1;' });
        }
      } else if (c.kind === 'value' && !c.quoted && c.key === 'id') explicitId = this.elementId(c.value, names.refs.length);
      else if (c.kind === 'value' && !c.quoted && DURATION_KEYS.has(c.key)) this.durationClause(c, attrs);
      else if (c.kind === 'value') {
        const rc = this.resourceOf(c);
        const n = rc === undefined ? undefined : this.quantity(c.value, `the ${c.key} consumption`);
        if (rc !== undefined && n !== undefined) consumptions.push([rc, n]);
      } else if (c.kind === 'attributes') for (const [k, v] of this.options(c.options)) attrs.set(k, v);
      else this.badClause(c, 'vm', 'vm VM1 on @N1 cpu 2 migrate 3;   vm VM2 ready cpu 1;   vm VM3 sleeping on @N2;');
    }
    if (state === undefined) state = onRange ? 'running' : 'ready';
    const hosted = state === 'running' || state === 'sleeping';
    if (hosted && !onRange) {
      failed = true;
      this.report('BTRP041', stateRange, { message: `A ${state} VM needs a host`, hint: `add 'on @node': vm ${names.refs[0]?.name ?? 'VM1'} ${state} on @N1;` });
    } else if (!hosted && onRange) {
      failed = true;
      this.report('BTRP041', onRange, { message: `A ${state} VM has no host`, hint: `remove 'on ...', or make it running or sleeping` });
    }
    for (const n of names.refs) {
      const id = this.createVm(n.name, s.range, state, explicitId);
      if (explicitId !== undefined) explicitId = undefined;
      if (id === undefined) continue;
      if (hosted && host !== undefined && !failed) this.model.host.set(id, host);
      for (const [rc, v] of consumptions) this.model.resources.get(rc)!.consumption.set(id, v);
      if (attrs.size) this.model.vmAttributes.set(id, new Map(attrs));
    }
  }

  private durationClause(c: Extract<Clause, { kind: 'value' }>, attrs: Attributes): void {
    const v = this.eval(c.value);
    if (v.t === 'num') attrs.set(c.key, v.v);
    else if (v.t !== 'error') this.report('BTRP036', c.value.range, { message: `The ${c.key} duration must be a number, got ${describe(v)}`, hint: `${c.key} 3 (seconds)` });
  }

  private resourceOf(c: Extract<Clause, { kind: 'value' }>): string | undefined {
    if (this.model.resources.has(c.key)) return c.key;
    this.report('BTRP024', c.range, { name: c.key, hint: this.resourceHint(c.key) });
    return undefined;
  }

  private badClause(c: Clause, what: 'node' | 'vm', example: string): void {
    const text = c.kind === 'word' ? `'${c.word}'` : 'this clause';
    const where = c.kind === 'word' && (c.word === 'online' || c.word === 'offline') ? ' (a node state)' : c.kind === 'word' && VM_STATES.has(c.word) ? ' (a VM state)' : '';
    this.report('BTRP040', c.range, { message: `Unexpected ${text}${where} in a ${what} declaration`, hint: example });
  }

  private elementId(expr: Expr, count: number): number | undefined {
    const v = this.eval(expr);
    if (v.t !== 'num' || !Number.isInteger(v.v) || v.v < 0) {
      if (v.t !== 'error') this.report('BTRP036', expr.range, { message: `An element id must be a non-negative integer, got ${v.t === 'num' ? v.v : describe(v)}`, hint: 'ids are optional: elements are numbered from 0 in declaration order' });
      return undefined;
    }
    if (count > 1) {
      this.report('BTRP040', expr.range, { message: 'An explicit id names a single element', hint: 'declare this element on its own line' });
      return undefined;
    }
    return v.v;
  }

  private lineOf(range: SourceRange | undefined): string {
    return range ? ` (line ${range.line})` : '';
  }

  private createVm(name: string, range: SourceRange, state: VmState, explicitId?: number): VmId | undefined {
    const existing = this.vmByName.get(name);
    if (existing !== undefined) {
      this.report('BTRP025', range, { what: 'VM', name, where: this.lineOf(this.sourceMap.vms.get(existing)) });
      return undefined;
    }
    const id = explicitId ?? this.nextVm;
    if (this.model.vms.has(id)) {
      this.report('BTRP040', range, { message: `VM id ${id} is already used by '${this.model.vmNames.get(id)}'`, hint: 'choose another id, or none' });
      return undefined;
    }
    this.nextVm = Math.max(this.nextVm, id + 1);
    this.model.vms.set(id, state);
    this.model.vmNames.set(id, name);
    this.vmByName.set(name, id);
    this.sourceMap.vms.set(id, range);
    return id;
  }

  private createNode(name: string, range: SourceRange, state: NodeState, explicitId?: number): NodeId | undefined {
    const existing = this.nodeByName.get(name);
    if (existing !== undefined) {
      this.report('BTRP025', range, { what: 'Node', name: `@${name}`, where: this.lineOf(this.sourceMap.nodes.get(existing)) });
      return undefined;
    }
    const id = explicitId ?? this.nextNode;
    if (this.model.nodes.has(id)) {
      this.report('BTRP040', range, { message: `Node id ${id} is already used by '@${this.model.nodeNames.get(id)}'`, hint: 'choose another id, or none' });
      return undefined;
    }
    this.nextNode = Math.max(this.nextNode, id + 1);
    this.model.nodes.set(id, state);
    this.model.nodeNames.set(id, name);
    this.nodeByName.set(name, id);
    this.sourceMap.nodes.set(id, range);
    return id;
  }

  /** Names written literally (`VM1`, `@N[1..4]`, `{VM1, VM2}`), the targets that may create elements. */
  private declaredNames(e: Expr): { of: 'vm' | 'node'; refs: NamedRef[] } | undefined {
    if (e.kind === 'vmRef') return { of: 'vm', refs: [{ name: e.name, range: e.range }] };
    if (e.kind === 'nodeRef') return { of: 'node', refs: [{ name: e.name, range: e.range }] };
    if (e.kind === 'pattern' && e.of !== 'var') {
      const refs = this.expandPattern(e.prefix, e.items, e.suffix, e.range);
      return refs ? { of: e.of, refs } : { of: e.of, refs: [] };
    }
    if (e.kind === 'set' && e.items.length) {
      const parts = e.items.map((i) => this.declaredNames(i));
      const of = parts[0]?.of;
      if (!of || parts.some((p) => !p || p.of !== of)) return undefined;
      return { of, refs: parts.flatMap((p) => p!.refs) };
    }
    return undefined;
  }

  // ---- expressions ---------------------------------------------------------------------------------------------

  eval(e: Expr): Value {
    switch (e.kind) {
      case 'number': return { t: 'num', v: e.value };
      case 'string': return { t: 'str', v: e.value };
      case 'vmRef': return this.lookupVm(e.name, e.range);
      case 'nodeRef': return this.lookupNode(e.name, e.range);
      case 'varRef': {
        if (e.name === '$me') return { t: 'set', items: [...this.model.vms.keys()].map((id) => ({ t: 'vm', id })) };
        const v = this.vars.get(e.name);
        if (v === undefined) {
          this.unknownVariable(e.name, e.range);
          return ERROR;
        }
        return v;
      }
      case 'blank':
        this.report('BTRP038', e.range, { message: "'_' only stands for a skipped element in a decomposition", hint: '{$a, _, $c} = $set;' });
        return ERROR;
      case 'set': {
        const items = e.items.map((i) => this.eval(i));
        if (items.some((i) => i.t === 'error')) return ERROR;
        return this.homogeneous(items, e.range);
      }
      case 'pattern': {
        const refs = this.expandPattern(e.prefix, e.items, e.suffix, e.range);
        if (!refs) return ERROR;
        if (e.of === 'var') {
          const items = refs.map((r) => this.eval({ kind: 'varRef', name: r.name, range: e.range }));
          return items.some((i) => i.t === 'error') ? ERROR : this.homogeneous(items, e.range);
        }
        return this.resolveAll(refs, e.of, e.range);
      }
      case 'unary': {
        const v = this.eval(e.operand);
        if (v.t === 'error') return v;
        if (e.op === '-' && v.t === 'num') return { t: 'num', v: -v.v };
        if (e.op === '!' && v.t === 'bool') return { t: 'bool', v: !v.v };
        if (e.op === '#' && v.t === 'set') return { t: 'num', v: v.items.length };
        if (e.op === '#' && v.t === 'str') return { t: 'num', v: v.v.length };
        this.report('BTRP032', e.range, { op: e.op, operands: describe(v), hint: e.op === '#' ? '# counts the elements of a set: #$vms' : '' });
        return ERROR;
      }
      case 'binary': {
        const l = this.eval(e.left);
        const r = this.eval(e.right);
        if (l.t === 'error' || r.t === 'error') return ERROR;
        return this.binary(e.op, l, r, e.range);
      }
      case 'error': return ERROR;
    }
  }

  private homogeneous(items: Value[], range: SourceRange): Value {
    const set = makeSet(items);
    const first = set.t === 'set' ? set.items[0] : undefined;
    if (first) {
      const s0 = shapeOf(first);
      for (const it of (set as { items: Value[] }).items) {
        const s = shapeOf(it);
        if (!compatibleShapes(s0, s)) {
          this.report('BTRP035', range, { first: describeShape(s0), other: describeShape(s) });
          return ERROR;
        }
      }
    }
    return set;
  }

  binary(op: string, l: Value, r: Value, range: SourceRange): Value {
    const mismatch = (hint = ''): Value => {
      this.report('BTRP032', range, { op, operands: `${describe(l)} and ${describe(r)}`, hint });
      return ERROR;
    };
    if (l.t === 'num' && r.t === 'num') {
      const a = l.v, b = r.v;
      const ints = Number.isInteger(a) && Number.isInteger(b);
      switch (op) {
        case '+': return { t: 'num', v: a + b };
        case '-': return { t: 'num', v: a - b };
        case '*': return { t: 'num', v: a * b };
        case '/': case '%':
          if (b === 0) {
            this.report('BTRP036', range, { message: 'Division by zero', hint: '' });
            return ERROR;
          }
          // Integers divide as in Java (btrpsl's host language): truncated.
          if (op === '/') return { t: 'num', v: ints ? Math.trunc(a / b) : a / b };
          return { t: 'num', v: a % b };
        case '^': return { t: 'num', v: a ** b };
        case '<': return { t: 'bool', v: a < b };
        case '<=': return { t: 'bool', v: a <= b };
        case '>': return { t: 'bool', v: a > b };
        case '>=': return { t: 'bool', v: a >= b };
      }
    }
    if (op === '==') return { t: 'bool', v: keyOf(l) === keyOf(r) };
    if (op === '!=') return { t: 'bool', v: keyOf(l) !== keyOf(r) };
    if (op === '&&' || op === '||') {
      if (l.t !== 'bool' || r.t !== 'bool') return mismatch('&& and || combine conditions');
      return { t: 'bool', v: op === '&&' ? l.v && r.v : l.v || r.v };
    }
    if (op === '+' && (l.t === 'str' || r.t === 'str')) return { t: 'str', v: this.text(l) + this.text(r) };
    if (l.t === 'set' || r.t === 'set') {
      const a = asItems(l), b = asItems(r);
      if ((op === '+' || op === '-' || op === '*') && l.t === 'set' && r.t === 'set' && l.items.length && r.items.length &&
          !compatibleShapes(shapeOf(l), shapeOf(r))) {
        return mismatch('both sides must be sets of the same type');
      }
      if (op === '+' && (l.t === 'set' || r.t === 'set') && a.length && b.length && !compatibleShapes(shapeOf(a[0]!), shapeOf(b[0]!))) {
        return mismatch('both sides must hold the same type of elements');
      }
      if (op === '+') return union(a, b);
      if (op === '-') return difference(a, b);
      if (op === '*' || (op === '^' && l.t === 'set' && r.t === 'num')) {
        if (op === '^' && (r as { v: number }).v !== 2) return mismatch('only the self-product ^2 is defined on sets');
        const right = op === '^' ? a : b;
        // A product grows quadratically: refuse it before it exhausts the memory of the page.
        if (a.length * right.length > MAX_RANGE) {
          this.report('BTRP044', range, { message: `The product of ${a.length} by ${right.length} elements is too large`, max: String(MAX_RANGE) });
          return ERROR;
        }
        return product(a, right);
      }
      if ((op === '/' || op === '%') && l.t === 'set' && r.t === 'num') {
        const n = l.items.length, k = r.v;
        if (!Number.isInteger(k) || k <= 0) {
          this.report('BTRP033', range, { message: `Cannot split a set ${op === '/' ? 'into' : 'in parts of'} ${k}`, hint: 'use a positive integer' });
          return ERROR;
        }
        if (op === '/' && k > n) {
          this.report('BTRP033', range, { message: `Cannot split a set of ${n} element${n === 1 ? '' : 's'} into ${k} parts`, hint: `use at most ${n} parts` });
          return ERROR;
        }
        return op === '/' ? splitInto(l.items, k) : chunk(l.items, k);
      }
    }
    return mismatch();
  }

  private text(v: Value): string {
    switch (v.t) {
      case 'str': return v.v;
      case 'num': return String(v.v);
      case 'bool': return String(v.v);
      case 'vm': return this.model.vmNames.get(v.id) ?? `vm#${v.id}`;
      case 'node': return `@${this.model.nodeNames.get(v.id) ?? `node#${v.id}`}`;
      case 'set': return `{${v.items.map((i) => this.text(i)).join(', ')}}`;
      case 'error': return '';
    }
  }

  private unknownVariable(name: string, range: SourceRange): void {
    this.report('BTRP022', range, { name, hint: didYouMean(name, [...this.vars.keys(), '$me']) || `assign it first: ${name} = {...};` });
  }

  private lookupVm(name: string, range: SourceRange): Value {
    const id = this.vmId(name);
    if (id !== undefined) return { t: 'vm', id };
    this.report('BTRP020', range, { name, hint: this.unknownVmHint(name) });
    return ERROR;
  }

  private vmId(name: string): VmId | undefined {
    const id = this.vmByName.get(name);
    if (id !== undefined) return id;
    // A name qualified by the script's own namespace (`talk.VM1`) is the short name.
    const ns = this.namespace;
    return ns && name.startsWith(`${ns}.`) ? this.vmByName.get(name.slice(ns.length + 1)) : undefined;
  }

  private unknownVmHint(name: string): string {
    const near = didYouMean(name, this.vmByName.keys());
    if (near) return near;
    if (this.nodeByName.has(name)) return `'${name}' is a node: write @${name}`;
    if (CATALOG[name]) return `'${name}' is a constraint: call it with (...)`;
    return `declare it: vm ${name} on @N1; or ${name} : tiny;`;
  }

  private lookupNode(name: string, range: SourceRange): Value {
    const id = this.nodeByName.get(name);
    if (id !== undefined) return { t: 'node', id };
    this.report('BTRP021', range, { name: `@${name}`, hint: didYouMean(name, this.nodeByName.keys(), '@') || `declare it: node @${name};` });
    return ERROR;
  }

  private resolveAll(refs: NamedRef[], of: 'vm' | 'node', range: SourceRange): Value {
    const items: Value[] = [];
    const missing: string[] = [];
    for (const r of refs) {
      const id = of === 'vm' ? this.vmId(r.name) : this.nodeByName.get(r.name);
      if (id === undefined) missing.push(r.name);
      else items.push({ t: of, id });
    }
    if (missing.length) {
      const shown = of === 'node' ? `@${missing[0]}` : missing[0]!;
      const more = missing.length > 1 ? `${missing.length - 1} more name${missing.length > 2 ? 's' : ''} of this range ${missing.length > 2 ? 'are' : 'is'} unknown too` : '';
      const base = of === 'vm' ? this.unknownVmHint(missing[0]!) : didYouMean(missing[0]!, this.nodeByName.keys(), '@');
      this.report(of === 'vm' ? 'BTRP020' : 'BTRP021', range, { name: shown, hint: [more, base].filter(Boolean).join('; ') });
      return ERROR;
    }
    return makeSet(items);
  }

  /** `VM[1..3]` → VM1, VM2, VM3. A lower bound written with leading zeros (`[01..10]`) pads to its width. */
  private expandPattern(prefix: string, items: RangeItem[], suffix: string, range: SourceRange): NamedRef[] | undefined {
    const out: NamedRef[] = [];
    for (const it of items) {
      if (it.kind === 'single') {
        out.push({ name: prefix + it.text + suffix, range: it.range });
        continue;
      }
      if (it.to < it.from) {
        this.report('BTRP034', it.range, { message: `The range ${it.from}..${it.to} is empty: ${it.to} is less than ${it.from}` });
        return undefined;
      }
      if (it.to - it.from >= MAX_RANGE) {
        this.report('BTRP034', it.range, { message: `The range ${it.from}..${it.to} has more than ${MAX_RANGE} elements` });
        return undefined;
      }
      const width = /^0\d/.test(it.fromText) ? it.fromText.length : 0;
      for (let k = it.from; k <= it.to; k++) out.push({ name: prefix + String(k).padStart(width, '0') + suffix, range: it.range });
    }
    return out;
  }
}
