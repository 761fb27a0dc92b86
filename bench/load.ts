/**
 * Load benchmark of BtrPlace JSON instances (`npm run bench:load`): for each file of
 * ../shared/bench-data/btrplace/, the time to gunzip, to JSON.parse and to convert into the model (median of 5
 * runs each), the instance's size, and the peak resident memory of a process that loads only that file.
 * Target (issue 4): li6 (30,000 VMs) loads in at most 0.5 s.
 *
 * Usage: node bench/load.ts [--json] [file-name-filter]
 * Each file is measured in its own child process, so that peak RSS belongs to that file alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readInstance } from '../src/solver/formats/json/index.ts';

const RUNS = 5;
const dataDir = fileURLToPath(new URL('../../shared/bench-data/btrplace/', import.meta.url));

interface Row {
  file: string;
  bytes: number;
  gunzipMs: number;
  parseMs: number;
  convertMs: number;
  totalMs: number;
  nodes: number;
  vms: number;
  constraints: number;
  peakRssMb: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Child mode: measure one file and print its row as JSON. */
function measure(file: string): Row {
  const raw = readFileSync(join(dataDir, file));
  const gunzip: number[] = [];
  const parse: number[] = [];
  const convert: number[] = [];
  const total: number[] = [];
  let counts = { nodes: 0, vms: 0, constraints: 0 };
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
    const t1 = performance.now();
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    const t2 = performance.now();
    const { instance, diagnostics } = readInstance(value, { file });
    const t3 = performance.now();
    if (!instance) throw new Error(`${file} does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
    gunzip.push(t1 - t0);
    parse.push(t2 - t1);
    convert.push(t3 - t2);
    total.push(t3 - t0);
    counts = { nodes: instance.model.nodes.size, vms: instance.model.vms.size, constraints: instance.constraints.length };
  }
  return {
    file,
    bytes: statSync(join(dataDir, file)).size,
    gunzipMs: median(gunzip),
    parseMs: median(parse),
    convertMs: median(convert),
    totalMs: median(total),
    ...counts,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function table(rows: Row[]): string {
  const header = ['file', 'size KB', 'gunzip ms', 'parse ms', 'convert ms', 'total ms', 'nodes', 'VMs', 'constraints', 'peak RSS MB'];
  const cells = rows.map((r) => [
    r.file,
    (r.bytes / 1024).toFixed(0),
    r.gunzipMs.toFixed(1),
    r.parseMs.toFixed(1),
    r.convertMs.toFixed(1),
    r.totalMs.toFixed(1),
    String(r.nodes),
    String(r.vms),
    String(r.constraints),
    r.peakRssMb.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i] as number) : x.padStart(widths[i] as number))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

const args = process.argv.slice(2);
if (args[0] === '--measure') {
  process.stdout.write(JSON.stringify(measure(args[1] as string)));
} else if (!existsSync(dataDir)) {
  console.log('bench:load: no ../shared/bench-data/btrplace/ beside the repository; nothing to measure.');
} else {
  const asJson = args.includes('--json');
  const filter = args.find((a) => !a.startsWith('--')) ?? '';
  const files = readdirSync(dataDir)
    .filter((f) => (f.endsWith('.json') || f.endsWith('.json.gz')) && f.includes(filter))
    .sort();
  const self = fileURLToPath(import.meta.url);
  const rows = files.map((file) => JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, '--measure', file], { encoding: 'utf8' })) as Row);
  if (asJson) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log(`BtrPlace JSON load, median of ${RUNS} runs per file, Node ${process.version}\n`);
    console.log(table(rows));
    const li6 = rows.find((r) => r.file.startsWith('li6'));
    if (li6) console.log(`\nli6: ${li6.totalMs.toFixed(0)} ms (target <= 500 ms): ${li6.totalMs <= 500 ? 'met' : 'NOT met'}`);
  }
}
