/** `noDelay`: the action of the VM starts at 0. JSON: `{"id": "noDelay", "vm", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const noDelay: ConstraintJsonConverter<'noDelay'> = {
  jsonId: 'noDelay',
  kind: 'noDelay',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['vm'],
  read: (r) => ({ kind: 'noDelay', vm: r.vm('vm') }),
  write: (c) => ({ vm: c.vm }),
};
