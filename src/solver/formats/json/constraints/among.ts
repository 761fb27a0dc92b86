/** `among`: running VMs of the set in one group of the node partition. JSON: `{"id": "among", "vms", "parts", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const among: ConstraintJsonConverter<'among'> = {
  jsonId: 'among',
  kind: 'among',
  mode: 'both',
  keys: ['vms', 'parts'],
  read: (r) => ({ kind: 'among', vms: r.vms('vms'), parts: r.nodeParts('parts'), continuous: r.continuous() }),
  write: (c) => ({ vms: [...c.vms], parts: c.parts.map((p) => [...p]), continuous: c.continuous }),
};
