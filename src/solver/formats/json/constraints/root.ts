/** `root`: a running VM is never relocated. JSON: `{"id": "root", "vm"}`. */
import type { ConstraintJsonConverter } from './converter.ts';

export const root: ConstraintJsonConverter<'root'> = {
  jsonId: 'root',
  kind: 'root',
  mode: 'continuous',
  writesContinuous: false,
  keys: ['vm'],
  read: (r) => ({ kind: 'root', vm: r.vm('vm') }),
  write: (c) => ({ vm: c.vm }),
};
