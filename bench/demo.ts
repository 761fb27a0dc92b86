/**
 * `npm run bench:demo`: what the placement playground costs a visitor.
 *
 * 1. Weight: the JavaScript and wasm the playground page loads (dist/demos/placement/index.html after
 *    `npm run build`): its module scripts, every chunk they import statically or dynamically, the solver
 *    worker and the wasm it fetches; raw and gzipped (level 9), against the 150 KB budget.
 * 2. Speed: every scenario of demos/ parsed and solved with the engine the worker runs (Node, warm: the module
 *    is compiled once), median and worst over several runs, against the 50 ms target for the seed talk.
 *
 * usage: node bench/demo.ts [--runs k]     (prints a table, then the same as JSON)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseScenario } from '../src/solver/script/index.ts';
import { solve } from '../src/solver/engine/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const WEIGHT_BUDGET = 150 * 1024;
const SEED_TARGET_MS = 50;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;

interface FileWeight {
  file: string;
  raw: number;
  gzip: number;
}

/** Files of dist/_astro reachable from the playground page: imports, dynamic imports, worker and wasm URLs. */
function playgroundFiles(): FileWeight[] {
  const html = readFileSync(join(dist, 'demos', 'placement', 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="[^"]*\/_astro\/([^"]+)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name) || !existsSync(join(dist, '_astro', name))) continue;
    seen.add(name);
    if (!name.endsWith('.js')) continue;
    const code = readFileSync(join(dist, '_astro', name), 'utf8');
    const refs = [
      ...code.matchAll(/(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+)["'`]/g),
      ...code.matchAll(/new URL\(\s*["'`](?:\.\/|\/[^"'`]*\/_astro\/)([^"'`]+)["'`]/g),
      ...code.matchAll(/["'`]\/[^"'`]*_astro\/([^"'`]+\.(?:js|wasm))["'`]/g),
    ].map((m) => m[1]!);
    queue.push(...refs);
  }
  return [...seen].sort().map((file) => {
    const bytes = readFileSync(join(dist, '_astro', file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

interface SolveRow {
  scenario: string;
  status: string;
  actions: number;
  parseMs: number;
  medianMs: number;
  worstMs: number;
}

async function solveTimes(): Promise<SolveRow[]> {
  const rows: SolveRow[] = [];
  const demos = readdirSync(join(root, 'demos'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const name of ['talk', ...demos.filter((d) => d !== 'talk')]) {
    const text = readFileSync(join(root, 'demos', name, 'scenario.btrp'), 'utf8');
    const p0 = performance.now();
    const { instance } = parseScenario(text);
    const parseMs = performance.now() - p0;
    if (!instance) continue;
    await solve(instance); // compiles the module once, as the worker does on its first solve
    const times: number[] = [];
    let status = '';
    let actions = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const result = await solve(instance);
      times.push(performance.now() - t0);
      status = result.status;
      actions = 'plan' in result && result.plan ? result.plan.actions.length : 0;
    }
    times.sort((a, b) => a - b);
    rows.push({ scenario: name, status, actions, parseMs, medianMs: times[Math.floor(times.length / 2)]!, worstMs: times.at(-1)! });
  }
  return rows;
}

const ms = (x: number) => x.toFixed(2).padStart(8);
let weight: { files: FileWeight[]; totalGzip: number; totalRaw: number } | undefined;
if (existsSync(join(dist, 'demos', 'placement', 'index.html'))) {
  const files = playgroundFiles();
  weight = { files, totalGzip: files.reduce((s, f) => s + f.gzip, 0), totalRaw: files.reduce((s, f) => s + f.raw, 0) };
  console.log('Playground weight (dist/, JavaScript + wasm reachable from /demos/placement/)');
  console.log(`${'file'.padEnd(64)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)}`);
  for (const f of files) console.log(`${f.file.padEnd(64)} ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(9)}`);
  console.log(`${'total'.padEnd(64)} ${String(weight.totalRaw).padStart(9)} ${String(weight.totalGzip).padStart(9)}  (budget ${WEIGHT_BUDGET}: ${weight.totalGzip <= WEIGHT_BUDGET ? 'within' : 'OVER'})`);
} else console.log('dist/ has no playground: run `npm run build` first to measure the weight.');

const rows = await solveTimes();
console.log(`\nSolve times, ${runs} warm runs each (Node, the worker's engine; validate + encode + search + decode + check)`);
console.log(`${'scenario'.padEnd(22)} ${'status'.padEnd(12)} ${'actions'.padStart(7)} ${'parse ms'.padStart(8)} ${'median'.padStart(8)} ${'worst'.padStart(8)}`);
for (const r of rows) console.log(`${r.scenario.padEnd(22)} ${r.status.padEnd(12)} ${String(r.actions).padStart(7)} ${ms(r.parseMs)} ${ms(r.medianMs)} ${ms(r.worstMs)}`);
const seed = rows.find((r) => r.scenario === 'talk');
if (seed) console.log(`seed talk: median ${seed.medianMs.toFixed(2)} ms (target < ${SEED_TARGET_MS} ms: ${seed.medianMs < SEED_TARGET_MS ? 'met' : 'MISSED'})`);
console.log(`\n${JSON.stringify({ weight, solves: rows })}`);
