/** `preserve`: a running VM gets at least `amount` of the resource. JSON: `{"id": "preserve", "vm", "rc", "amount"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const preserve: ConstraintJsonConverter<'preserve'> = {
  jsonId: 'preserve',
  kind: 'preserve',
  mode: 'discrete',
  writesContinuous: false,
  keys: ['vm', 'rc', 'amount'],
  read: (r) => ({ kind: 'preserve', vm: r.vm('vm'), rc: r.string('rc'), amount: r.int('amount', 0) }),
  write: (c) => ({ amount: c.amount, rc: c.rc, vm: c.vm }),
};
