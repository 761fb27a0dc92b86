/**
 * Canonical forms, so that "the same result" means "the same bytes".
 *
 * - Canonical JSON: object keys sorted by code point, no whitespace, `undefined`/`null` fields left out of objects.
 * - Canonical plan: the plan's actions as BtrPlace JSON objects (spec §6.4: `id`, `start`, `end`, the kind's
 *   fields, `hooks` only when an action has events), sorted by (start, end, kind, element, then their canonical
 *   JSON), written one action per line. The origin is left out: it is the instance's model, which the input hash
 *   already covers.
 */
import type { Action, Plan, PlanEvent } from '../../solver/plan/plan.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** JSON text with sorted keys and no whitespace. Throws on a non-finite number (JSON cannot hold one). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`canonical JSON cannot hold ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

/**
 * The instance as plain JSON-able data: Maps become arrays of [key, value] pairs in their insertion order (the
 * declaration order, which the engine's numbering follows, so it is part of the input), Sets become arrays, and
 * `source` fields (where a constraint was written in a script) are left out: moving a line or adding a comment
 * does not change the input.
 */
export function plainData(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number') return value;
  if (value instanceof Map) return [...value].map(([k, v]) => [plainData(k), plainData(v)]);
  if (value instanceof Set) return [...value].map(plainData);
  if (Array.isArray(value)) return value.map(plainData);
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'source' && v !== undefined) out[k] = plainData(v);
    return out;
  }
  throw new TypeError(`an instance cannot hold a ${typeof value}`);
}

/** One action as a plain JSON object in BtrPlace's vocabulary (kind under `id`). */
export type CanonicalAction = { [key: string]: JsonValue };

function eventObject(e: PlanEvent): CanonicalAction {
  return e.kind === 'allocate' ? { id: 'allocate', vm: e.vm, rc: e.rc, amount: e.amount } : { id: 'substitutedVM', vm: e.vm, newVm: e.newVm };
}

export function actionObject(a: Action): CanonicalAction {
  const { kind, start, end, pre, post, ...fields } = a;
  const o: CanonicalAction = { id: kind, start, end };
  for (const [key, v] of Object.entries(fields)) if (v !== undefined && v !== null) o[key] = v as JsonValue;
  if (pre.length || post.length) o.hooks = { pre: pre.map(eventObject), post: post.map(eventObject) };
  return o;
}

/** The VM or node an action is about: the last sort key before the full text. */
function elementOf(a: CanonicalAction): number {
  const e = a.vm ?? a.node;
  return typeof e === 'number' ? e : -1;
}

function compareActions(a: CanonicalAction, b: CanonicalAction, textA: string, textB: string): number {
  return (
    (a.start as number) - (b.start as number) ||
    (a.end as number) - (b.end as number) ||
    (a.id as string).localeCompare(b.id as string, 'en') ||
    elementOf(a) - elementOf(b) ||
    (textA < textB ? -1 : textA > textB ? 1 : 0)
  );
}

/** The canonical order of plain action objects (from a plan, or read back from a recording). */
export function sortCanonicalActions(actions: readonly CanonicalAction[]): CanonicalAction[] {
  const keyed = actions.map((a) => ({ a, text: canonicalJson(a) }));
  keyed.sort((x, y) => compareActions(x.a, y.a, x.text, y.text));
  return keyed.map((k) => k.a);
}

/** The plan's actions in canonical order. */
export function canonicalActions(plan: Plan): CanonicalAction[] {
  return sortCanonicalActions(plan.actions.map(actionObject));
}

/** One canonical JSON line per action, `\n`-separated, no trailing newline: the bytes that are compared. */
export function canonicalPlanText(actions: readonly CanonicalAction[]): string {
  return sortCanonicalActions(actions).map(canonicalJson).join('\n');
}
