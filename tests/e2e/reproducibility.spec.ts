/**
 * Reproducibility on the built site: every recorded result shows its badge and a re-run button, and re-running
 * each one in Chromium (the solver worker, the wasm engine) gives a result identical to the recording.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
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

test.describe('TDSC benchmark page', () => {
  test('shows the runs recorded at build, their chart and BtrPlace times with sources', async ({ page }) => {
    await page.goto('benchmarks/tdsc/');
    await expect(page.getByRole('heading', { level: 1, name: 'The BtrPlace TDSC workload, reproduced in your browser' })).toBeVisible();
    const recorded = page.locator('[data-recorded-table] tbody tr');
    await expect(recorded).toHaveCount(8);
    await expect(recorded.first()).toContainText('build (Node)');
    await expect(page.getByRole('img', { name: /Solve time by instance size/ })).toBeVisible();
    await expect(page.getByRole('cell', { name: '23.6 s' })).toBeVisible();
    await expect(page.getByText(/bench\/choco4-final\/scheduler\.csv/)).toBeVisible();
  });

  test('generates and solves a 500-server instance in the browser: a verified plan, identical to the build\'s', async ({ page }) => {
    await page.goto('benchmarks/tdsc/');
    await page.getByRole('combobox', { name: 'Class' }).selectOption('li');
    await page.getByRole('combobox', { name: 'Servers' }).selectOption('500');
    await page.getByRole('combobox', { name: 'VMs per server (r)' }).selectOption('3');
    await page.getByRole('spinbutton', { name: 'Seed' }).fill('1');
    await page.getByRole('button', { name: 'Generate and solve in my browser' }).click();
    const status = page.locator('tdsc-benchmark [data-status]');
    await expect(status).toHaveAttribute('data-state', /^(done|failed)$/, { timeout: 60_000 });
    await expect(status).toHaveAttribute('data-state', 'done');
    await expect(status).toContainText('verified by the independent checker');
    await expect(status).toContainText('Same instance and same plan as recorded at build.');
    await expect(page.locator('tdsc-benchmark [data-detail]')).toContainText('Generated 500 servers, 1,500 VMs');
    const row = page.locator('tdsc-benchmark [data-runs] tbody tr').first();
    await expect(row).toHaveAttribute('data-verdict', 'ok');
    await expect(row).toHaveAttribute('data-same-as-build', 'true');
    await expect(row).toContainText('your browser');
  });

  test('a seed that was not recorded still solves and checks in the browser', async ({ page }) => {
    await page.goto('benchmarks/tdsc/');
    await page.getByRole('combobox', { name: 'Class' }).selectOption('nr');
    await page.getByRole('spinbutton', { name: 'Seed' }).fill('12345');
    await page.getByRole('button', { name: 'Generate and solve in my browser' }).click();
    const status = page.locator('tdsc-benchmark [data-status]');
    await expect(status).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(page.locator('tdsc-benchmark [data-runs] tbody tr').first()).toHaveAttribute('data-verdict', 'ok');
  });
});

test.describe('data figure', () => {
  test("the HPC interconnect page draws the paper's numbers as an accessible chart with its data and source", async ({ page }) => {
    await page.goto('projects/smart-hpc-interconnect/');
    const figure = page.locator('figure.data-figure');
    await expect(figure.getByRole('img', { name: /headline numbers/ })).toBeVisible();
    await expect(figure.locator('svg')).toContainText('681 MiB/s');
    await expect(figure.locator('svg')).toContainText('28 µs');
    await expect(figure.locator('svg')).toContainText('70 µs');
    await expect(figure.locator('figcaption')).toContainText('doi:10.1007/978-3-642-29740-3_45');
    await figure.getByText('Data of the figure').click();
    await expect(figure.getByRole('cell', { name: '34' })).toBeVisible();
  });
});

test.describe('artifacts of papers', () => {
  for (const key of ['hermenier2009entropy', 'hermenier2011binrepacking', 'hermenier2013btrplace']) {
    test(`${key}: links to the live demo and the benchmark page, and claims no undocumented ACM badge`, async ({ page }) => {
      await page.goto(`publications/${key}/`);
      const section = page.getByRole('region', { name: 'Artifacts and reproducibility' });
      await expect(section).toBeVisible();
      await expect(section.locator('[data-acm-badges]')).toHaveCount(0);
      await expect(section.locator('[data-no-acm-badges]')).toHaveText('No ACM artifact badge is documented for this paper.');
      await section.getByRole('link', { name: 'The TDSC workload, reproduced in your browser' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'The BtrPlace TDSC workload, reproduced in your browser' })).toBeVisible();
      await page.goBack();
      await section.getByRole('link', { name: /live playground/ }).click();
      await expect(page).toHaveURL(/\/demos\/placement\/$/);
    });
  }

  test('the BtrPlace paper links its public code', async ({ page }) => {
    await page.goto('publications/hermenier2013btrplace/');
    await expect(page.getByRole('region', { name: 'Artifacts and reproducibility' }).getByRole('link', { name: 'Source code' })).toHaveAttribute('href', 'https://github.com/btrplace/scheduler');
  });

  test('a paper without artifacts has no artifact section', async ({ page }) => {
    await page.goto('publications/nanos2012smarthpc/');
    await expect(page.getByRole('region', { name: 'Artifacts and reproducibility' })).toHaveCount(0);
  });
});

test.describe('badges beside live results', () => {
  for (const [path, scenario] of [
    ['projects/btrplace/', 'talk'],
    ['tutorials/getting-started/', 'talk'],
    ['tutorials/constraints-tour/', 'co-location'],
  ] as const) {
    test(`${path}: the "${scenario}" demo carries its badge, and re-running it gives ✓`, async ({ page }) => {
      await page.goto(path);
      const result = page.locator(`reproducible-result[data-scenario="${scenario}"]`).first();
      await expect(result.locator('[data-badge]')).toContainText('Reproduced at build');
      await result.getByRole('button', { name: 'Re-run in your browser' }).click();
      await expect(result.locator('[data-verdict]')).toHaveAttribute('data-result', 'same', { timeout: 30_000 });
    });
  }

  test("the playground lists every preset's recorded result", async ({ page }) => {
    await page.goto('demos/placement/');
    await page.locator('details.pd-recorded > summary').click();
    const results = page.locator('details.pd-recorded reproducible-result');
    await expect(results).toHaveCount(recorded.length);
    await expect(results.first().locator('[data-badge]')).toBeVisible();
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility of the reproducibility pages, ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of ['reproducibility/', 'benchmarks/tdsc/', 'projects/smart-hpc-interconnect/', 'publications/hermenier2013btrplace/']) {
      test(`/${path}, after a re-run`, async ({ page }) => {
        await page.goto(path);
        const rerun = page.getByRole('button', { name: 'Re-run in your browser' }).first();
        if (await rerun.count()) {
          await rerun.click();
          await expect(page.locator('[data-verdict]').first()).toHaveAttribute('data-result', 'same', { timeout: 30_000 });
        }
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const blocking = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(blocking).toEqual([]);
      });
    }
  });
}
