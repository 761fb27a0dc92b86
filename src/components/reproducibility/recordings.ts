/**
 * The recordings of demos/ (`<name>/recording.json`, written by `vitrine record`, verified by `vitrine build`),
 * read at build time by Vite's import.meta.glob, beside the scenario texts they were made from.
 *
 * Whether this build verified them: `vitrine build` re-solves every scenario before Astro runs and leaves what
 * it found in `process.env.VITRINE_REPRODUCED` (see src/cli/verify-recordings.ts). A build that skipped the
 * check (`astro build` alone, `astro dev`) shows the recordings as recorded, never as reproduced.
 */
import { parseRecording, type Recording } from '../../lib/reproducibility/index.ts';
import { demoScenario } from '../../lib/placement/demo-scenarios.ts';

const files = import.meta.glob<string>('../../../demos/*/recording.json', { query: '?raw', import: 'default', eager: true });

export interface RecordedScenario {
  name: string;
  title: string;
  text: string;
  recording: Recording;
}

export interface BuildVerification {
  /** ISO time of the check. */
  at: string;
  /** Milliseconds of each scenario's re-solve at build. */
  ms: Record<string, number>;
}

function folder(path: string): string {
  return path.split('/').at(-2)!;
}

export const recordedScenarios: RecordedScenario[] = Object.entries(files)
  .map(([path, text]) => {
    const name = folder(path);
    const parsed = parseRecording(text);
    if (!parsed.ok) throw new Error(`demos/${name}/recording.json: ${parsed.message}`);
    const scenario = demoScenario(name);
    return { name, title: scenario.title, text: scenario.text, recording: parsed.recording };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/** The recording of demos/<name>/, or an error naming those that exist (a typo in an MDX file). */
export function recordedScenario(name: string): RecordedScenario {
  const found = recordedScenarios.find((r) => r.name === name);
  if (!found) throw new Error(`<ReproducibleResult scenario="${name}">: there is no demos/${name}/recording.json (record it with \`npx vitrine record ${name}\`); recorded: ${recordedScenarios.map((r) => r.name).join(', ')}`);
  return found;
}

/** What `vitrine build` verified, or undefined when this build did not re-solve the recordings. */
export function buildVerification(): BuildVerification | undefined {
  const raw = typeof process === 'undefined' ? undefined : process.env.VITRINE_REPRODUCED;
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as BuildVerification;
  } catch {
    return undefined;
  }
}
