/** `online`: the node ends online. JSON: `{"id": "online", "node", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const online: ConstraintJsonConverter<'online'> = {
  jsonId: 'online',
  kind: 'online',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['node'],
  read: (r) => ({ kind: 'online', node: r.node('node') }),
  write: (c) => ({ node: c.node }),
};
