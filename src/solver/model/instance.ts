/** An instance (spec §1.1, §6.1): a model, the constraints to satisfy and one objective. */
import type { Constraint } from '../constraints/index.ts';
import type { Model } from './model.ts';
import type { DurationRules } from '../plan/durations.ts';

/** MinMTTR (default): minimise the sum of action ends. MinMigrations: minimise the sum of migration durations. */
export type Objective =
  | { kind: 'minimizeMTTR' }
  | { kind: 'minimizeMigrations' }
  | { kind: 'minimizeMTTRMigrationScheduling' };

export interface Instance {
  model: Model;
  constraints: Constraint[];
  objective: Objective;
  /** Linear-in-resource duration rules per action kind (spec §3.2); absent = attributes, else 1 second. */
  durations?: DurationRules;
}
