/**
 * The TDSC-like runs recorded at build (demos/tdsc-recordings.json) and, when `vitrine build` re-ran them, the
 * times it measured (process.env.VITRINE_REPRODUCED, see src/cli/verify-recordings.ts).
 */
import { parseTdscRecordings, tdscRunName, type TdscRecordings } from '../../lib/reproducibility/index.ts';

const files = import.meta.glob<string>('../../../demos/tdsc-recordings.json', { query: '?raw', import: 'default', eager: true });

function load(): TdscRecordings {
  const text = Object.values(files)[0];
  if (text === undefined) throw new Error('demos/tdsc-recordings.json is missing: write it with `npx vitrine record --tdsc`');
  const parsed = parseTdscRecordings(text);
  if (!parsed.ok) throw new Error(`demos/tdsc-recordings.json: ${parsed.message}`);
  return parsed.recordings;
}

export const tdscRecordings = load();

/** Build times per run name (`li500r3s1`), when this build re-ran them. */
export function tdscBuildTimes(): Record<string, { generateMs: number; solveMs: number }> | undefined {
  const raw = typeof process === 'undefined' ? undefined : process.env.VITRINE_REPRODUCED;
  if (!raw) return undefined;
  try {
    return (JSON.parse(raw) as { tdsc?: Record<string, { generateMs: number; solveMs: number }> }).tdsc;
  } catch {
    return undefined;
  }
}

export { tdscRunName };

/** BtrPlace itself on the real instances (bench-data/README.md and issue 7): seconds. */
export const BTRPLACE_TIMES: { instance: string; machine: number; record?: number }[] = [
  { instance: 'li3', machine: 1.4 },
  { instance: 'nr3', machine: 4.5 },
  { instance: 'li6', machine: 14.2, record: 23.6 },
  { instance: 'nr6', machine: 11.5, record: 14.9 },
];
