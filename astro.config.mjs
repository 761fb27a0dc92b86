// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteUrl, basePath } from './src/lib/deploy-target.ts';

// site and base come from SITE_URL / BASE_PATH (or GitHub's GITHUB_REPOSITORY), so a fork deploys unchanged.
export default defineConfig({
  site: siteUrl(process.env),
  base: basePath(process.env),
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  vite: { worker: { format: 'es' } },
});
