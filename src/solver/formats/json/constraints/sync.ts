/** `Sync`: the migrations of the VMs end together. JSON: `{"id": "Sync", "vms", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const sync: ConstraintJsonConverter<'sync'> = {
  jsonId: 'Sync',
  kind: 'sync',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['vms'],
  read: (r) => ({ kind: 'sync', vms: r.vms('vms') }),
  write: (c) => ({ vms: [...c.vms] }),
};
