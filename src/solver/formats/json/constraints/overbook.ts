/** `overbook`: running VMs on the node use at most capacity x ratio. JSON: `{"id": "overbook", "node", "rc", "ratio", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const overbook: ConstraintJsonConverter<'overbook'> = {
  jsonId: 'overbook',
  kind: 'overbook',
  mode: 'both',
  keys: ['node', 'rc', 'ratio'],
  read: (r) => ({ kind: 'overbook', node: r.node('node'), rc: r.string('rc'), ratio: r.number('ratio', 1), continuous: r.continuous() }),
  write: (c) => ({ node: c.node, ratio: c.ratio, rc: c.rc, continuous: c.continuous }),
};
