/** `Precedence`: the migration of vm1 ends before the one of vm2 starts. JSON: `{"id": "Precedence", "vm1", "vm2", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const precedence: ConstraintJsonConverter<'precedence'> = {
  jsonId: 'Precedence',
  kind: 'precedence',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['vm1', 'vm2'],
  read: (r) => ({ kind: 'precedence', vm1: r.vm('vm1'), vm2: r.vm('vm2') }),
  write: (c) => ({ vm1: c.vm1, vm2: c.vm2 }),
};
