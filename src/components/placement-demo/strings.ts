/**
 * The demo's UI strings, handed over by PlacementDemo.astro as JSON (the `demo.*` keys of the page's
 * dictionary), so that the client never carries both languages and never shows raw English from the solver.
 */
export type Strings = (key: string, values?: Record<string, string | number>) => string;

export function stringsFrom(json: string | undefined): Strings {
  const table = JSON.parse(json ?? '{}') as Record<string, string>;
  return (key, values = {}) =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
