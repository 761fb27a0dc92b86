/**
 * The RSS feed: projects and talks (publications will join), newest first, linking the English pages. Items
 * are dated by a talk's day or a project's start; a talk without a known date comes last, undated.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';
import { projects, talks } from '../lib/site-content.ts';
import { absoluteUrl, routes, url } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const projectItems = (await projects('en')).map((p) => ({
    title: p.entry.data.title,
    description: p.entry.data.summary,
    link: absoluteUrl(url(routes.project(p.slug)), base),
    pubDate: new Date(Date.UTC(p.entry.data.period.start.year, (p.entry.data.period.start.month ?? 1) - 1, 1)),
    categories: ['project'],
  }));
  const talkItems = (await talks('en')).map((tk) => ({
      title: tk.entry.data.title,
      description: tk.entry.data.summary ?? tk.entry.data.title,
      link: absoluteUrl(url(routes.talk(tk.slug)), base),
      pubDate: tk.entry.data.date,
      categories: ['talk'],
    }));
  return rss({
    title: t('en', 'rss.title'),
    description: t('en', 'rss.description'),
    site: absoluteUrl(url(routes.home()), base),
    items: [...projectItems, ...talkItems].sort((a, b) => (b.pubDate?.getTime() ?? -Infinity) - (a.pubDate?.getTime() ?? -Infinity)),
    customData: '<language>en</language>',
    trailingSlash: true,
  });
};
