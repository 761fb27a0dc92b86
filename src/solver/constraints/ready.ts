/**
 * `ready(vm)` (discrete): the VM ends ready.
 */
import { targetStateSpec, type TargetStateConstraint } from './target-state.ts';

export type ReadyConstraint = TargetStateConstraint<'ready'>;

export const readySpec = targetStateSpec<ReadyConstraint>('ready', 'ready');
