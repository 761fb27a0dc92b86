/**
 * The publication pages of the built site (BASE_PATH=/vitrine/): a paper's Google Scholar tags, JSON-LD,
 * citations and copyable clean BibTeX; the list's filters with JavaScript (in place) and without (static
 * pages); names highlighted on profiles; feed and sitemap; accessibility.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CUSTOM_FIELDS } from '../../src/lib/bibtex/entry.ts';
import { base } from './dist.ts';

const btrplace = 'publications/hermenier2013btrplace/';

async function metaTags(page: Page, prefix: string): Promise<[string, string][]> {
  return page.locator(`meta[name^="${prefix}"]`).evaluateAll((nodes) =>
    nodes.map((n) => [n.getAttribute('name') ?? '', n.getAttribute('content') ?? ''] as [string, string]),
  );
}

function values(tags: [string, string][], name: string): string[] {
  return tags.filter(([n]) => n === name).map(([, v]) => v);
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as Record<string, unknown>);
}

test.describe('a paper page', () => {
  test('carries the Google Scholar tags of the paper, exactly', async ({ page }) => {
    await page.goto(btrplace);
    const tags = await metaTags(page, 'citation_');
    expect(values(tags, 'citation_title')).toEqual(['BtrPlace: A Flexible Consolidation Manager for Highly Available Applications']);
    expect(values(tags, 'citation_author')).toEqual(['Hermenier, Fabien', 'Lawall, Julia', 'Muller, Gilles']);
    expect(values(tags, 'citation_publication_date')).toEqual(['2013']);
    expect(values(tags, 'citation_journal_title')).toEqual(['IEEE Transactions on Dependable and Secure Computing']);
    expect(values(tags, 'citation_conference_title')).toEqual([]);
    expect(values(tags, 'citation_volume')).toEqual(['10']);
    expect(values(tags, 'citation_issue')).toEqual(['5']);
    expect(values(tags, 'citation_firstpage')).toEqual(['273']);
    expect(values(tags, 'citation_lastpage')).toEqual(['286']);
    expect(values(tags, 'citation_doi')).toEqual(['10.1109/TDSC.2013.5']);
    expect(values(tags, 'citation_issn')).toEqual(['1545-5971']);
    // The authors come right after the title, in order, as Scholar reads them.
    expect(tags.slice(0, 4).map(([n]) => n)).toEqual(['citation_title', 'citation_author', 'citation_author', 'citation_author']);
  });

  test('a conference paper names its conference, a thesis its institution', async ({ page }) => {
    await page.goto('publications/hermenier2009entropy/');
    let tags = await metaTags(page, 'citation_');
    expect(values(tags, 'citation_conference_title')[0]).toContain('Virtual Execution Environments');
    expect(values(tags, 'citation_journal_title')).toEqual([]);
    expect(values(tags, 'citation_firstpage')).toEqual(['41']);
    await page.goto('publications/hermenier2009phd/');
    tags = await metaTags(page, 'citation_');
    expect(values(tags, 'citation_dissertation_institution')).toEqual(['Université de Nantes']);
    expect(values(tags, 'citation_title')[0]).toContain('tâches');
  });

  test('has schema.org ScholarlyArticle JSON-LD with its name and authors in order', async ({ page }) => {
    await page.goto(btrplace);
    const article = (await jsonLd(page)).find((d) => d['@type'] === 'ScholarlyArticle');
    expect(article).toBeDefined();
    expect(article!.name).toBe('BtrPlace: A Flexible Consolidation Manager for Highly Available Applications');
    const authors = article!.author as { '@type': string; name: string; url?: string }[];
    expect(authors.map((a) => a.name)).toEqual(['Fabien Hermenier', 'Julia Lawall', 'Gilles Muller']);
    expect(authors[0]!.url).toMatch(new RegExp(`^https?://[^/]+${base}people/fabien-hermenier/$`));
    expect(article!.datePublished).toBe('2013-09');
    expect(article!.url).toMatch(new RegExp(`${base}${btrplace}$`));
  });

  test('has OpenGraph tags for an article', async ({ page }) => {
    await page.goto(btrplace);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'BtrPlace: A Flexible Consolidation Manager for Highly Available Applications');
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`${base}${btrplace}$`));
  });

  test('shows title, authors linked to their profiles, and the links of the paper', async ({ page }) => {
    await page.goto(btrplace);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BtrPlace: A Flexible Consolidation Manager for Highly Available Applications');
    const header = page.locator('.paper .page-header');
    await expect(header.getByRole('link', { name: 'Fabien Hermenier' })).toHaveAttribute('href', `${base}people/fabien-hermenier/`);
    await expect(header.getByText('Julia Lawall')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Links' }).getByRole('link', { name: 'DOI' })).toHaveAttribute('href', 'https://doi.org/10.1109/TDSC.2013.5');
  });

  test('gives APA and IEEE citations of the paper', async ({ page }) => {
    await page.goto(btrplace);
    const apa = (await page.locator('.citation[data-style="apa"]').textContent()) ?? '';
    expect(apa).toContain('Hermenier, F., Lawall, J., & Muller, G. (2013).');
    expect(apa).toContain('IEEE Transactions on Dependable and Secure Computing, 10(5), 273–286.');
    expect(apa).toContain('https://doi.org/10.1109/TDSC.2013.5');
    const ieee = (await page.locator('.citation[data-style="ieee"]').textContent()) ?? '';
    expect(ieee).toContain('F. Hermenier, J. Lawall, and G. Muller, “BtrPlace: A Flexible Consolidation Manager for Highly Available Applications,”');
    expect(ieee).toContain('vol. 10, no. 5, pp. 273–286, Sep. 2013, doi: 10.1109/TDSC.2013.5.');
    // The journal is in italics in both styles.
    await expect(page.locator('.citation[data-style="apa"] i').first()).toHaveText('IEEE Transactions on Dependable and Secure Computing');
  });

  test('the copy button puts the clean BibTeX in the clipboard, without any custom field', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    // A paper whose .bib entry has custom fields (abstract, hal, selected, ...) that must not be exported.
    await page.goto('publications/carver2017acdc/');
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'BibTeX copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^@inproceedings\{carver2017acdc,\n/);
    expect(copied).toMatch(/^\s*title\s*= \{\{ACDC\}: Advanced Consolidation for Dynamic Containers\}/m);
    expect(copied.trimEnd().endsWith('}')).toBe(true);
    const fieldNames = [...copied.matchAll(/^\s+([a-z_]+)\s*=/gm)].map((m) => m[1]!);
    expect(fieldNames.length).toBeGreaterThan(3);
    expect(fieldNames.filter((name) => CUSTOM_FIELDS.has(name))).toEqual([]);
    expect(copied).toBe(await page.locator('pre.bibtex').textContent());
    await context.close();
  });

  test('the French page has the French interface and points its canonical link at the English page', async ({ page }) => {
    await page.goto(`fr/${btrplace}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { name: 'Citer cet article' })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${base}${btrplace}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', new RegExp(`${base}fr/${btrplace}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`${base}${btrplace}$`));
    expect(values(await metaTags(page, 'citation_'), 'citation_title')).toHaveLength(1);
  });
});

test.describe('pages that are not a paper', () => {
  for (const path of ['', 'publications/', 'publications/type/journal/', 'people/fabien-hermenier/', 'fr/publications/']) {
    test(`/${path} has no citation_* tag`, async ({ page }) => {
      await page.goto(path);
      expect(await metaTags(page, 'citation_')).toEqual([]);
    });
  }
});

/** `data-*` of the publications visible in the list. */
async function visibleItems(page: Page): Promise<{ kind: string; people: string[]; year: string }[]> {
  return page.locator('.publication-list .publication:visible').evaluateAll((nodes) =>
    nodes.map((n) => {
      const d = (n as HTMLElement).dataset;
      return { kind: d.kind ?? '', people: (d.people ?? '').split(' ').filter(Boolean), year: d.year ?? '' };
    }),
  );
}

