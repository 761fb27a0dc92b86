/**
 * Throw-away copies of the project for benchmarks that build the site, and a walk of what a build wrote.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

/** Build outputs, caches and VCS data: never copied. */
const NOT_COPIED = ['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report'];

/**
 * Copies the project at `repoRoot` into a new temporary folder (named `<prefix>XXXXXX`), without build outputs
 * and without the top-level entries of `leaveOut`, and returns its path. The caller removes it.
 *
 * node_modules is a real folder of links to each package, not one link to the whole folder: Astro caches its
 * content store in node_modules/.astro, and a shared one would be read and overwritten by both projects.
 */
export function copyProject(repoRoot: string, prefix: string, leaveOut: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of readdirSync(repoRoot)) {
    if (NOT_COPIED.includes(name) || leaveOut.includes(name)) continue;
    cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(repoRoot, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Every file under `dir`, as paths relative to it with `/` separators; none when `dir` does not exist. */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}
