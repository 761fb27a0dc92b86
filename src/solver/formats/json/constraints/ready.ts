/** `ready`: the VM ends ready. JSON: `{"id": "ready", "vm", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const ready: ConstraintJsonConverter<'ready'> = {
  jsonId: 'ready',
  kind: 'ready',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['vm'],
  read: (r) => ({ kind: 'ready', vm: r.vm('vm') }),
  write: (c) => ({ vm: c.vm }),
};
