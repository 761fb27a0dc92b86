/** `quarantine`: no VM enters or leaves the node. JSON: `{"id": "quarantine", "node"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const quarantine: ConstraintJsonConverter<'quarantine'> = {
  jsonId: 'quarantine',
  kind: 'quarantine',
  mode: 'continuous',
  writesContinuous: false,
  keys: ['node'],
  read: (r) => ({ kind: 'quarantine', node: r.node('node') }),
  write: (c) => ({ node: c.node }),
};
