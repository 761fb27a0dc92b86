/**
 * BtrPlace writes JSON objects through a Java `HashMap`, so its files list keys in hash-bucket order
 * (`{"rc":"cpu","amount":3,"vm":6,"id":"preserve"}`), not in insertion order. To write files that look like
 * BtrPlace's, the writer reorders the keys of each object the same way: bucket = spread hash of
 * `String.hashCode()` masked by the table size (16, doubled past a 0.75 load), ties in insertion order.
 * This reproduces every object of the bench-data instances.
 */

const orders = new Map<string, string[]>();

/** Java's `String.hashCode()`. */
function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** The iteration order of a Java `HashMap` into which `keys` were put in this order. */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  let size = 16;
  while (keys.length > size * 0.75) size *= 2;
  const mask = size - 1;
  return keys
    .map((key, index) => {
      const h = javaHash(key);
      return { key, index, bucket: (h ^ (h >>> 16)) & mask };
    })
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map((e) => e.key);
}

/**
 * The same object with its keys in BtrPlace's order. `obj` lists its keys in the order BtrPlace's converter
 * puts them (`id` first, `continuous` last). Orders are cached per key set: objects of one kind share a shape.
 * Integer-like keys cannot be reordered in JavaScript; objects passed here have none.
 */
export function inBtrPlaceOrder<T extends Record<string, unknown>>(obj: T): T {
  const keys = Object.keys(obj);
  const shape = keys.join('\u0000');
  let order = orders.get(shape);
  if (order === undefined) {
    order = javaHashMapOrder(keys);
    orders.set(shape, order);
  }
  const out: Record<string, unknown> = {};
  for (const key of order) out[key] = obj[key];
  return out as T;
}
