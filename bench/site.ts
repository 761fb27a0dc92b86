/**
 * `npm run bench:site`: builds the real site and a synthetic one (200 people, 500 projects with some French
 * translations, 200 talks), each in its own temporary copy of the project, the way `npm run build` does (wasm,
 * `vitrine build`, Pagefind), and reports build time, pages, size of dist/ and the JavaScript of pages without a
 * demo. Prints a table, then the same figures as JSON.
 *
 *   node bench/site.ts [--people 200] [--projects 500] [--talks 200] [--seed 2026] [--timeout 900]
 *
 * The synthetic site keeps the project's publications/, demos/ and content/tutorials/ as they are; only
 * content/people, content/projects and content/talks are generated. Targets (issue 2): the real site builds in
 * <= 10 s, the synthetic one in <= 60 s; pages without a demo ship <= 10 KB of JavaScript.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { distStats, type DistStats } from './lib/dist-stats.ts';
import { runMeasured, type Measured } from './lib/run.ts';
import { copyProject } from './lib/site-copy.ts';
import { syntheticContent } from './lib/synthetic-content.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '200' },
    projects: { type: 'string', default: '500' },
    talks: { type: 'string', default: '200' },
    seed: { type: 'string', default: '2026' },
    timeout: { type: 'string', default: '900' },
  },
});
const sizes = { people: Number(values.people), projects: Number(values.projects), talks: Number(values.talks) };
const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

interface SiteResult {
  steps: { name: string; run: Measured }[];
  stats?: DistStats;
  error?: string;
}

/** The steps of `npm run build` (package.json), run one by one to time each; base `/` for the JS count. */
const STEPS: [string, string[]][] = [
  ['wasm (asc)', ['npm', 'run', '--silent', 'build:wasm']],
  ['vitrine build', [process.execPath, 'bin/vitrine.mjs', 'build']],
  ['pagefind', ['node_modules/.bin/pagefind', '--site', 'dist']],
];

async function buildCopy(prefix: string, replaceContent?: (dir: string) => void): Promise<SiteResult> {
  const dir = copyProject(repoRoot, prefix);
  try {
    replaceContent?.(dir);
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    delete env.BASE_PATH;
    delete env.SITE_URL;
    const steps: SiteResult['steps'] = [];
    for (const [name, command] of STEPS) {
      const run = await runMeasured(command, dir, env, Number(values.timeout));
      steps.push({ name, run });
      if (run.status !== 0) {
        const why = run.timedOut ? `stopped after ${values.timeout} s` : run.log.trim().split('\n').slice(-4).join(' / ');
        return { steps, error: `${name} failed: ${why}` };
      }
    }
    return { steps, stats: distStats(join(dir, 'dist')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** BibTeX keys of publications/, for projects to cite (a project citing an unknown key would be unrealistic). */
function bibKeys(): string[] {
  const dir = join(repoRoot, 'publications');
  const text = readdirSync(dir).filter((f) => f.endsWith('.bib')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  return [...text.matchAll(/^\s*@(?!string|comment|preamble)\w+\s*\{\s*([^,\s]+)\s*,/gim)].map((m) => m[1]!);
}

/** Replaces content/people, projects and talks of the copy with generated ones; tutorials stay. */
function writeSynthetic(dir: string): void {
  for (const collection of ['people', 'projects', 'talks']) rmSync(join(dir, 'content', collection), { recursive: true, force: true });
  for (const [path, text] of syntheticContent(sizes, bibKeys(), Number(values.seed))) {
    mkdirSync(dirname(join(dir, 'content', path)), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
}

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
const loadBefore = load();
const real = await buildCopy('vitrine-bench-site-real-');
const synthetic = await buildCopy('vitrine-bench-site-synthetic-', writeSynthetic);
const loadAfter = load();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const total = (r: SiteResult, key: 'seconds' | 'cpuSeconds') => r.steps.reduce((t, s) => t + (s.run[key] ?? NaN), 0);
const time = (r: SiteResult, step?: string) => {
  const runs = step === undefined ? r.steps.map((s) => s.run) : r.steps.filter((s) => s.name === step).map((s) => s.run);
  if (runs.length === 0) return '-';
  const wall = runs.reduce((t, x) => t + x.seconds, 0);
  const cpu = runs.reduce((t, x) => t + (x.cpuSeconds ?? NaN), 0);
  return `${wall.toFixed(1)} s (CPU ${cpu.toFixed(1)} s)`;
};
const stat = (r: SiteResult, f: (s: DistStats) => string) => (r.stats ? f(r.stats) : '-');
const rows: [string, string, string, string][] = [
  ['', 'real site', `synthetic (${sizes.people}/${sizes.projects}/${sizes.talks})`, 'target'],
  ['build: total wall (CPU)', time(real), time(synthetic), '<= 10 s real, <= 60 s synthetic'],
  ...STEPS.map(([name]): [string, string, string, string] => [`  ${name}`, time(real, name), time(synthetic, name), '']),
  ['HTML pages', stat(real, (s) => String(s.pages)), stat(synthetic, (s) => String(s.pages)), ''],
  ['dist/ total', stat(real, (s) => mb(s.bytes.total)), stat(synthetic, (s) => mb(s.bytes.total)), ''],
  ...(['html', 'js', 'css', 'wasm'] as const).map((k): [string, string, string, string] => [`  ${k}`, stat(real, (s) => kb(s.bytes[k])), stat(synthetic, (s) => kb(s.bytes[k])), '']),
  ['pages without a demo', stat(real, (s) => String(s.noDemo.pages)), stat(synthetic, (s) => String(s.noDemo.pages)), ''],
  ['  JS per page, median', stat(real, (s) => kb(s.noDemo.medianJs)), stat(synthetic, (s) => kb(s.noDemo.medianJs)), '<= 10 KB'],
  ['  JS per page, max', stat(real, (s) => kb(s.noDemo.maxJs)), stat(synthetic, (s) => kb(s.noDemo.maxJs)), '<= 10 KB'],
  ['  page with the most JS', stat(real, (s) => s.noDemo.maxPage), stat(synthetic, (s) => s.noDemo.maxPage), ''],
  ['load average (1/5/15 min)', `before ${loadBefore}`, `after ${loadAfter}`, `${os.cpus().length} cores`],
];
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n'));
for (const [name, r] of [['real', real], ['synthetic', synthetic]] as const) if (r.error) console.log(`${name}: ${r.error}`);

const json = (r: SiteResult) => ({
  error: r.error ?? null,
  wallSeconds: total(r, 'seconds'),
  cpuSeconds: total(r, 'cpuSeconds'),
  steps: Object.fromEntries(r.steps.map((s) => [s.name, { wallSeconds: s.run.seconds, cpuSeconds: s.run.cpuSeconds ?? null }])),
  ...(r.stats ?? {}),
});
console.log(JSON.stringify({ sizes, seed: Number(values.seed), loadBefore, loadAfter, real: json(real), synthetic: json(synthetic) }));
process.exitCode = real.error || synthetic.error ? 1 : 0;
