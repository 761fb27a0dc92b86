/** Helpers for the engine tests: an instance from scenario text, and a solve whose plan the checker re-verifies. */
import assert from 'node:assert/strict';
import { parseScenario } from '../../../../src/solver/script/index.ts';
import type { Instance } from '../../../../src/solver/model/instance.ts';
import { solve, type SolveOptions, type SolveResult } from '../../../../src/solver/engine/index.ts';
import { checkPlan } from '../../../../src/solver/checker/index.ts';
import type { Action, Plan } from '../../../../src/solver/plan/plan.ts';
import { vmName, nodeName } from '../../../../src/solver/model/model.ts';

export function scenario(text: string): Instance {
  const r = parseScenario(text);
  assert.ok(r.instance, `scenario does not parse: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r.instance;
}

/** Solves and, for a plan, checks it again here (the engine already did: this guards the wiring). */
export async function solved(instance: Instance, options: SolveOptions = {}): Promise<SolveResult> {
  const result = await solve(instance, options);
  assert.notEqual(result.status, 'bug', result.status === 'bug' ? `${result.message}: ${result.violations.join('; ')}` : '');
  if (result.status === 'plan' || result.status === 'satisfied') {
    const verdict = checkPlan(instance, result.plan);
    assert.ok(verdict.ok, verdict.violations.map((v) => v.message).join('; '));
  }
  return result;
}

export function planOf(result: SolveResult): Plan {
  assert.ok(result.status === 'plan' || result.status === 'satisfied', `expected a plan, got ${result.status}: ${JSON.stringify(result).slice(0, 400)}`);
  return result.plan;
}

/** `start:end kind(args)` lines with element names, sorted: easy to compare with the spec's expectations. */
export function lines(plan: Plan): string[] {
  const m = plan.origin;
  const describe = (a: Action): string => {
    switch (a.kind) {
      case 'migrateVM': return `migrate(${vmName(m, a.vm)},${nodeName(m, a.from)}->${nodeName(m, a.to)})`;
      case 'bootVM': return `boot(${vmName(m, a.vm)},${nodeName(m, a.on)})`;
      case 'shutdownVM': return `shutdown(${vmName(m, a.vm)},${nodeName(m, a.on)})`;
      case 'suspendVM': return `suspend(${vmName(m, a.vm)})`;
      case 'resumeVM': return `resume(${vmName(m, a.vm)},${nodeName(m, a.to)})`;
      case 'killVM': return `kill(${vmName(m, a.vm)})`;
      case 'forgeVM': return `forge(${vmName(m, a.vm)})`;
      case 'bootNode': return `boot(${nodeName(m, a.node)})`;
      case 'shutdownNode': return `shutdown(${nodeName(m, a.node)})`;
      case 'allocate': return `allocate(${vmName(m, a.vm)},${a.rc},${a.amount})`;
    }
  };
  return plan.actions.map((a) => `${a.start}:${a.end} ${describe(a)}`).sort();
}
