/**
 * `sleeping(vm)` (discrete): the VM ends sleeping.
 */
import { targetStateSpec, type TargetStateConstraint } from './target-state.ts';

export type SleepingConstraint = TargetStateConstraint<'sleeping'>;

export const sleepingSpec = targetStateSpec<SleepingConstraint>('sleeping', 'sleeping');
