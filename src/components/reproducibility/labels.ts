/** Dictionary keys of the solver's statuses and of the compared fields: never raw English from the solver. */
import type { SolveStatus } from '../../solver/engine/result.ts';
import type { DifferenceField } from '../../lib/reproducibility/compare.ts';

export const STATUS_KEYS = {
  plan: 'repro.status.plan',
  satisfied: 'repro.status.satisfied',
  'no-solution': 'repro.status.noSolution',
  invalid: 'repro.status.invalid',
  unsupported: 'repro.status.unsupported',
  timeout: 'repro.status.timeout',
  cancelled: 'repro.status.cancelled',
  bug: 'repro.status.bug',
} as const satisfies Record<SolveStatus, string>;

export const FIELD_KEYS = {
  inputHash: 'repro.field.inputHash',
  status: 'repro.field.status',
  detail: 'repro.field.detail',
  objective: 'repro.field.objective',
  figures: 'repro.field.figures',
  plan: 'repro.field.plan',
} as const satisfies Record<DifferenceField, string>;
