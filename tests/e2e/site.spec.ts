/**
 * The built site, served under the production base path (playwright.config.ts): every page type renders with its
 * metadata, navigation by clicking, the language switch, the French-only talk, search and the theme toggle.
 */
import { test, expect, type Page } from '@playwright/test';
import { base, slugsOf } from './dist.ts';

/** The five researchers of the seeds: the site must have a profile for each. */
const researchers = ['Damien Carver', 'Fabien Hermenier', 'Jérôme Gallard', 'Lucas Chaloyard', 'Stratos Psomadakis'];

/** One page of each type, English and French, relative to the base. */
function pageTypes(): { name: string; path: string }[] {
  const first = (section: string) => {
    const slugs = slugsOf(section);
    expect(slugs.length, `dist/${section}/ has no detail page`).toBeGreaterThan(0);
    return slugs[0]!;
  };
  const english = [
    { name: 'home', path: '' },
    { name: 'people list', path: 'people/' },
    { name: 'person', path: `people/${first('people')}/` },
    { name: 'projects list', path: 'projects/' },
    { name: 'project', path: `projects/${first('projects')}/` },
    { name: 'talks list', path: 'talks/' },
    { name: 'talk', path: `talks/${first('talks')}/` },
    { name: 'search', path: 'search/' },
  ];
  return [...english, ...english.map((p) => ({ name: `${p.name} (fr)`, path: `fr/${p.path}` }))];
}

async function expectHeadMetadata(page: Page, lang: 'en' | 'fr') {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+${base}`));
  expect(new URL(canonical!).pathname).toBe(new URL(page.url()).pathname);
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /\S/);
  for (const property of ['og:title', 'og:description', 'og:url', 'og:type'])
    await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /\S/);
  for (const hreflang of ['en', 'fr', 'x-default'])
    await expect(page.locator(`link[rel=alternate][hreflang="${hreflang}"]`)).toHaveAttribute('href', new RegExp(base));
}

test.describe('every page type renders', () => {
  for (const { name, path } of pageTypes()) {
    test(`${name}: /${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).not.toBeEmpty();
      await expect(page.locator('main#main')).toBeVisible();
      await expect(page.locator('header nav')).toBeVisible();
      await expect(page.locator('footer')).toBeVisible();
      await expectHeadMetadata(page, path.startsWith('fr/') ? 'fr' : 'en');
      // Stylesheets carry the base, or the page would render unstyled on GitHub Pages.
      for (const href of await page.locator('link[rel=stylesheet]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href'))))
        expect(href).toMatch(new RegExp(`^${base}`));
    });
  }

  test('the people list has a profile for each of the five researchers', async ({ page }) => {
    await page.goto('people/');
    for (const name of researchers) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  });

  test('a person page carries schema.org Person JSON-LD with sameAs links', async ({ page }) => {
    await page.goto('people/');
    await page.getByRole('link', { name: 'Fabien Hermenier', exact: true }).click();
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(data['@type']).toBe('Person');
    expect(data.name).toBe('Fabien Hermenier');
    expect(data.url).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
    expect(Array.isArray(data.sameAs) && data.sameAs.length).toBeGreaterThan(0);
    for (const link of data.sameAs) expect(link).toMatch(/^https?:\/\//);
  });

  test('an unknown address gets the 404 page, with links under the base', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', base);
    await expect(page.getByRole('link', { name: "Aller à la page d'accueil" })).toHaveAttribute('href', `${base}fr/`);
  });
});

test.describe('feeds and crawler files', () => {
  test('the RSS feed lists projects and talks with absolute links under the base', async ({ request }) => {
    const response = await request.get('rss.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();
    expect(xml).toContain('<rss');
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links.some((l) => l.includes(`${base}projects/`))).toBe(true);
    expect(links.some((l) => l.includes(`${base}talks/`))).toBe(true);
    for (const link of links) expect(link).toMatch(new RegExp(`^https?://[^/]+${base}`));
  });

  test('the sitemap lists every person page in both languages, with the base', async ({ request }) => {
    const index = await (await request.get('sitemap-index.xml')).text();
    const sitemapUrls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemapUrls.length).toBeGreaterThan(0);
    let pages = '';
    for (const url of sitemapUrls) {
      expect(new URL(url).pathname.startsWith(base)).toBe(true);
      pages += await (await request.get(new URL(url).pathname)).text();
    }
    for (const slug of slugsOf('people')) {
      expect(pages).toContain(`${base}people/${slug}/</loc>`);
      expect(pages).toContain(`${base}fr/people/${slug}/</loc>`);
    }
    expect(pages).not.toContain('/search/</loc>');
  });

  test('robots.txt allows crawling and points at the sitemap with site and base', async ({ request }) => {
    const text = await (await request.get('robots.txt')).text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(new RegExp(`^Sitemap: https?://[^/]+${base}sitemap-index\\.xml$`, 'm'));
  });
});

