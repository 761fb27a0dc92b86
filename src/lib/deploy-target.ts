/**
 * Where the site is deployed: `site` (origin) and `base` (path prefix), read from the environment so that a
 * fork deploys to GitHub Pages without editing code.
 *
 * - `SITE_URL` / `BASE_PATH` win when set.
 * - Otherwise, inside GitHub Actions, `GITHUB_REPOSITORY=<user>/<repo>` gives `https://<user>.github.io` and
 *   `/<repo>/` (or `/` for a `<user>.github.io` repository).
 * - Otherwise (local development) `http://localhost:4321` and `/`.
 */
type Env = Record<string, string | undefined>;

export function siteUrl(env: Env): string {
  if (env.SITE_URL) return env.SITE_URL.replace(/\/+$/, '');
  const repo = parseRepository(env.GITHUB_REPOSITORY);
  if (repo) return `https://${repo.owner.toLowerCase()}.github.io`;
  return 'http://localhost:4321';
}

export function basePath(env: Env): string {
  if (env.BASE_PATH !== undefined && env.BASE_PATH !== '') return normaliseBase(env.BASE_PATH);
  const repo = parseRepository(env.GITHUB_REPOSITORY);
  if (repo && repo.name.toLowerCase() !== `${repo.owner.toLowerCase()}.github.io`) return `/${repo.name}/`;
  return '/';
}

/** `vitrine`, `/vitrine`, `/vitrine/` all become `/vitrine/`; empty or `/` becomes `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function parseRepository(value: string | undefined): { owner: string; name: string } | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, name: match[2]! } : undefined;
}
