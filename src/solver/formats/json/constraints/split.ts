/** `split`: running VMs of different groups never share a node. JSON: `{"id": "split", "parts", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const split: ConstraintJsonConverter<'split'> = {
  jsonId: 'split',
  kind: 'split',
  mode: 'both',
  keys: ['parts'],
  read: (r) => ({ kind: 'split', parts: r.vmParts('parts'), continuous: r.continuous() }),
  write: (c) => ({ parts: c.parts.map((p) => [...p]), continuous: c.continuous }),
};
