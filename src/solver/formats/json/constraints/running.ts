/** `running`: the VM ends running. JSON: `{"id": "running", "vm", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const running: ConstraintJsonConverter<'running'> = {
  jsonId: 'running',
  kind: 'running',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['vm'],
  read: (r) => ({ kind: 'running', vm: r.vm('vm') }),
  write: (c) => ({ vm: c.vm }),
};
