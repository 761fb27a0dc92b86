/**
 * Languages of content entries (the convention is described in src/content.config.ts):
 * - `btrplace` is an original, in English unless its frontmatter says otherwise (`lang` / a talk's `language`);
 * - `fr/btrplace` is its French translation (a folder named after a language holds translations).
 * Pages list originals, and for a page in a given language pick the translation if there is one.
 */
import { isLang, type Lang } from '../i18n/locales.ts';

export interface EntryIdParts {
  /** The slug shared by an original and its translations, e.g. `btrplace`. */
  slug: string;
  /** The language folder of a translation (`fr/btrplace` → `fr`); undefined for an original. */
  translation: Lang | undefined;
}

/** `fr/btrplace` → `{ slug: 'btrplace', translation: 'fr' }`; `btrplace` → `{ slug: 'btrplace' }`. */
export function splitEntryId(id: string): EntryIdParts {
  const slash = id.indexOf('/');
  const head = id.slice(0, slash);
  if (slash > 0 && isLang(head)) return { slug: id.slice(slash + 1), translation: head };
  return { slug: id, translation: undefined };
}

/** Language an entry is written in: its folder's for a translation, else what it declares, else English. */
export function contentLang(id: string, declared: Lang | undefined): Lang {
  return splitEntryId(id).translation ?? declared ?? 'en';
}

export interface LocalizedEntry<E> {
  /** The entry to render: the translation in the wanted language if there is one, else the original. */
  entry: E;
  /** Shared slug, used in URLs. */
  slug: string;
  /** Language the chosen entry is written in; differs from the page's when no translation exists. */
  lang: Lang;
}

/**
 * One entry per slug for a page in `lang`, in the originals' order. `declaredLang` reads the language an
 * original declares (`(e) => e.data.lang` for projects, `(e) => e.data.language` for talks).
 */
export function localizeEntries<E extends { id: string }>(
  entries: readonly E[],
  lang: Lang,
  declaredLang: (entry: E) => Lang | undefined = () => undefined,
): LocalizedEntry<E>[] {
  const translations = new Map<string, E>();
  for (const entry of entries) {
    const { slug, translation } = splitEntryId(entry.id);
    if (translation === lang) translations.set(slug, entry);
  }
  const result: LocalizedEntry<E>[] = [];
  for (const entry of entries) {
    const { slug, translation } = splitEntryId(entry.id);
    if (translation !== undefined) continue;
    const own = contentLang(entry.id, declaredLang(entry));
    const translated = own === lang ? undefined : translations.get(slug);
    result.push(translated ? { entry: translated, slug, lang } : { entry, slug, lang: own });
  }
  return result;
}