test.describe('the publication list', () => {
  test('is grouped by year, newest first, with a link to each paper', async ({ page }) => {
    await page.goto('publications/');
    const years = (await page.locator('.publication-year h2').allTextContents()).map(Number);
    expect(years.length).toBeGreaterThan(3);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
    await page.getByRole('link', { name: 'BtrPlace: A Flexible Consolidation Manager for Highly Available Applications' }).click();
    await expect(page).toHaveURL(new RegExp(`${base}${btrplace}$`));
  });

  test('with JavaScript, the filters work in place and combine', async ({ page }) => {
    await page.goto('publications/');
    const filters = page.getByRole('navigation', { name: 'Filter the publications' });
    const all = await visibleItems(page);
    const journals = all.filter((i) => i.kind === 'journal');
    expect(journals.length).toBeGreaterThan(0);
    expect(journals.length).toBeLessThan(all.length);

    await filters.getByRole('link', { name: /^Journal articles/ }).click();
    await expect(page).toHaveURL(new RegExp(`${base}publications/\\?kind=journal$`));
    await expect.poll(async () => (await visibleItems(page)).length).toBe(journals.length);
    expect((await visibleItems(page)).every((i) => i.kind === 'journal')).toBe(true);
    await expect(page.getByRole('status')).toHaveText(`${journals.length} of ${all.length} publications shown`);

    // Type AND person.
    await filters.getByRole('link', { name: /^Fabien Hermenier/ }).click();
    const both = all.filter((i) => i.kind === 'journal' && i.people.includes('fabien-hermenier'));
    await expect.poll(async () => (await visibleItems(page)).length).toBe(both.length);
    await expect(page).toHaveURL(/kind=journal&person=fabien-hermenier$/);
    // The person stands out in each author list.
    await expect(page.locator('.publication:visible .author-selected')).toHaveText(both.map(() => 'Fabien Hermenier'));
    // Year groups left empty are hidden.
    const shownYears = await page.locator('.publication-year:visible h2').allTextContents();
    expect(shownYears.sort()).toEqual([...new Set(both.map((i) => i.year))].sort());

    // "All" clears the type; the person filter stays.
    await filters.getByRole('list', { name: 'Type' }).getByRole('link', { name: 'All' }).click();
    const hermenier = all.filter((i) => i.people.includes('fabien-hermenier'));
    await expect.poll(async () => (await visibleItems(page)).length).toBe(hermenier.length);

    // The choice survives a reload.
    await page.reload();
    await expect.poll(async () => (await visibleItems(page)).length).toBe(hermenier.length);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the filter links lead to static pages listing only what they select', async ({ page }) => {
      await page.goto('publications/');
      const total = (await visibleItems(page)).length;
      const filters = page.getByRole('navigation', { name: 'Filter the publications' });

      await filters.getByRole('link', { name: /^Journal articles/ }).click();
      await expect(page).toHaveURL(new RegExp(`${base}publications/type/journal/$`));
      const journals = await visibleItems(page);
      expect(journals.length).toBeGreaterThan(0);
      expect(journals.length).toBeLessThan(total);
      expect(journals.every((i) => i.kind === 'journal')).toBe(true);
      await expect(filters.getByRole('link', { name: /^Journal articles/ })).toHaveAttribute('aria-current', 'page');

      await filters.getByRole('link', { name: /^Jérôme Gallard/ }).click();
      await expect(page).toHaveURL(new RegExp(`${base}publications/person/jerome-gallard/$`));
      const gallard = await visibleItems(page);
      expect(gallard.length).toBeGreaterThan(0);
      expect(gallard.every((i) => i.people.includes('jerome-gallard'))).toBe(true);
      await expect(page.locator('.author-self').first()).toHaveText('Jérôme Gallard');

      await filters.getByRole('link', { name: /^2013/ }).click();
      await expect(page).toHaveURL(new RegExp(`${base}publications/year/2013/$`));
      expect((await visibleItems(page)).every((i) => i.year === '2013')).toBe(true);

      await page.getByRole('link', { name: 'Show all publications' }).click();
      await expect(page).toHaveURL(new RegExp(`${base}publications/$`));
      expect((await visibleItems(page)).length).toBe(total);
    });

    test('the BibTeX is shown, and the copy button (which needs JavaScript) is not', async ({ page }) => {
      await page.goto(btrplace);
      await expect(page.locator('pre.bibtex')).toContainText('@article{hermenier2013btrplace,');
      await expect(page.getByRole('button', { name: 'Copy BibTeX' })).toBeHidden();
    });
  });
});

