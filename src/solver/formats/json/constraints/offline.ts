/** `offline`: the node ends offline. JSON: `{"id": "offline", "node", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const offline: ConstraintJsonConverter<'offline'> = {
  jsonId: 'offline',
  kind: 'offline',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['node'],
  read: (r) => ({ kind: 'offline', node: r.node('node') }),
  write: (c) => ({ node: c.node }),
};
