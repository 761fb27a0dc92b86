/** axe-core on one page of each type, light and dark: no serious or critical violation. */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { slugsOf } from './dist.ts';

function pagesToAudit(): string[] {
  const first = (section: string) => slugsOf(section)[0];
  const english = ['', 'people/', `people/${first('people')}/`, 'projects/', `projects/${first('projects')}/`, 'talks/', `talks/${first('talks')}/`, 'search/'];
  return [...english, ...english.map((p) => `fr/${p}`), 'no-such-page/'];
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of pagesToAudit()) {
      test(`/${path}`, async ({ page }) => {
        await page.goto(path);
        if (path.endsWith('search/')) await page.waitForSelector('.pagefind-ui__search-input');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const blocking = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(blocking).toEqual([]);
      });
    }
  });
}
