/**
 * Reading the built site from disk for the end-to-end tests: where dist/ is, its HTML files, the slugs of each
 * section, and how a served URL maps to a file. The build must have used the same base as the tests
 * (`npm run test:e2e` builds with BASE_PATH=/vitrine/, as playwright.config.ts serves it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../../src/lib/deploy-target.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = path.join(repoRoot, 'dist');
export const base = normaliseBase(process.env.BASE_PATH ?? '/vitrine/');

/** Every file under `dir`, recursively, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export function htmlFiles(): string[] {
  return filesUnder(distDir).filter((f) => f.endsWith('.html'));
}

/** The URL path a dist file is served at: dist/fr/people/x/index.html → /vitrine/fr/people/x/. */
export function servedPath(file: string): string {
  const relative = path.relative(distDir, file).split(path.sep).join('/');
  return base + relative.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The dist file a served pathname resolves to, as a static host (GitHub Pages, astro preview) would: a path
 * ending in `/` serves its index.html. Undefined when the path is outside the base or no file exists.
 */
export function fileForPath(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const candidate = path.join(distDir, relative);
  if (!candidate.startsWith(distDir)) return undefined;
  if (relative === '' || relative.endsWith('/')) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/** Slugs of the detail pages of a section (`people`, `projects`, `talks`) in the English site. */
export function slugsOf(section: string): string[] {
  const dir = path.join(distDir, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Every `href`, `src` and `srcset` URL of an HTML document (quoted attribute values). */
export function linkedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(href|src|srcset)\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
    const name = match[1]!.toLowerCase();
    const value = (match[3] ?? match[4] ?? '').replace(/&amp;/g, '&');
    if (name === 'srcset') urls.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]!).filter(Boolean));
    else urls.push(value);
  }
  return urls;
}
