/**
 * `npm run bench:solver`: solves every instance of ../shared/bench-data/btrplace/ with the WebAssembly engine,
 * several runs each, and prints per instance: median times, peak memory (RSS of a child process that loads and
 * solves only that instance), outcome, actions / duration / sum of action ends, the checker's verdict, and the
 * gap to a lower bound. Then the same as JSON. Skips with a message when the data is absent (a user's clone).
 *
 * usage: node bench/solver.ts [--runs k] [--only name,...]
 *        node bench/solver.ts --one <file> --runs k       (child mode: prints one JSON line)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInstanceFile } from '../src/solver/formats/node-io.ts';
import { solve } from '../src/solver/engine/index.ts';
import type { Instance } from '../src/solver/model/instance.ts';
import { lowerBound } from '../src/solver/engine/lower-bound.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '..', '..', 'shared', 'bench-data', 'btrplace');

/** BtrPlace 1.12 on this kind of machine (issue 5): median seconds and plan actions / duration / sum of ends. */
const BTRPLACE: Record<string, { seconds: number; actions: number; duration: number; sumOfEnds: number }> = {
  li3: { seconds: 1.4, actions: 1373, duration: 2, sumOfEnds: 2742 },
  nr3: { seconds: 4.5, actions: 753, duration: 9, sumOfEnds: 4294 },
  li6: { seconds: 14.2, actions: 5244, duration: 3, sumOfEnds: 12778 },
  nr6: { seconds: 11.5, actions: 1496, duration: 9, sumOfEnds: 8543 },
};

interface Row {
  instance: string;
  vms: number;
  nodes: number;
  runs: number;
  loadMs: number;
  medianMs: number;
  medianEngineMs: number;
  validateMs: number;
  checkMs: number;
  peakRssMb: number;
  status: string;
  actions: number;
  duration: number;
  sumOfEnds: number;
  checker: string;
  lowerBound: { actions: number; duration: number; sumOfEnds: number };
  deterministic: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function one(file: string, runs: number): Promise<Row> {
  const t0 = performance.now();
  const read = await readInstanceFile(file);
  const loadMs = performance.now() - t0;
  if (!read.instance) throw new Error(`${file}: ${read.diagnostics.map((d) => d.message).join('; ')}`);
  const instance: Instance = read.instance;
  const times: number[] = [], engine: number[] = [], validate: number[] = [], check: number[] = [];
  let last: Awaited<ReturnType<typeof solve>> | undefined;
  const fingerprints = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    last = await solve(instance, { timeLimit: 60 });
    times.push(performance.now() - s);
    if ('stats' in last && last.stats) {
      engine.push(last.stats.solveMs - last.stats.validateMs);
      validate.push(last.stats.validateMs);
      check.push(last.stats.checkMs);
    }
    if (last.status === 'plan' || last.status === 'satisfied') fingerprints.add(JSON.stringify(last.plan.actions));
  }
  const plan = last && (last.status === 'plan' || last.status === 'satisfied') ? last.plan : undefined;
  const stats = last && 'stats' in last ? last.stats : undefined;
  return {
    instance: file.split('/').pop()!.replace(/\.json(\.gz)?$/, ''),
    vms: instance.model.vms.size,
    nodes: instance.model.nodes.size,
    runs,
    loadMs,
    medianMs: median(times),
    medianEngineMs: median(engine),
    validateMs: median(validate),
    checkMs: median(check),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    status: last?.status ?? 'none',
    actions: stats?.actions ?? 0,
    duration: stats?.duration ?? 0,
    sumOfEnds: stats?.sumOfEnds ?? 0,
    // solve() returns a plan only after checkPlan accepted it; a rejected plan comes back as 'bug'.
    checker: plan ? 'ok' : last?.status === 'bug' ? 'REJECTED' : '-',
    lowerBound: lowerBound(instance),
    deterministic: fingerprints.size <= 1,
  };
}

function table(rows: Row[]): string {
  const head = ['instance', 'VMs', 'time (med)', 'engine', 'validate', 'check', 'peak RSS', 'status', 'actions/dur/Σends', 'checker', 'lower bound', 'gap Σends', 'BtrPlace', 'det.'];
  const lines = rows.map((r) => {
    const b = BTRPLACE[r.instance];
    const gap = r.lowerBound.sumOfEnds > 0 ? `${(((r.sumOfEnds - r.lowerBound.sumOfEnds) / r.lowerBound.sumOfEnds) * 100).toFixed(1)} %` : r.sumOfEnds === 0 ? '0' : `+${r.sumOfEnds}`;
    return [
      r.instance, String(r.vms), `${(r.medianMs / 1000).toFixed(3)} s`, `${(r.medianEngineMs / 1000).toFixed(3)} s`, `${(r.validateMs / 1000).toFixed(3)} s`,
      `${(r.checkMs / 1000).toFixed(3)} s`, `${r.peakRssMb.toFixed(0)} MB`, r.status, `${r.actions}/${r.duration}/${r.sumOfEnds}`, r.checker,
      `${r.lowerBound.actions}/${r.lowerBound.duration}/${r.lowerBound.sumOfEnds}`, gap,
      b ? `${b.seconds} s ${b.actions}/${b.duration}/${b.sumOfEnds}` : '', r.deterministic ? 'yes' : 'NO',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(opt('--runs') ?? 3);
  const single = opt('--one');
  if (single) {
    process.stdout.write(`${JSON.stringify(await one(single, runs))}\n`);
    return;
  }
  if (!existsSync(dataDir)) {
    console.log(`bench:solver: skipped, no benchmark data at ${dataDir} (it lives beside the repository, in ../shared/bench-data/)`);
    return;
  }
  const only = opt('--only')?.split(',');
  const files = readdirSync(dataDir)
    .filter((f) => /\.json(\.gz)?$/.test(f))
    .filter((f) => !only || only.some((o) => f.startsWith(`${o}.`)))
    .sort();
  const rows: Row[] = [];
  for (const f of files) {
    // One child per instance: its peak RSS is that instance's alone.
    let out: string;
    try {
      out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', join(dataDir, f), '--runs', String(runs)], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      console.error(`${f}: the run failed: ${(e as { stderr?: string }).stderr?.split('\n').find((l) => l.includes('Error')) ?? (e as Error).message}`);
      continue;
    }
    const row = JSON.parse(out.trim().split('\n').pop()!) as Row;
    rows.push(row);
    console.error(`${row.instance}: ${row.status} in ${(row.medianMs / 1000).toFixed(3)} s`);
  }
  console.log(table(rows));
  console.log(JSON.stringify(rows, null, 2));
}

await main();
