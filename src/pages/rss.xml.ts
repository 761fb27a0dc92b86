/**
 * The RSS feed: projects, talks and publications, newest first, linking the English pages. Items are dated by a
 * talk's day, a project's start or a paper's month (the 1st; January 1st when only the year is known); an item
 * without a known date comes last, undated.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';
import { projects, talks } from '../lib/site-content.ts';
import { richToPlain } from '../lib/bibtex/index.ts';
import { publications } from '../lib/publications/collection.ts';
import { venueLine } from '../lib/publications/format.ts';
import { venueWords } from '../lib/publications/words.ts';
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
  const publicationItems = (await publications()).map(({ entry }) => ({
    title: richToPlain(entry.title),
    description: entry.abstract ? richToPlain(entry.abstract) : venueLine(entry, venueWords('en')),
    link: absoluteUrl(url(routes.publication(entry.key)), base),
    pubDate: entry.year === undefined ? undefined : new Date(Date.UTC(entry.year, (entry.month ?? 1) - 1, 1)),
    categories: ['publication'],
  }));
  return rss({
    title: t('en', 'rss.title'),
    description: t('en', 'rss.description'),
    site: absoluteUrl(url(routes.home()), base),
    items: [...projectItems, ...talkItems, ...publicationItems].sort((a, b) => (b.pubDate?.getTime() ?? -Infinity) - (a.pubDate?.getTime() ?? -Infinity)),
    customData: '<language>en</language>',
    trailingSlash: true,
  });
};
