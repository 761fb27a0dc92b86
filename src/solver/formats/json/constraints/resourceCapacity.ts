/** `resourceCapacity`: running VMs on those nodes use at most `amount` of the resource. JSON: `{"id": "resourceCapacity", "nodes", "rc", "amount", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const resourceCapacity: ConstraintJsonConverter<'resourceCapacity'> = {
  jsonId: 'resourceCapacity',
  kind: 'resourceCapacity',
  mode: 'both',
  keys: ['nodes', 'rc', 'amount'],
  read: (r) => ({ kind: 'resourceCapacity', nodes: r.nodes('nodes'), rc: r.string('rc'), amount: r.int('amount', 0), continuous: r.continuous() }),
  write: (c) => ({ amount: c.amount, nodes: [...c.nodes], rc: c.rc, continuous: c.continuous }),
};