test.describe('publications on other pages', () => {
  test("a person's page lists their papers with their own name highlighted, and only theirs", async ({ page }) => {
    await page.goto('people/jerome-gallard/');
    const section = page.locator('section[aria-labelledby="person-publications"]');
    await expect(section.getByRole('heading', { name: 'Publications' })).toBeVisible();
    const complementarity = section.locator('.publication', { hasText: 'Complementarity between Virtualization' });
    await expect(complementarity.locator('.author-self')).toHaveText(['Jérôme Gallard']);
    // Pascal Gallard, a co-author with the same last name, is someone else.
    await expect(complementarity.getByText('Pascal Gallard')).toBeVisible();
    expect(await section.locator('.publication').count()).toBeGreaterThan(2);
    expect(await section.locator('.publication').evaluateAll((nodes) => nodes.every((n) => (n as HTMLElement).dataset.people?.split(' ').includes('jerome-gallard')))).toBe(true);
  });

  test('the home page shows the selected papers, linking to their pages', async ({ page }) => {
    await page.goto('');
    const section = page.locator('section[aria-labelledby="home-publications"]');
    await expect(section.getByRole('heading', { name: 'Selected publications' })).toBeVisible();
    const links = await section.locator('.publication-title').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(new RegExp(`^${base}publications/[^/]+/$`));
  });

  test('the main menu leads to the publications', async ({ page }) => {
    await page.goto('');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Publications' }).click();
    await expect(page).toHaveURL(new RegExp(`${base}publications/$`));
  });

  test('the RSS feed and the sitemap list the papers', async ({ request }) => {
    const xml = await (await request.get('rss.xml')).text();
    expect(xml).toMatch(new RegExp(`<link>https?://[^/<]+${base}${btrplace}</link>`));
    const index = await (await request.get('sitemap-index.xml')).text();
    let pages = '';
    for (const m of index.matchAll(/<loc>([^<]+)<\/loc>/g)) pages += await (await request.get(new URL(m[1]!).pathname)).text();
    expect(pages).toContain(`${base}${btrplace}</loc>`);
    expect(pages).toContain(`${base}fr/${btrplace}</loc>`);
    expect(pages).toContain(`${base}publications/type/journal/</loc>`);
  });
});

test.describe('accessibility of the publication pages', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const path of ['publications/', btrplace, `fr/${btrplace}`, 'publications/person/jerome-gallard/']) {
      test(`/${path} (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const blocking = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(blocking).toEqual([]);
      });
    }
  }
});
