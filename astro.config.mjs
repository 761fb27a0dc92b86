// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl, basePath } from './src/lib/deploy-target.ts';
import { baseLinksPlugin } from './src/lib/markdown-base-links.ts';
import { routes } from './src/lib/urls.ts';

// site and base come from SITE_URL / BASE_PATH (or GitHub's GITHUB_REPOSITORY), so a fork deploys unchanged.
const site = siteUrl(process.env);
const base = basePath(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Markdown and MDX (which inherits this processor) links written as `/people/x/` get the base.
  markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }) },
  integrations: [
    mdx(),
    sitemap({
      // The search page lists nothing of its own; every other page is listed with its French alternate.
      filter: (page) => !new URL(page).pathname.endsWith(routes.search()),
      i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr' } },
    }),
  ],
  vite: { worker: { format: 'es' } },
});
