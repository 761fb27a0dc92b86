/**
 * Reproducibility on the built site: every recorded result shows its badge and a re-run button, and re-running
 * each one in Chromium (the solver worker, the wasm engine) gives a result identical to the recording.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEMOS = fileURLToPath(new URL('../../demos/', import.meta.url));
const recorded = readdirSync(DEMOS).filter((name) => existsSync(`${DEMOS}${name}/recording.json`)).sort();

test.describe('recorded results', () => {
  test('the reproducibility page lists every recording with its badge and button', async ({ page }) => {
    await page.goto('reproducibility/');
    await expect(page.getByRole('heading', { level: 1, name: 'Reproducibility' })).toBeVisible();
    const results = page.locator('reproducible-result');
    await expect(results).toHaveCount(recorded.length);
    for (const name of recorded) {
      const result = page.locator(`reproducible-result[data-scenario="${name}"]`);
      await expect(result.locator('[data-badge]')).toContainText('Reproduced at build');
      await expect(result.locator('[data-badge]')).toContainText(/solver \d+\.\d+\.\d+, engine layout \d+/);
      await expect(result.locator('[data-input-hash]')).toHaveText(/^[0-9a-f]{12}$/);
      await expect(result.getByRole('button', { name: 'Re-run in your browser' })).toBeEnabled();
    }
  });

  test('the menu leads to the page, in French too', async ({ page }) => {
    await page.goto('fr/');
    await page.getByRole('navigation').getByRole('link', { name: 'Reproductibilité' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reproductibilité' })).toBeVisible();
    await expect(page.locator('reproducible-result [data-badge]').first()).toContainText('Reproduit à la construction');
  });

  for (const name of recorded) {
    test(`re-running "${name}" in the browser gives the recorded result byte for byte`, async ({ page }) => {
      await page.goto('reproducibility/');
      const result = page.locator(`reproducible-result[data-scenario="${name}"]`);
      await result.getByRole('button', { name: 'Re-run in your browser' }).click();
      const verdict = result.locator('[data-verdict]');
      await expect(verdict).toHaveAttribute('data-result', /^(same|differs|error)$/, { timeout: 30_000 });
      await expect(verdict).toHaveAttribute('data-result', 'same');
      await expect(verdict).toContainText(/✓ Identical to the recording, byte for byte \(solved in [\d.]+ ms/);
    });
  }

  test('"re-run all" re-runs every result, each with ✓', async ({ page }) => {
    await page.goto('reproducibility/');
    await page.getByRole('button', { name: 'Re-run every result in your browser' }).click();
    for (const name of recorded) {
      await expect(page.locator(`reproducible-result[data-scenario="${name}"] [data-verdict]`)).toHaveAttribute('data-result', 'same', { timeout: 30_000 });
    }
  });
});
