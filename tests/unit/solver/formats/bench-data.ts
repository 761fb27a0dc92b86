/** Locates ../shared/bench-data/btrplace/ beside the repository; absent in a user's clone, so tests skip. */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const benchDir = fileURLToPath(new URL('../../../../../shared/bench-data/btrplace/', import.meta.url));

/** The instance files, or undefined (with the reason to print) when the directory is not there. */
export function benchFiles(): string[] | undefined {
  if (!existsSync(benchDir)) return undefined;
  return readdirSync(benchDir).filter((f) => f.endsWith('.json') || f.endsWith('.json.gz')).sort();
}

export const NO_BENCH = 'no ../shared/bench-data/btrplace/ beside the repository: skipped';
