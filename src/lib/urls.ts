/**
 * The one place that builds internal URLs. Every link, asset and canonical URL of the site goes through here so
 * that the configured `base` (e.g. `/vitrine/` on GitHub project pages), the trailing-slash policy ('always',
 * as in astro.config.mjs) and the language prefix (`/fr/...`) are applied the same way everywhere.
 *
 * Paths given to these functions are "site paths": rooted at `/`, without base and without language prefix,
 * e.g. `/people/damien-carver/`. The pure functions take the base explicitly (unit-tested); `url()` and
 * friends bind them to Astro's `import.meta.env.BASE_URL`.
 */
import { defaultLang, isLang, type Lang } from '../i18n/locales.ts';

/** Site paths of every page type, so that pages and links never spell a route by hand. */
export const routes = {
  home: () => '/',
  people: () => '/people/',
  person: (slug: string) => `/people/${slug}/`,
  projects: () => '/projects/',
  project: (slug: string) => `/projects/${slug}/`,
  talks: () => '/talks/',
  talk: (slug: string) => `/talks/${slug}/`,
  publications: () => '/publications/',
  publication: (key: string) => `/publications/${key}/`,
  publicationsOfKind: (kind: string) => `/publications/type/${kind}/`,
  publicationsOfPerson: (slug: string) => `/publications/person/${slug}/`,
  publicationsOfYear: (year: number) => `/publications/year/${year}/`,
  search: () => '/search/',
  placementDemo: () => '/demos/placement/',
  tutorials: () => '/tutorials/',
  tutorial: (slug: string) => `/tutorials/${slug}/`,
  reproducibility: () => '/reproducibility/',
  benchmarkTdsc: () => '/benchmarks/tdsc/',
} as const;

/** `/vitrine` and `/vitrine/` are the same base; the result always starts and ends with `/`. */
export function normaliseBaseUrl(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Prefix a root-relative path with the base: `joinBase('/vitrine', '/people/')` is `/vitrine/people/`. */
export function joinBase(base: string, path: string): string {
  return normaliseBaseUrl(base) + path.replace(/^\/+/, '');
}

/**
 * Apply the 'always' trailing-slash policy to a page path. Files (a last segment with an extension, like
 * `rss.xml` or `cv.pdf`) are left alone; a query string or fragment stays after the slash.
 */
export function withTrailingSlash(path: string): string {
  const match = /^([^?#]*)([?#].*)?$/.exec(path);
  const pathname = match?.[1] ?? path;
  const rest = match?.[2] ?? '';
  if (pathname === '' || pathname.endsWith('/')) return pathname + rest;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (/\.[a-z0-9]+$/i.test(last)) return pathname + rest;
  return `${pathname}/${rest}`;
}

/** The path of a page in a language: `/people/` in French is `/fr/people/`; English keeps the root. */
export function localisePath(path: string, lang: Lang): string {
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return lang === defaultLang ? rooted : `/${lang}${rooted}`;
}

/**
 * The inverse of `joinBase` + `localisePath`: which language and site path a served pathname belongs to.
 * `splitPathname('/vitrine/fr/people/x/', '/vitrine/')` is `{ lang: 'fr', path: '/people/x/' }`.
 */
export function splitPathname(pathname: string, base: string): { lang: Lang; path: string } {
  const normalisedBase = normaliseBaseUrl(base);
  let rest = pathname.startsWith(normalisedBase) ? pathname.slice(normalisedBase.length - 1) : pathname;
  if (normalisedBase !== '/' && `${pathname}/` === normalisedBase) rest = '/';
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const first = rest.split('/')[1];
  if (isLang(first) && first !== defaultLang) {
    const path = rest.slice(first.length + 1);
    return { lang: first, path: path === '' ? '/' : path };
  }
  return { lang: defaultLang, path: rest };
}

/** The URL of a page for a given base and language, with the trailing-slash policy applied. */
export function pageUrlFor(base: string, path: string, lang: Lang = defaultLang): string {
  return joinBase(base, localisePath(withTrailingSlash(path), lang));
}

/** Whether an href points inside the site by a root-relative path (not `//host`, not `http:`, not `#x`). */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/**
 * Give a root-relative link written by an author (Markdown, MDX, front matter) the base and the trailing-slash
 * policy. Anything else (absolute URLs, `mailto:`, fragments, relative paths) is returned unchanged, and so is
 * a path that already carries the base, so that applying it twice changes nothing.
 */
export function rebaseAuthoredHref(href: string, base: string): string {
  if (!isRootRelative(href)) return href;
  const normalisedBase = normaliseBaseUrl(base);
  if (normalisedBase !== '/' && (href.startsWith(normalisedBase) || `${href}/` === normalisedBase)) return href;
  return joinBase(normalisedBase, withTrailingSlash(href));
}

/** The absolute form of a site URL, for canonical links, OpenGraph, feeds and JSON-LD. */
export function absoluteUrl(href: string, site: string | URL): string {
  return new URL(href, site).href;
}

/** The base Astro was configured with; `/` where `import.meta.env` does not exist (plain Node). */
export function currentBase(): string {
  const env = (import.meta as { env?: { BASE_URL?: string } }).env;
  return env?.BASE_URL ?? '/';
}

/** URL of a page of this site: `url(routes.person('x'), 'fr')` is `/vitrine/fr/people/x/` under `/vitrine/`. */
export function url(path: string, lang: Lang = defaultLang): string {
  return pageUrlFor(currentBase(), path, lang);
}

/** URL of a file of this site (feed, image, Pagefind bundle): base applied, no trailing slash added. */
export function assetUrl(path: string): string {
  return joinBase(currentBase(), path);
}
