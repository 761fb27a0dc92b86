/** `splitAmong`: each VM group in one node group, distinct groups apart. JSON: `{"id": "splitAmong", "vParts", "pParts", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const splitAmong: ConstraintJsonConverter<'splitAmong'> = {
  jsonId: 'splitAmong',
  kind: 'splitAmong',
  mode: 'both',
  keys: ['vParts', 'pParts'],
  read: (r) => ({ kind: 'splitAmong', vParts: r.vmParts('vParts'), pParts: r.nodeParts('pParts'), continuous: r.continuous() }),
  write: (c) => ({ pParts: c.pParts.map((p) => [...p]), vParts: c.vParts.map((p) => [...p]), continuous: c.continuous }),
};
