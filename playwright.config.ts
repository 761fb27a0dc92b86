import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { normaliseBase } from './src/lib/deploy-target.ts';

/** End-to-end tests run against the production build (`npm run build` with BASE_PATH) served by `astro preview`. */
const base = normaliseBase(process.env.BASE_PATH ?? '/vitrine/');
const port = Number(process.env.E2E_PORT ?? 4329);

// Debian's chromium (browser downloads cannot work on these machines); CHROMIUM_PATH overrides it, and
// Playwright's own browser is used where neither exists.
const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      grepInvert: /@perf/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium ? { executablePath: chromium } : {} },
    },
    {
      // Timing measurements (long tasks) run after every other test, alone on the machine: with a second browser
      // busy on the other core, a 50 ms bound measures the machine, not the page.
      name: 'perf',
      grep: /@perf/,
      dependencies: ['chromium'],
      retries: process.env.CI ? 2 : 0,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium ? { executablePath: chromium } : {} },
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    env: { BASE_PATH: base },
    timeout: 60_000,
  },
});
