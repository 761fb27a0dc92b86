/** Shared helpers of the script-language tests: fixture loading and instance comparison. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Instance } from '../../../../src/solver/model/instance.ts';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/script/', import.meta.url));

export function fixtures(dir: 'good' | 'bad'): { name: string; text: string }[] {
  return readdirSync(FIXTURES + dir)
    .filter((f) => f.endsWith('.btrp'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${FIXTURES}${dir}/${name}`, 'utf8') }));
}

export function fixture(dir: 'good' | 'bad', name: string): string {
  return readFileSync(`${FIXTURES}${dir}/${name}`, 'utf8');
}

/**
 * Expected diagnostics written in a fixture as trailing comments: `// expect BTRP020@5 BTRP011@16` means codes
 * BTRP020 at column 5 and BTRP011 at column 16 of that line.
 */
export function expectations(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, k) => {
    const m = /\/\/ expect ((?:[A-Z]+\d+@\d+\s*)+)$/.exec(line);
    if (!m) return;
    for (const e of m[1]!.trim().split(/\s+/)) {
      const [code, col] = e.split('@');
      out.push(`${code}@${k + 1}:${col}`);
    }
  });
  return out.sort();
}

/** The instance without the script ranges of its constraints, for comparisons across formats. */
export function withoutSources(instance: Instance): Instance {
  return { ...instance, constraints: instance.constraints.map(({ source: _source, ...c }) => c as typeof c) } as Instance;
}
