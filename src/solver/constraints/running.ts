/**
 * `running(vm)` (discrete): the VM ends running.
 */
import { targetStateSpec, type TargetStateConstraint } from './target-state.ts';

export type RunningConstraint = TargetStateConstraint<'running'>;

export const runningSpec = targetStateSpec<RunningConstraint>('running', 'running');
