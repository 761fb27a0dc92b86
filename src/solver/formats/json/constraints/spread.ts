/** `spread`: running VMs of the set on pairwise distinct nodes. JSON: `{"id": "spread", "vms", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const spread: ConstraintJsonConverter<'spread'> = {
  jsonId: 'spread',
  kind: 'spread',
  mode: 'both',
  keys: ['vms'],
  read: (r) => ({ kind: 'spread', vms: r.vms('vms'), continuous: r.continuous() }),
  write: (c) => ({ vms: [...c.vms], continuous: c.continuous }),
};
