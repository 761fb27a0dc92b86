/**
 * What pages read from the content collections, already localised and sorted, so that pages stay thin.
 *
 * Language convention: see src/content.config.ts and src/lib/content-locale.ts. A page for a slug in a language
 * shows the translation when there is one, else the original, and tells the visitor which language the content
 * is in (`Localised.lang`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLang, type Lang } from '../i18n/index.ts';
import { localizeEntries, type LocalizedEntry } from './content-locale.ts';
import { periodSortKey } from './dates.ts';

export type PersonEntry = CollectionEntry<'people'>;
export type ProjectEntry = CollectionEntry<'projects'>;
export type TalkEntry = CollectionEntry<'talks'>;
export type TutorialEntry = CollectionEntry<'tutorials'>;

/** An entry as shown on a page: the entry to render, its slug and `lang`, the language its text is in. */
export type Localised<E> = LocalizedEntry<E>;

/** A profile with its role and bio in the page's language when a translation exists. */
export interface LocalisedPerson {
  slug: string;
  entry: PersonEntry;
  role: string;
  bio: string;
  /** Language of `role` and `bio`. */
  textLang: Lang;
}

export async function people(lang: Lang): Promise<LocalisedPerson[]> {
  const entries = await getCollection('people');
  return entries
    .sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.name.localeCompare(b.data.name))
    .map((entry) => localisePerson(entry, lang));
}

export function localisePerson(entry: PersonEntry, lang: Lang): LocalisedPerson {
  const translation = lang === defaultLang ? undefined : entry.data.translations?.[lang];
  return {
    slug: entry.id,
    entry,
    role: translation?.role ?? entry.data.role,
    bio: translation?.bio ?? entry.data.bio,
    textLang: translation?.bio ? lang : defaultLang,
  };
}

/** Projects in `lang`, ongoing and most recent first. */
export async function projects(lang: Lang): Promise<Localised<ProjectEntry>[]> {
  const all = localizeEntries(await getCollection('projects'), lang, (e) => e.data.lang);
  return all.sort((a, b) => periodSortKey(b.entry.data.period) - periodSortKey(a.entry.data.period) || a.slug.localeCompare(b.slug));
}

/** Talks in `lang`, most recent first (talks without a date last). */
export async function talks(lang: Lang): Promise<Localised<TalkEntry>[]> {
  const all = localizeEntries(await getCollection('talks'), lang, (e) => e.data.language);
  const time = (t: Localised<TalkEntry>) => t.entry.data.date?.getTime() ?? -Infinity;
  return all.sort((a, b) => time(b) - time(a) || a.slug.localeCompare(b.slug));
}

/** Tutorials in `lang`, in their `order`. */
export async function tutorials(lang: Lang): Promise<Localised<TutorialEntry>[]> {
  const all = localizeEntries(await getCollection('tutorials'), lang, (e) => e.data.lang);
  return all.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

/** Slugs of the people a project or talk references (Astro references are `{ collection, id }`). */
export function referencedSlugs(refs: ReadonlyArray<{ id: string }>): string[] {
  return refs.map((ref) => ref.id);
}
