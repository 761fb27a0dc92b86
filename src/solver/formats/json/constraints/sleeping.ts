/** `sleeping`: the VM ends sleeping. JSON: `{"id": "sleeping", "vm", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const sleeping: ConstraintJsonConverter<'sleeping'> = {
  jsonId: 'sleeping',
  kind: 'sleeping',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['vm'],
  read: (r) => ({ kind: 'sleeping', vm: r.vm('vm') }),
  write: (c) => ({ vm: c.vm }),
};
