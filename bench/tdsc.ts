/**
 * `npm run bench:tdsc`: our TDSC-like generator beside BtrPlace's real TDSC instances, measured side by side on this
 * machine. For each real li/nr instance of ../shared/bench-data/btrplace/ (skipped when absent: a clone has no
 * ../shared) and for generated instances of the same class and size (seeds 1 to 3): VMs, preserve / offline /
 * running constraints, ready VMs, then median engine time of 3 solves, actions, plan duration and sum of ends.
 * Absolute times depend on the machine; the ratio real / generated is what tells whether the generator is a fair
 * stand-in. Prints a table, and JSON with --json.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInstanceFile } from '../src/solver/formats/node-io.ts';
import { solve } from '../src/solver/engine/index.ts';
import { generateTdsc, type TdscClass } from '../src/solver/generate/tdsc.ts';
import type { Instance } from '../src/solver/model/instance.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '..', '..', 'shared', 'bench-data', 'btrplace');
const REPEAT = 3;

interface Row {
  instance: string;
  vms: number;
  preserve: number;
  offline: number;
  running: number;
  ready: number;
  engineMs: number;
  actions: number | string;
  duration: number | string;
  sumOfEnds: number | string;
}

async function measure(name: string, instance: Instance): Promise<Row> {
  const count = (kind: string) => instance.constraints.filter((c) => c.kind === kind).length;
  const times: number[] = [];
  let last: Awaited<ReturnType<typeof solve>> | undefined;
  for (let i = 0; i < REPEAT; i++) {
    last = await solve(instance, { seed: 0, timeLimit: 300 });
    times.push('stats' in last && last.stats ? last.stats.solveMs : Number.NaN);
  }
  times.sort((a, b) => a - b);
  const stats = last && 'stats' in last ? last.stats : undefined;
  return {
    instance: name,
    vms: instance.model.vms.size,
    preserve: count('preserve'),
    offline: count('offline'),
    running: count('running'),
    ready: [...instance.model.vms.values()].filter((s) => s === 'ready').length,
    engineMs: Math.round(times[Math.floor(REPEAT / 2)]!),
    actions: stats?.actions ?? last?.status ?? '?',
    duration: stats?.duration ?? '-',
    sumOfEnds: stats?.sumOfEnds ?? '-',
  };
}

const rows: Row[] = [];
for (const kind of ['li', 'nr'] as TdscClass[]) {
  for (const ratio of [3, 6]) {
    const real = join(dataDir, `${kind}${ratio}.json.gz`);
    if (existsSync(real)) {
      const r = await readInstanceFile(real);
      if (r.instance) rows.push(await measure(`${kind}${ratio} (BtrPlace's file)`, r.instance));
    } else if (rows.length === 0) console.error(`(${dataDir} is absent: real instances skipped)`);
    for (const seed of [1, 2, 3]) rows.push(await measure(`${kind}${ratio} generated, seed ${seed}`, generateTdsc({ kind, nodes: 5000, ratio, seed }).instance));
  }
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  const header: (keyof Row)[] = ['instance', 'vms', 'preserve', 'offline', 'running', 'ready', 'engineMs', 'actions', 'duration', 'sumOfEnds'];
  const width = header.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(header.map((h) => String(r[h]))));
}
