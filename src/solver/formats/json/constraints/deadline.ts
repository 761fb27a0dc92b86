/** `Deadline`: the migration of the VM ends by the deadline. JSON: `{"id": "Deadline", "vm", "timestamp", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const deadline: ConstraintJsonConverter<'deadline'> = {
  jsonId: 'Deadline',
  kind: 'deadline',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['vm', 'timestamp'],
  read: (r) => ({ kind: 'deadline', vm: r.vm('vm'), timestamp: r.string('timestamp') }),
  write: (c) => ({ timestamp: c.timestamp, vm: c.vm }),
};
