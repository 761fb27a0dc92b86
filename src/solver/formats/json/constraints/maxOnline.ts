/** `maxOnline`: at most `amount` of the nodes online. JSON: `{"id": "maxOnline", "nodes", "amount", "continuous"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const maxOnline: ConstraintJsonConverter<'maxOnline'> = {
  jsonId: 'maxOnline',
  kind: 'maxOnline',
  mode: 'both',
  keys: ['nodes', 'amount'],
  read: (r) => ({ kind: 'maxOnline', nodes: r.nodes('nodes'), amount: r.int('amount', 0), continuous: r.continuous() }),
  write: (c) => ({ amount: c.amount, nodes: [...c.nodes], continuous: c.continuous }),
};
