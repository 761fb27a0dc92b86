/**
 * The build's reproducibility gate: every scenario of demos/ is solved again and compared with its recording.
 * Prints one line per scenario (time of the re-solve), and for a drift the field, expected and actual values
 * and the first differing action line. Returns whether the build may go on.
 */
import type { Io } from './io.ts';
import { formatDifferences } from '../lib/reproducibility/index.ts';
import { scenarioNames, verifyScenario } from './recordings.ts';
import { tdscRunName, TDSC_RECORDINGS_FILE } from '../lib/reproducibility/index.ts';
import { verifyTdsc } from './tdsc-recordings.ts';

export async function verifyAll(root: string, io: Io): Promise<boolean> {
  const names = await scenarioNames(root);
  const tdsc = await verifyTdsc(root);
  if (names.length === 0 && tdsc.verdict === 'absent') return true;
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
  // Generated TDSC-like instances: same instance bytes (input hash), same plan (figures and plan hash).
  const tdscTimes: Record<string, { generateMs: number; solveMs: number }> = {};
  if (tdsc.verdict === 'error') problems.push(`✗ ${tdsc.message}`);
  if (tdsc.verdict === 'checked') {
    for (const { run, differences } of tdsc.runs) {
      const name = tdscRunName(run.params);
      tdscTimes[name] = { generateMs: Math.round(run.generateMs), solveMs: Math.round(run.solveMs) };
      if (differences.length === 0) lines.push(`  ✓ ${`tdsc ${name}`.padEnd(22)} ${run.outcome.status.padEnd(12)} ${run.solveMs.toFixed(1).padStart(8)} ms`);
      else problems.push(`✗ tdsc ${name}: the result differs from ${TDSC_RECORDINGS_FILE}`, ...differences.flatMap((d) => [`  ${d.field}:`, `    expected ${d.expected}`, `    actual   ${d.actual}`]), '  if the change is intended: npx vitrine record --tdsc');
    }
  }
  const total = names.length + (tdsc.verdict === 'checked' ? tdsc.runs.length : 0);
  if (problems.length) {
    io.err(['', ...problems, '', `Build stopped: ${problems.filter((p) => p.startsWith('✗')).length} of ${total} recorded results do not reproduce.`].join('\n'));
    return false;
  }
  io.out([`reproducibility: ${total} recorded results reproduced`, ...lines].join('\n'));
  // The site's badges say "Reproduced at build" only when this ran (src/components/reproducibility/recordings.ts).
  process.env.VITRINE_REPRODUCED = JSON.stringify({ at: new Date().toISOString(), ms, tdsc: tdscTimes });
  return true;
}
