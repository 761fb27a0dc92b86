/**
 * The build's reproducibility gate: every scenario of demos/ is solved again and compared with its recording.
 * Prints one line per scenario (time of the re-solve), and for a drift the field, expected and actual values
 * and the first differing action line. Returns whether the build may go on.
 */
import type { Io } from './io.ts';
import { formatDifferences } from '../lib/reproducibility/index.ts';
import { scenarioNames, verifyScenario } from './recordings.ts';

export async function verifyAll(root: string, io: Io): Promise<boolean> {
  const names = await scenarioNames(root);
  if (names.length === 0) return true;
  const problems: string[] = [];
  const lines: string[] = [];
  const ms: Record<string, number> = {};
  for (const name of names) {
    const v = await verifyScenario(root, name);
    if (v.verdict === 'same') ms[name] = Math.round(v.ms * 10) / 10;
    if (v.verdict === 'same') lines.push(`  ✓ ${name.padEnd(22)} ${v.recording.status.padEnd(12)} ${v.ms.toFixed(1).padStart(8)} ms`);
    else if (v.verdict === 'drift') problems.push(`✗ ${name}: the result differs from demos/${name}/recording.json`, ...formatDifferences(v.differences), `  if the change is intended: npx vitrine record ${name}`);
    else problems.push(`✗ ${name}: ${v.message}`);
  }
  if (problems.length) {
    io.err(['', ...problems, '', `Build stopped: ${problems.filter((p) => p.startsWith('✗')).length} of ${names.length} recorded results do not reproduce.`].join('\n'));
    return false;
  }
  io.out([`reproducibility: ${names.length} recorded results reproduced`, ...lines].join('\n'));
  // The site's badges say "Reproduced at build" only when this ran (src/components/reproducibility/recordings.ts).
  process.env.VITRINE_REPRODUCED = JSON.stringify({ at: new Date().toISOString(), ms });
  return true;
}
