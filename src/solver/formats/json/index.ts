/** BtrPlace JSON instances and plans (spec §6): the public entry points. Browser-safe: no Node module here. */
export type { InstanceReadResult, ReadOptions } from './instance.ts';
export { readInstance, stringifyInstance, writeInstance } from './instance.ts';
export type { PlanReadResult } from './plan.ts';
export { readPlan, stringifyPlan, writePlan } from './plan.ts';
export { readModel, writeModel } from './model.ts';
export { constraintJsonIds, readConstraints, writeConstraint } from './constraints/index.ts';
export { jsonLimitations } from './limitations.ts';
export { JSON_CODES, ReadContext } from './read-context.ts';
export { parseJsonText } from './json-text.ts';
export { locateJsonPath } from './locate.ts';
