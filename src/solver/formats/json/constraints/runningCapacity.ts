/** `runningCapacity`: at most `amount` running VMs on those nodes. JSON: `{"id": "runningCapacity", "nodes", "amount"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const runningCapacity: ConstraintJsonConverter<'runningCapacity'> = {
  jsonId: 'runningCapacity',
  kind: 'runningCapacity',
  mode: 'discrete',
  writesContinuous: false,
  keys: ['nodes', 'amount'],
  read: (r) => ({ kind: 'runningCapacity', nodes: r.nodes('nodes'), amount: r.int('amount', 0) }),
  write: (c) => ({ amount: c.amount, nodes: [...c.nodes] }),
};
