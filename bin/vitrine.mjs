#!/usr/bin/env node
// The CLI runs its TypeScript sources directly. Node >= 22.18 strips types by default; 22.12 to 22.17 need
// the flag, so re-run ourselves with it there.
import { spawnSync } from 'node:child_process';

if (!process.features.typescript) {
  const child = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
