/**
 * UI strings: one flat dotted-key dictionary per language (src/i18n/<lang>.json), looked up with `t(lang, key)`.
 * English is the reference: its keys are the type `UiKey`, and every other dictionary must have exactly those
 * keys (checked by the type below and by tests/unit/i18n.test.ts).
 *
 * To add a string: add the key to en.json AND fr.json. To add a page: see src/lib/nav.ts.
 */
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import { defaultLang, isLang, languageNames, languages, type Lang } from './locales.ts';

export { defaultLang, isLang, languageNames, languages, otherLanguages, type Lang } from './locales.ts';

export type UiKey = keyof typeof en;

const dictionaries: Record<Lang, Record<UiKey, string>> = { en, fr };

/**
 * The string for `key` in `lang`, with `{name}` placeholders replaced from `values`. A placeholder without a
 * value is left visible rather than silently dropped.
 */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "In French" / "En anglais": the badge for content whose language differs from the page's. */
export function inLanguage(uiLang: Lang, contentLang: Lang): string {
  return t(uiLang, 'lang.inLanguage', { language: languageName(uiLang, contentLang) });
}

/** The name of `lang` as written in `uiLang` ("French" in English, "français" in French). */
export function languageName(uiLang: Lang, lang: Lang): string {
  const name = new Intl.DisplayNames([uiLang], { type: 'language' }).of(lang) ?? languageNames[lang];
  return uiLang === 'en' ? name : name.toLocaleLowerCase(uiLang);
}

/** Static paths for a page that exists in every language: `[...lang]` is empty for English, `fr` for French. */
export function languageParams(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return languages.map((lang) => ({ params: { lang: lang === defaultLang ? undefined : lang }, props: { lang } }));
}

/** The language of a `[...lang]` route parameter (undefined for the default language). */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return defaultLang;
  if (isLang(param)) return param;
  throw new Error(`Unknown language "${param}" in the URL: expected one of ${languages.join(', ')}.`);
}

/** BCP 47 tag to OpenGraph locale (`og:locale`). */
export const ogLocales: Record<Lang, string> = { en: 'en_GB', fr: 'fr_FR' };
