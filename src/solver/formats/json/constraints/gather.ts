/** `gather`: all running VMs of the set on one node. JSON: `{"id": "gather", "vms", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const gather: ConstraintJsonConverter<'gather'> = {
  jsonId: 'gather',
  kind: 'gather',
  mode: 'both',
  keys: ['vms'],
  read: (r) => ({ kind: 'gather', vms: r.vms('vms'), continuous: r.continuous() }),
  write: (c) => ({ vms: [...c.vms], continuous: c.continuous }),
};
