/** `seq`: state changes of the VMs happen in list order. JSON: `{"id": "seq", "vms"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const seq: ConstraintJsonConverter<'seq'> = {
  jsonId: 'seq',
  kind: 'seq',
  mode: 'continuous',
  writesContinuous: false,
  keys: ['vms'],
  read: (r) => ({ kind: 'seq', vms: r.vms('vms') }),
  write: (c) => ({ vms: [...c.vms] }),
};
