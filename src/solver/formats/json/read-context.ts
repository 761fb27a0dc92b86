/**
 * Reading BtrPlace JSON defensively: every problem becomes a diagnostic naming its JSON path
 * (`constraints[12].vms[3]: undeclared VM 42`), and reading goes on so that several mistakes show at once.
 *
 * Paths are only built when something is wrong, so the happy path (30,000 VMs) allocates nothing for them.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { Model, NodeId, VmId } from '../../model/model.ts';

export type JsonObject = Record<string, unknown>;

/** Stable diagnostic codes of the JSON formats. */
export const JSON_CODES = {
  /** Not JSON at all. */
  syntax: 'JSON001',
  /** A value of the wrong type. */
  type: 'JSON002',
  /** A required key is missing. */
  missing: 'JSON003',
  /** A VM or node id that the mapping does not declare. */
  undeclared: 'JSON004',
  /** An element declared twice, or a name given twice. */
  duplicate: 'JSON005',
  /** An unknown constraint, objective, view, action or event id. */
  unknownId: 'JSON006',
  /** A value of the right type but out of range (negative amount, end before start, ...). */
  value: 'JSON007',
  /** Something read but ignored (warning). */
  ignored: 'JSON008',
} as const;

/** Past this many errors, further ones are only counted: a file with 30,000 bad ids needs no 30,000 lines. */
const MAX_REPORTED = 100;

export class ReadContext {
  readonly diagnostics: Diagnostic[] = [];
  /** The JSON path of each diagnostic, to locate it in the text later (see `locate.ts`). */
  readonly paths: (string | undefined)[] = [];
  readonly file: string | undefined;
  errorCount = 0;
  private unreported = 0;

  constructor(file?: string) {
    this.file = file;
  }

  error(path: string, code: string, message: string, hint?: string): void {
    this.errorCount++;
    if (this.diagnostics.length >= MAX_REPORTED) {
      this.unreported++;
      return;
    }
    this.diagnostics.push(this.diagnostic('error', path, code, message, hint));
    this.paths.push(path);
  }

  warn(path: string, code: string, message: string, hint?: string): void {
    if (this.diagnostics.length >= MAX_REPORTED) return;
    this.diagnostics.push(this.diagnostic('warning', path, code, message, hint));
    this.paths.push(path);
  }

  /** The diagnostics, with a last line counting the errors that were not listed. */
  finish(): Diagnostic[] {
    if (this.unreported > 0) {
      this.diagnostics.push({
        severity: 'error',
        code: JSON_CODES.value,
        message: `${this.unreported} more error(s) not listed`,
        hint: 'fix the errors above first; the rest are often consequences of the same mistake',
        ...(this.file === undefined ? {} : { file: this.file }),
      });
      this.unreported = 0;
    }
    return this.diagnostics;
  }

  private diagnostic(severity: 'error' | 'warning', path: string, code: string, message: string, hint?: string): Diagnostic {
    const d: Diagnostic = { severity, code, message: path ? `${path}: ${message}` : message };
    if (hint !== undefined) d.hint = hint;
    if (this.file !== undefined) d.file = this.file;
    return d;
  }
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a value is, for messages: `a string ("cpu")`, `null`, `an array`. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'string':
      return `a string (${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v)})`;
    case 'number':
      return `a number (${v})`;
    case 'boolean':
      return `a boolean (${v})`;
    default:
      return 'an object';
  }
}

