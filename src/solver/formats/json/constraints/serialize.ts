/** `Serialize`: the migrations of the VMs never overlap. JSON: `{"id": "Serialize", "vms", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const serialize: ConstraintJsonConverter<'serialize'> = {
  jsonId: 'Serialize',
  kind: 'serialize',
  mode: 'discrete',
  writesContinuous: true,
  keys: ['vms'],
  read: (r) => ({ kind: 'serialize', vms: r.vms('vms') }),
  write: (c) => ({ vms: [...c.vms] }),
};
