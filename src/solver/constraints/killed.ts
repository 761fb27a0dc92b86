/**
 * `killed(vm)` (discrete): the VM is removed.
 */
import { targetStateSpec, type TargetStateConstraint } from './target-state.ts';

export type KilledConstraint = TargetStateConstraint<'killed'>;

export const killedSpec = targetStateSpec<KilledConstraint>('killed', 'killed');