/** An element id is a non-negative integer. */
export function isId(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/**
 * Parses the id written as an object key (`"onlineNodes": {"12": ...}`): canonical decimal digits only.
 * Returns -1 when the key is not an id.
 */
export function parseIdKey(key: string): number {
  const n = key.length;
  if (n === 0 || n > 15 || (n > 1 && key.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** `a.b` or `a[3]`-style path joining, so messages read like the JSON they point at. */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * Reads the fields of one JSON object (a constraint, an action, an event) against a model. Each accessor
 * reports what is wrong and returns a placeholder; `failed` then tells the caller to drop the object.
 * One reader is reused for all objects of a list (`reset`), to keep allocation out of the loop.
 */
export class FieldReader {
  readonly cx: ReadContext;
  model: Model;
  obj: JsonObject = {};
  path = '';
  failed = false;

  constructor(cx: ReadContext, model: Model) {
    this.cx = cx;
    this.model = model;
  }

  reset(obj: JsonObject, path: string): this {
    this.obj = obj;
    this.path = path;
    this.failed = false;
    return this;
  }

  fail(key: string | number, code: string, message: string, hint?: string): void {
    this.failed = true;
    this.cx.error(child(this.path, key), code, message, hint);
  }

  private required(key: string): unknown {
    const v = this.obj[key];
    if (v === undefined) this.fail(key, JSON_CODES.missing, `missing key "${key}"`);
    return v;
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined;
  }

  vm(key: string): VmId {
    const v = this.required(key);
    if (v === undefined) return -1;
    return this.vmAt(v, child(this.path, key));
  }

  node(key: string): NodeId {
    const v = this.required(key);
    if (v === undefined) return -1;
    return this.nodeAt(v, child(this.path, key));
  }

  /** A node id, or null when the key is absent or null (a KillVM of a VM hosted nowhere). */
  nodeOrNull(key: string): NodeId | null {
    const v = this.obj[key];
    if (v === undefined || v === null) return null;
    return this.nodeAt(v, child(this.path, key));
  }

  vms(key: string): VmId[] {
    return this.ids(key, true);
  }

  nodes(key: string): NodeId[] {
    return this.ids(key, false);
  }

  vmParts(key: string): VmId[][] {
    return this.parts(key, true);
  }

  nodeParts(key: string): NodeId[][] {
    return this.parts(key, false);
  }

  int(key: string, min?: number): number {
    const v = this.required(key);
    if (v === undefined) return 0;
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      this.fail(key, JSON_CODES.type, `expected an integer, found ${describe(v)}`);
      return 0;
    }
    if (min !== undefined && v < min) this.fail(key, JSON_CODES.value, `must be at least ${min}, found ${v}`);
    return v;
  }

  optionalInt(key: string, min?: number): number | undefined {
    return this.obj[key] === undefined ? undefined : this.int(key, min);
  }

  number(key: string, min?: number): number {
    const v = this.required(key);
    if (v === undefined) return 0;
    if (typeof v !== 'number') {
      this.fail(key, JSON_CODES.type, `expected a number, found ${describe(v)}`);
      return 0;
    }
    if (min !== undefined && v < min) this.fail(key, JSON_CODES.value, `must be at least ${min}, found ${v}`);
    return v;
  }

  string(key: string): string {
    const v = this.required(key);
    if (v === undefined) return '';
    if (typeof v !== 'string') {
      this.fail(key, JSON_CODES.type, `expected a string, found ${describe(v)}`);
      return '';
    }
    return v;
  }

  bool(key: string): boolean {
    const v = this.required(key);
    if (v === undefined) return false;
    if (typeof v !== 'boolean') {
      this.fail(key, JSON_CODES.type, `expected true or false, found ${describe(v)}`);
      return false;
    }
    return v;
  }

  /** `continuous` of a constraint that supports both modes: required, as BtrPlace requires it. */
  continuous(): boolean {
    if (this.obj.continuous === undefined) {
      this.fail('continuous', JSON_CODES.missing, 'missing key "continuous"', 'add "continuous": false (discrete) or true');
      return false;
    }
    return this.bool('continuous');
  }

  /**
   * `continuous` of a constraint whose mode is fixed: optional and ignored, as BtrPlace ignores it; a value
   * contradicting the fixed mode earns a warning so that nobody believes it was honoured.
   */
  fixedMode(continuous: boolean, name: string): void {
    const v = this.obj.continuous;
    if (v === undefined) return;
    if (typeof v !== 'boolean') {
      this.fail('continuous', JSON_CODES.type, `expected true or false, found ${describe(v)}`);
    } else if (v !== continuous) {
      this.cx.warn(
        child(this.path, 'continuous'),
        JSON_CODES.ignored,
        `${name} is ${continuous ? 'continuous' : 'discrete'} only; "continuous": ${v} is ignored`,
      );
    }
  }

  private vmAt(v: unknown, path: string): VmId {
    if (!isId(v)) {
      this.failed = true;
      this.cx.error(path, JSON_CODES.type, `expected a VM id (a non-negative integer), found ${describe(v)}`);
      return -1;
    }
    if (!this.model.vms.has(v)) {
      this.failed = true;
      this.cx.error(path, JSON_CODES.undeclared, `undeclared VM ${v}`, 'every VM must appear in model.mapping');
    }
    return v;
  }

  private nodeAt(v: unknown, path: string): NodeId {
    if (!isId(v)) {
      this.failed = true;
      this.cx.error(path, JSON_CODES.type, `expected a node id (a non-negative integer), found ${describe(v)}`);
      return -1;
    }
    if (!this.model.nodes.has(v)) {
      this.failed = true;
      this.cx.error(path, JSON_CODES.undeclared, `undeclared node ${v}`, 'every node must appear in model.mapping');
    }
    return v;
  }

  private ids(key: string, vms: boolean): number[] {
    const v = this.required(key);
    if (v === undefined) return [];
    return this.idList(v, child(this.path, key), vms);
  }

  private idList(v: unknown, path: string, vms: boolean): number[] {
    if (!Array.isArray(v)) {
      this.failed = true;
      this.cx.error(path, JSON_CODES.type, `expected an array of ${vms ? 'VM' : 'node'} ids, found ${describe(v)}`);
      return [];
    }
    const out = new Array<number>(v.length);
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      // Fast path: a declared id needs no path string.
      if (isId(item) && (vms ? this.model.vms.has(item) : this.model.nodes.has(item))) out[i] = item;
      else out[i] = vms ? this.vmAt(item, `${path}[${i}]`) : this.nodeAt(item, `${path}[${i}]`);
    }
    return out;
  }

  private parts(key: string, vms: boolean): number[][] {
    const v = this.required(key);
    if (v === undefined) return [];
    const path = child(this.path, key);
    if (!Array.isArray(v)) {
      this.fail(key, JSON_CODES.type, `expected an array of arrays of ${vms ? 'VM' : 'node'} ids, found ${describe(v)}`);
      return [];
    }
    return v.map((part, i) => this.idList(part, `${path}[${i}]`, vms));
  }
}
