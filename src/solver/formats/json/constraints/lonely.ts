/** `lonely`: nodes hosting set VMs host only set VMs. JSON: `{"id": "lonely", "vms", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const lonely: ConstraintJsonConverter<'lonely'> = {
  jsonId: 'lonely',
  kind: 'lonely',
  mode: 'both',
  keys: ['vms'],
  read: (r) => ({ kind: 'lonely', vms: r.vms('vms'), continuous: r.continuous() }),
  write: (c) => ({ vms: [...c.vms], continuous: c.continuous }),
};
