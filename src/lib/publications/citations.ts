/**
 * Formatted citations (APA, IEEE) through CSL with citation-js, rendered at build time to HTML.
 *
 * Safety: the HTML comes from citeproc, which escapes `&`, `<` and `>` in text but reads a small set of tags
 * (`<i>`, `<b>`, `<sup>`, ...) inside field values as formatting. So `<` and `>` in the entry's text are
 * swapped for private-use characters before formatting and come back as `&lt;` / `&gt;` after; and the result is
 * checked against an allow-list of the tags CSL produces, falling back to escaped plain text if anything else
 * appears. Nothing from a .bib file can become markup.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { BibEntry } from '../bibtex/index.ts';
import { escapeHtml } from '../bibtex/index.ts';
import { IEEE_TEMPLATE_NAME, ieeeCsl } from '../csl/ieee.ts';
import { toCslItem } from './csl-json.ts';

export const CITATION_STYLES = ['apa', 'ieee'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The CSL template behind each style: APA ships with plugin-csl, IEEE is ours (src/lib/csl/ieee.ts). */
const TEMPLATES: Record<CitationStyle, string> = { apa: 'apa', ieee: IEEE_TEMPLATE_NAME };

/** CSL locales bundled with plugin-csl for the site's languages. */
const CSL_LOCALES: Record<string, string> = { en: 'en-US', fr: 'fr-FR' };

const LT = '\uE000';
const GT = '\uE001';
const hideMarkup = (text: string) => text.replace(/</g, LT).replace(/>/g, GT);
const restoreMarkup = (html: string) => html.replaceAll(LT, '&lt;').replaceAll(GT, '&gt;');

let registered = false;
function registerTemplates(): void {
  if (registered) return;
  const styles = plugins.config.get('@csl').styles as { has(name: string): boolean; add(name: string, xml: string): void };
  if (!styles.has(IEEE_TEMPLATE_NAME)) styles.add(IEEE_TEMPLATE_NAME, ieeeCsl);
  registered = true;
}

/** Tags citeproc writes in its HTML output; anything else means the output cannot be trusted. */
const ALLOWED_TAG = /^<\/?(?:i|b|em|strong|sup|sub|span|div)(?:\s+(?:class|style|data-csl-entry-id)="[^"<>]*")*\s*>$/;

export function isSafeCitationHtml(html: string): boolean {
  if (/<(?!\/?[a-z])/i.test(html)) return false;
  for (const tag of html.match(/<[^>]*>?/g) ?? []) if (!ALLOWED_TAG.test(tag)) return false;
  return true;
}

/** The inner HTML of each `csl-entry`, by entry key. */
function entriesById(list: [string, string][]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, html] of list) {
    const inner = /^\s*<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*$/.exec(html)?.[1] ?? html;
    out.set(id, inner.trim());
  }
  return out;
}

/**
 * Citations of many entries in one style and language, as HTML by entry key: one citeproc run for the whole
 * list (citeproc's start-up cost dominates when entries are formatted one by one).
 */
export function formatCitations(entries: readonly BibEntry[], style: CitationStyle, lang: string): Map<string, string> {
  registerTemplates();
  const options = { template: TEMPLATES[style], lang: CSL_LOCALES[lang] ?? 'en-US', asEntryArray: true as const };
  const cite = new Cite(entries.map((e) => toCslItem(e, hideMarkup)));
  const html = entriesById(cite.format('bibliography', { ...options, format: 'html' as const }) as unknown as [string, string][]);
  const result = new Map<string, string>();
  let text: Map<string, string> | undefined;
  for (const entry of entries) {
    const candidate = restoreMarkup(html.get(entry.key) ?? '');
    if (isSafeCitationHtml(candidate)) {
      result.set(entry.key, candidate);
      continue;
    }
    text ??= entriesById(cite.format('bibliography', { ...options, format: 'text' as const }) as unknown as [string, string][]);
    result.set(entry.key, escapeHtml((text.get(entry.key) ?? '').replaceAll(LT, '<').replaceAll(GT, '>').trim()));
  }
  return result;
}

/** One entry's citation (convenience for tests; pages format the whole collection at once). */
export function formatCitation(entry: BibEntry, style: CitationStyle, lang = 'en'): string {
  return formatCitations([entry], style, lang).get(entry.key) ?? '';
}
