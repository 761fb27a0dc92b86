/** `killed`: the VM ends removed. JSON: `{"id": "killed", "vm", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const killed: ConstraintJsonConverter<'killed'> = {
  jsonId: 'killed',
  kind: 'killed',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['vm'],
  read: (r) => ({ kind: 'killed', vm: r.vm('vm') }),
  write: (c) => ({ vm: c.vm }),
};
