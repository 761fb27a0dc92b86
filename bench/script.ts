/**
 * Script-language benchmark: for each BtrPlace instance of ../shared/bench-data/btrplace/, the time to print it
 * as a scenario script (printScenario), to tokenize that script, and to parse it back into an instance
 * (parseScenario, without and with model validation), median of 3 runs, and the script's size.
 *
 * Usage: node bench/script.ts [--json] [file-name-filter]
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readInstanceFile } from '../src/solver/formats/node-io.ts';
import { parseScenario, printScenario, tokenize } from '../src/solver/script/index.ts';

const RUNS = 3;
const dataDir = fileURLToPath(new URL('../../shared/bench-data/btrplace/', import.meta.url));

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function time(f: () => unknown): number {
  const runs: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    f();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const filter = args.find((a) => !a.startsWith('--')) ?? '';
if (!existsSync(dataDir)) {
  console.log('bench/script: ../shared/bench-data/btrplace/ is absent; nothing to measure');
  process.exit(0);
}

interface Row {
  file: string;
  vms: number;
  nodes: number;
  constraints: number;
  scriptMb: number;
  tokens: number;
  printMs: number;
  tokenizeMs: number;
  parseMs: number;
  parseValidateMs: number;
  roundTrip: boolean;
}

const rows: Row[] = [];
for (const file of readdirSync(dataDir).filter((f) => f.includes(filter)).sort()) {
  const loaded = await readInstanceFile(dataDir + file);
  if (!loaded.instance) continue;
  const instance = loaded.instance;
  let text = '';
  const printMs = time(() => (text = printScenario(instance)));
  const tokenizeMs = time(() => tokenize(text));
  const parseMs = time(() => parseScenario(text, { validate: false }));
  const validateMs = time(() => parseScenario(text));
  const tokens = tokenize(text).tokens.length;
  const ok = parseScenario(text, { validate: false }).instance !== undefined;
  rows.push({ file, vms: instance.model.vms.size, nodes: instance.model.nodes.size, constraints: instance.constraints.length,
    scriptMb: +(text.length / 1e6).toFixed(2), tokens, printMs: Math.round(printMs), tokenizeMs: Math.round(tokenizeMs),
    parseMs: Math.round(parseMs), parseValidateMs: Math.round(validateMs), roundTrip: ok });
}

if (json) console.log(JSON.stringify(rows, null, 2));
else {
  const cols = ['file', 'vms', 'nodes', 'constraints', 'scriptMb', 'tokens', 'printMs', 'tokenizeMs', 'parseMs', 'parseValidateMs', 'roundTrip'] as const;
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  console.log(cols.map((c, k) => c.padEnd(width[k]!)).join('  '));
  for (const r of rows) console.log(cols.map((c, k) => String(r[c]).padEnd(width[k]!)).join('  '));
}
