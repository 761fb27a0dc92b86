/**
 * Comparing a recorded outcome with a fresh one: the list of differences, in the order a reader wants them
 * (input first: a different input explains everything after it), and for the plan the first action line that
 * differs.
 */
import { canonicalJson, canonicalPlanText } from './canonical.ts';
import type { Outcome } from './recording.ts';

export type DifferenceField = 'inputHash' | 'status' | 'detail' | 'objective' | 'figures' | 'plan';

export interface Difference {
  field: DifferenceField;
  expected: string;
  actual: string;
  /** For `plan`: the 1-based number of the first action line that differs. */
  line?: number;
}

/** `(none)` stands for a line that one side does not have. */
export const NO_LINE = '(none)';

/** Every difference between the recorded outcome and the actual one; empty when they are the same bytes. */
export function compareOutcomes(expected: Outcome, actual: Outcome): Difference[] {
  const out: Difference[] = [];
  const scalar = (field: DifferenceField, e: unknown, a: unknown) => {
    const te = canonicalJson(e ?? null);
    const ta = canonicalJson(a ?? null);
    if (te !== ta) out.push({ field, expected: te, actual: ta });
  };
  scalar('inputHash', expected.inputHash, actual.inputHash);
  scalar('status', expected.status, actual.status);
  scalar('detail', expected.detail, actual.detail);
  scalar('objective', expected.objective, actual.objective);
  scalar('figures', expected.figures, actual.figures);
  const planDiff = firstPlanDifference(canonicalPlanText(expected.plan), canonicalPlanText(actual.plan));
  if (planDiff) out.push(planDiff);
  return out;
}

function firstPlanDifference(expected: string, actual: string): Difference | undefined {
  if (expected === actual) return undefined;
  const e = expected === '' ? [] : expected.split('\n');
  const a = actual === '' ? [] : actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  return { field: 'plan', line: i + 1, expected: e[i] ?? NO_LINE, actual: a[i] ?? NO_LINE };
}

/** The differences as text for a terminal, one block per field. */
export function formatDifferences(differences: readonly Difference[]): string[] {
  const names: Record<DifferenceField, string> = {
    inputHash: 'input hash (the scenario changed)',
    status: 'status',
    detail: 'explanation',
    objective: 'objective',
    figures: 'plan figures',
    plan: 'plan',
  };
  const lines: string[] = [];
  for (const d of differences) {
    lines.push(`  ${names[d.field]}${d.line === undefined ? '' : `, first differing action (line ${d.line})`}:`);
    lines.push(`    expected ${d.expected}`);
    lines.push(`    actual   ${d.actual}`);
  }
  return lines;
}
