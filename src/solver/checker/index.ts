/** The independent plan checker: `checkPlan` for the verdict, `applyPlan` for the result model. */
export { checkPlan } from './checkPlan.ts';
export { applyPlan, cloneModel, type ApplyOutcome } from './apply.ts';
export type { CheckOptions, CheckResult, Violation } from './types.ts';
