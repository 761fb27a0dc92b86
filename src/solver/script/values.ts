/**
 * Values of the script evaluator and the set algebra of btrpsl (spec §5.2): union, difference, product,
 * balanced split, split by size. Sets keep their insertion order (`seq` relies on it) and hold no duplicates.
 */
import type { NodeId, VmId } from '../model/model.ts';

export type Value =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'vm'; id: VmId }
  | { t: 'node'; id: NodeId }
  | { t: 'set'; items: Value[] }
  /** The result of an expression whose problem was already reported: it silences follow-up errors. */
  | { t: 'error' };

export const ERROR: Value = { t: 'error' };

/** Identity of a value, for duplicate removal; sets compare as unordered collections. */
export function keyOf(v: Value): string {
  switch (v.t) {
    case 'num': return `#${v.v}`;
    case 'str': return `s${JSON.stringify(v.v)}`;
    case 'bool': return `b${v.v}`;
    case 'vm': return `v${v.id}`;
    case 'node': return `n${v.id}`;
    case 'set': return `{${v.items.map(keyOf).sort().join(',')}}`;
    case 'error': return '!';
  }
}

/** The shape of a value: `vm`, `node`, `num`, `set<vm>`, `set<set<node>>`; `set<>` for an empty set. */
export function shapeOf(v: Value): string {
  if (v.t !== 'set') return v.t;
  const inner = v.items.find((x) => !(x.t === 'set' && x.items.length === 0)) ?? v.items[0];
  return `set<${inner ? shapeOf(inner) : ''}>`;
}

/** Two shapes can live in one set when equal, or when one is an empty set of any type. */
export function compatibleShapes(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('set<') && b.startsWith('set<')) {
    const ia = a.slice(4, -1);
    const ib = b.slice(4, -1);
    return ia === '' || ib === '' || compatibleShapes(ia, ib);
  }
  return false;
}

/** `a VM`, `a set of nodes`, `a set of sets of VMs`, `an empty set`: the words of type diagnostics. */
export function describeShape(shape: string): string {
  const plural: Record<string, string> = { vm: 'VMs', node: 'nodes', num: 'numbers', str: 'strings', bool: 'booleans' };
  const single: Record<string, string> = { vm: 'a VM', node: 'a node', num: 'a number', str: 'a string', bool: 'a boolean', error: 'an invalid value' };
  if (!shape.startsWith('set<')) return single[shape] ?? shape;
  const inner = shape.slice(4, -1);
  if (inner === '') return 'an empty set';
  const ofWhat = (s: string): string => (s.startsWith('set<') ? (s === 'set<>' ? 'empty sets' : `sets of ${ofWhat(s.slice(4, -1))}`) : plural[s] ?? s);
  return `a set of ${ofWhat(inner)}`;
}

export function describe(v: Value): string {
  return describeShape(shapeOf(v));
}

export function makeSet(items: Iterable<Value>): Value {
  const seen = new Set<string>();
  const out: Value[] = [];
  for (const it of items) {
    const k = keyOf(it);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(it);
    }
  }
  return { t: 'set', items: out };
}

/** A single element where a set is expected counts as a one-element set (spec §5.4). */
export function asItems(v: Value): Value[] {
  return v.t === 'set' ? v.items : [v];
}

export function union(a: Value[], b: Value[]): Value {
  return makeSet([...a, ...b]);
}

export function difference(a: Value[], b: Value[]): Value {
  const drop = new Set(b.map(keyOf));
  return makeSet(a.filter((x) => !drop.has(keyOf(x))));
}

/** `A * B`: every two-element set {a, b} with a from A, b from B and a ≠ b, duplicates removed. */
export function product(a: Value[], b: Value[]): Value {
  const pairs: Value[] = [];
  for (const x of a) for (const y of b) if (keyOf(x) !== keyOf(y)) pairs.push({ t: 'set', items: [x, y] });
  return makeSet(pairs);
}

/** `S / k`: consecutive parts of ceil(n / k) elements. The caller checks 0 < k <= n. */
export function splitInto(items: Value[], k: number): Value {
  return chunk(items, Math.ceil(items.length / k));
}

/** `S % k`: consecutive parts of k elements, the last one possibly smaller. */
export function chunk(items: Value[], size: number): Value {
  const parts: Value[] = [];
  for (let i = 0; i < items.length; i += size) parts.push({ t: 'set', items: items.slice(i, i + size) });
  return { t: 'set', items: parts };
}
