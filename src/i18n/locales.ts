/**
 * The site's languages. English is the default and lives at the root; every other language lives under
 * `/<lang>/`. Kept apart from the dictionaries so that URL code can import it without loading any JSON.
 */
export const languages = ['en', 'fr'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';

/** Names of the languages, each written in its own language (for the switcher and "in French" badges). */
export const languageNames: Record<Lang, string> = { en: 'English', fr: 'Français' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The other languages than `lang`, in the order of `languages`. */
export function otherLanguages(lang: Lang): Lang[] {
  return languages.filter((l) => l !== lang);
}
