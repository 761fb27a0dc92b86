/** `fence`: a running VM is on one of those nodes. JSON: `{"id": "fence", "vm", "nodes", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const fence: ConstraintJsonConverter<'fence'> = {
  jsonId: 'fence',
  kind: 'fence',
  mode: 'both',
  keys: ['vm', 'nodes'],
  read: (r) => ({ kind: 'fence', vm: r.vm('vm'), nodes: r.nodes('nodes'), continuous: r.continuous() }),
  write: (c) => ({ nodes: [...c.nodes], vm: c.vm, continuous: c.continuous }),
};
