/** `ban`: a running VM is not on those nodes. JSON: `{"id": "ban", "vm", "nodes", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const ban: ConstraintJsonConverter<'ban'> = {
  jsonId: 'ban',
  kind: 'ban',
  mode: 'both',
  keys: ['vm', 'nodes'],
  read: (r) => ({ kind: 'ban', vm: r.vm('vm'), nodes: r.nodes('nodes'), continuous: r.continuous() }),
  write: (c) => ({ nodes: [...c.nodes], vm: c.vm, continuous: c.continuous }),
};
