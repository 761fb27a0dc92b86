/**
 * Linear duration rules of the model section (spec §3.2): `duration migrateVM = 2 * mem + 3;` means
 * `round(2 × mem + 3)` seconds, mem being the VM's consumption (or, for node actions, the node's capacity).
 * The right-hand side is read symbolically, so it must be linear in exactly one resource.
 */
import type { ActionKind } from '../plan/plan.ts';
import type { LinearDuration } from '../plan/durations.ts';
import type { Expr } from './ast.ts';

export const DURATION_RULE_KINDS: readonly ActionKind[] = [
  'migrateVM', 'bootVM', 'shutdownVM', 'suspendVM', 'resumeVM', 'killVM', 'forgeVM', 'allocate', 'bootNode', 'shutdownNode',
];

interface Linear {
  rc?: string;
  a: number;
  b: number;
}

/** `a × rc + b` from an expression, or a message saying why it is not linear in one resource. */
export function linearRule(e: Expr, isResource: (name: string) => boolean): LinearDuration | string {
  const r = linear(e, isResource);
  if (typeof r === 'string') return r;
  if (r.rc === undefined) return 'the rule names no resource (use a duration clause such as `migrate 3` for a constant)';
  if (r.b < 0) return `the constant term must not be negative (got ${r.b})`;
  return { rc: r.rc, a: r.a, b: r.b };
}

function linear(e: Expr, isResource: (name: string) => boolean): Linear | string {
  switch (e.kind) {
    case 'number': return { a: 0, b: e.value };
    case 'vmRef': case 'string': {
      const name = e.kind === 'vmRef' ? e.name : e.value;
      return isResource(name) ? { rc: name, a: 1, b: 0 } : `'${name}' is not a declared resource`;
    }
    case 'unary':
      if (e.op !== '-') break;
      return scale(linear(e.operand, isResource), -1);
    case 'binary': {
      const l = linear(e.left, isResource);
      const r = linear(e.right, isResource);
      if (typeof l === 'string') return l;
      if (typeof r === 'string') return r;
      if (e.op === '+' || e.op === '-') {
        const s = e.op === '+' ? 1 : -1;
        if (l.rc && r.rc && l.rc !== r.rc) return `a rule uses one resource, not '${l.rc}' and '${r.rc}'`;
        const rc = l.rc ?? r.rc;
        const out: Linear = { a: l.a + s * r.a, b: l.b + s * r.b };
        if (rc !== undefined) out.rc = rc;
        return out;
      }
      if (e.op === '*') {
        if (l.rc === undefined) return scale(r, l.b);
        if (r.rc === undefined) return scale(l, r.b);
        return 'a product of two resources is not linear';
      }
      if (e.op === '/' && r.rc === undefined && r.b !== 0) return scale(l, 1 / r.b);
      break;
    }
  }
  return 'write the rule as a × resource + b, e.g. 2 * mem + 3';
}

function scale(x: Linear | string, k: number): Linear | string {
  if (typeof x === 'string') return x;
  const out: Linear = { a: x.a * k, b: x.b * k };
  if (x.rc !== undefined) out.rc = x.rc;
  return out;
}

/** The rule as the script writes it: `2 * mem + 3`, `mem`, `0.5 * mem`. */
export function durationRuleText(rule: LinearDuration, rcName: (rc: string) => string): string {
  const rc = rcName(rule.rc);
  const term = rule.a === 1 ? rc : `${rule.a} * ${rc}`;
  return `= ${rule.b ? `${term} + ${rule.b}` : term}`;
}
