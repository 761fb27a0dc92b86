/**
 * `deadline(vm, timestamp)` (migration extension): the migration of the VM ends no later than the deadline.
 */
import type { VmId } from '../model/model.ts';
import type { SourceRange } from '../diagnostics.ts';
import type { ConstraintSpec, ParamIssue } from './semantics.ts';
import { refs } from './helpers.ts';
import { vmName } from '../model/model.ts';

export interface DeadlineConstraint {
  kind: 'deadline';
  vm: VmId;
  /** `+hh:mm:ss` (relative to the plan start) or `hh:mm:ss` (wall-clock time today). */
  timestamp: string;
  /** Where the constraint was written, when it comes from a script (for diagnostics and editor highlights). */
  source?: SourceRange;
}

const TIMESTAMP = /^(\+?)(\d+):(\d{1,2}):(\d{1,2})$/;

/**
 * Seconds from the plan start (at `now`) to the deadline, or undefined if the timestamp is malformed.
 * `+hh:mm:ss` is relative; `hh:mm:ss` is a wall-clock time today, or tomorrow if already past (spec §2.2).
 */
export function deadlineSeconds(timestamp: string, now: Date): number | undefined {
  const m = TIMESTAMP.exec(timestamp);
  if (!m) return undefined;
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (min > 59 || s > 59) return undefined;
  const seconds = h * 3600 + min * 60 + s;
  if (m[1] === '+') return seconds;
  if (h > 23) return undefined;
  const sinceMidnight = now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds();
  return seconds >= sinceMidnight ? seconds - sinceMidnight : seconds + 86400 - sinceMidnight;
}

function params(c: DeadlineConstraint): ParamIssue[] {
  return deadlineSeconds(c.timestamp, new Date()) === undefined
    ? [{ issue: 'badTimestamp', message: `deadline: '${c.timestamp}' is not a timestamp; write +hh:mm:ss (relative) or hh:mm:ss (time of day)` }]
    : [];
}

export const deadlineSpec: ConstraintSpec<DeadlineConstraint> = {
  kind: 'deadline',
  modes: 'discrete',
  javaDefaultContinuous: false,
  isContinuous: () => false,
  refs: (c) => refs([c.vm]),
  params,
  // BtrPlace's checker accepts everything and leaves it to the solver; ours checks what the solver enforces.
  checker: (c, ctx) => {
    const limit = deadlineSeconds(c.timestamp, ctx.now);
    return {
      onStart: (a) =>
        a.kind === 'migrateVM' && a.vm === c.vm && limit !== undefined && a.end > limit
          ? [`the migration of ${vmName(ctx.instance.model, c.vm)} ends at t=${a.end}, after its deadline t=${limit}`]
          : [],
    };
  },
  misplacedVms: () => [],
};
