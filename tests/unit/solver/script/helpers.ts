/** Shared helpers of the script-language tests: fixture loading and instance comparison. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Instance } from '../../../../src/solver/model/instance.ts';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/script/', import.meta.url));

export function fixtures(dir: 'good' | 'bad'): { name: string; text: string }[] {
  return readdirSync(FIXTURES + dir)
    .filter((f) => f.endsWith('.btrp'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${FIXTURES}${dir}/${name}`, 'utf8') }));
}

export function fixture(dir: 'good' | 'bad', name: string): string {
  return readFileSync(`${FIXTURES}${dir}/${name}`, 'utf8');
}

/**
 * Expected diagnostics written in a fixture as trailing comments: `// expect BTRP020@5 BTRP011@16` means codes
 * BTRP020 at column 5 and BTRP011 at column 16 of that line.
 */
export function expectations(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, k) => {
    const m = /\/\/ expect ((?:[A-Z]+\d+@\d+\s*)+)$/.exec(line);
    if (!m) return;
    for (const e of m[1]!.trim().split(/\s+/)) {
      const [code, col] = e.split('@');
      out.push(`${code}@${k + 1}:${col}`);
    }
  });
  return out.sort();
}

/** The instance without the script ranges of its constraints, for comparisons across formats. */
export function withoutSources(instance: Instance): Instance {
  return { ...instance, constraints: instance.constraints.map(({ source: _source, ...c }) => c as typeof c) } as Instance;
}

/** Every map as an ordered list of entries: the comparison checks declaration order too. */
export function plain(instance: Instance): unknown {
  const i = withoutSources(instance);
  const m = i.model;
  return {
    nodes: [...m.nodes], vms: [...m.vms], host: [...m.host],
    resources: [...m.resources.values()].map((r) => ({ ...r, capacity: [...r.capacity], consumption: [...r.consumption] })),
    vmAttributes: [...m.vmAttributes].map(([k, a]) => [k, [...a]]),
    nodeAttributes: [...m.nodeAttributes].map(([k, a]) => [k, [...a]]),
    vmNames: [...m.vmNames], nodeNames: [...m.nodeNames],
    constraints: i.constraints, objective: i.objective, durations: i.durations ?? {},
  };
}

/** `plain` with every map sorted by key: for formats (BtrPlace JSON) that group VMs by host, not by declaration. */
export function plainUnordered(instance: Instance): unknown {
  const byKey = (entries: unknown) => (entries as [number | string, unknown][]).slice().sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'en', { numeric: true }));
  const p = plain(instance) as Record<string, unknown>;
  for (const k of ['nodes', 'vms', 'host', 'vmAttributes', 'nodeAttributes', 'vmNames', 'nodeNames']) p[k] = byKey(p[k]);
  p.resources = (p.resources as { capacity: unknown; consumption: unknown }[]).map((r) => ({ ...r, capacity: byKey(r.capacity), consumption: byKey(r.consumption) }));
  return p;
}
