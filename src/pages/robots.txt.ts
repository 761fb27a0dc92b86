/** robots.txt: crawling allowed everywhere; the Sitemap line needs the absolute URL, with the base. */
import type { APIRoute } from 'astro';
import { absoluteUrl, assetUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(assetUrl('/sitemap-index.xml'), site ?? 'http://localhost:4321');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