test.describe('navigation', () => {
  test('people → person → project by clicking', async ({ page }) => {
    await page.goto('');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await expect(page).toHaveURL(new RegExp(`${base}people/$`));
    await page.getByRole('link', { name: 'Fabien Hermenier', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('Fabien Hermenier');
    const personUrl = page.url();
    const projects = page.locator('section[aria-labelledby="person-projects"]');
    const firstProject = projects.locator('h3 a').first();
    const projectTitle = (await firstProject.textContent())!.trim();
    await firstProject.click();
    await expect(page).toHaveURL(new RegExp(`${base}projects/[^/]+/$`));
    await expect(page.locator('h1')).toContainText(projectTitle);
    // ... and back to the person through the project's people.
    await page.locator('.project-people').getByRole('link', { name: 'Fabien Hermenier' }).click();
    await expect(page).toHaveURL(personUrl);
  });

  test('the language switch leads to the same page in the other language and back', async ({ page }) => {
    await page.goto('people/');
    await page.getByRole('link', { name: 'Fabien Hermenier', exact: true }).click();
    const englishUrl = page.url();
    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL(englishUrl.replace(base, `${base}fr/`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Membres' })).toBeVisible();
    await expect(page.locator('h1')).toHaveText('Fabien Hermenier');
    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL(englishUrl);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('people/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });
});

test.describe('the talk given in French', () => {
  test('the English talk list shows it with an "In French" badge', async ({ page }) => {
    await page.goto('talks/');
    const item = page.locator('.talk-item', { hasText: "Migration à chaud d'un académique" });
    await expect(item.locator('.badge')).toHaveText('In French');
    await expect(item.locator('h2 a')).toHaveAttribute('lang', 'fr');
  });

  test('its page in the English site says so and marks the content as French', async ({ page }) => {
    await page.goto('talks/');
    await page.getByRole('link', { name: "Migration à chaud d'un académique" }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1 .badge')).toHaveText('In French');
    await expect(page.getByText('This content is only available in French.')).toBeVisible();
    await expect(page.locator('.talk-body')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('.talk-body')).not.toBeEmpty();
  });

  test('in the French site it has no badge', async ({ page }) => {
    await page.goto('fr/talks/');
    const item = page.locator('.talk-item', { hasText: "Migration à chaud d'un académique" });
    await expect(item).toBeVisible();
    await expect(item.locator('.badge')).toHaveCount(0);
  });
});

test.describe('search', () => {
  test('Pagefind finds a person by name, with result links under the base', async ({ page }) => {
    await page.goto('search/');
    const box = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
    await box.fill('Hermenier');
    const result = page.locator('.pagefind-ui__result-link', { hasText: 'Fabien Hermenier' }).first();
    await expect(result).toBeVisible({ timeout: 15_000 });
    await expect(result).toHaveAttribute('href', new RegExp(`^${base}people/`));
    await result.click();
    await expect(page.locator('h1')).toHaveText('Fabien Hermenier');
  });

  test('the header search form opens the search page with the query run', async ({ page }) => {
    await page.goto('projects/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('Carver');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${base}search/\\?q=Carver$`));
    await expect(page.locator('.pagefind-ui__result-link', { hasText: 'Damien Carver' }).first()).toBeVisible({ timeout: 15_000 });
  });

  test('navigation and footer are not indexed, only the main content', async ({ page }) => {
    await page.goto('search/');
    await page.getByRole('searchbox').or(page.getByRole('textbox')).first().fill('Built with vitrine');
    await expect(page.locator('.pagefind-ui__message')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.pagefind-ui__result-link', { hasText: 'Built with' })).toHaveCount(0);
  });
});

test.describe('theme', () => {
  test('the toggle cycles system → light → dark and the choice survives a reload without a flash', async ({ page }) => {
    await page.goto('');
    const toggle = page.locator('theme-toggle button');
    await expect(toggle).toHaveAttribute('aria-label', 'Theme: follows the system');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-label', 'Theme: dark');
    // The inline head script applies the saved theme before the first paint: it is already set when the
    // document has been parsed, before any module script ran.
    await page.goto('people/', { waitUntil: 'commit' });
    await page.waitForFunction(() => document.body !== null);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 20, 24)');
    await page.locator('theme-toggle button').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });

  test('without a saved choice the page follows the system dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 24)');
  });
});
