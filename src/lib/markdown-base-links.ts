/**
 * A Sätteri hast plugin (Astro 7's Markdown and MDX pipeline) that gives root-relative links written in content
 * the site's base: `[ACDC](/projects/acdc/)` becomes `/vitrine/projects/acdc/` on GitHub project pages. Astro
 * only prefixes the assets it bundles, so without this every author-written link breaks under a non-root base.
 *
 * It rewrites `href` and `src` of plain HTML elements: those Markdown produces, raw HTML in Markdown, and
 * lowercase JSX tags in MDX (`<a href="/x/">`). Components (`<Demo src=...>`) are left alone: they build their URLs with src/lib/urls.ts.
 */
import { rebaseAuthoredHref } from './urls.ts';

/** Elements whose `href`/`src` point at pages or files of the site. */
const linkingTags = ['a', 'img', 'source', 'video', 'audio', 'iframe', 'track', 'link', 'area'];
const linkingAttributes = ['href', 'src'];

/** The subset of Sätteri's visitor context this plugin uses. */
interface PropertyWriter {
  setProperty(node: object, key: string, value: unknown): void;
}
interface HastElementLike {
  properties?: Record<string, unknown>;
}
interface MdxJsxElementLike {
  attributes?: ReadonlyArray<{ type: string; name?: string; value?: unknown }>;
}

/** New values for the linking attributes of one element (pure; empty when nothing changes). */
export function rebasedAttributes(attributes: Record<string, unknown>, base: string): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const name of linkingAttributes) {
    const value = attributes[name];
    if (typeof value !== 'string') continue;
    const rebased = rebaseAuthoredHref(value, base);
    if (rebased !== value) changes[name] = rebased;
  }
  return changes;
}

/**
 * Raw HTML written inside Markdown (`<a href="/talks/">`) reaches the plugin as a string: rewrite the quoted
 * `href`/`src` values in it (pure).
 */
export function rebaseRawHtml(html: string, base: string): string {
  return html.replace(
    /(\s(?:href|src)\s*=\s*)(["'])(.*?)\2/gi,
    (_all, prefix: string, quote: string, value: string) => `${prefix}${quote}${rebaseAuthoredHref(value, base)}${quote}`,
  );
}

function jsxLiteralAttributes(node: MdxJsxElementLike): Record<string, unknown> {
  const literal: Record<string, unknown> = {};
  for (const attribute of node.attributes ?? []) {
    // Expression attributes (`href={x}`) are code, not author-written paths.
    if (attribute.type === 'mdxJsxAttribute' && attribute.name) literal[attribute.name] = attribute.value;
  }
  return literal;
}

function applyChanges(node: object, changes: Record<string, string>, ctx: PropertyWriter): void {
  for (const [name, value] of Object.entries(changes)) ctx.setProperty(node, name, value);
}

/** The plugin for `satteri({ hastPlugins: [baseLinksPlugin(base)] })` in astro.config.mjs. */
export function baseLinksPlugin(base: string) {
  const visitJsx = {
    filter: linkingTags,
    visit(node: MdxJsxElementLike, ctx: PropertyWriter) {
      applyChanges(node, rebasedAttributes(jsxLiteralAttributes(node), base), ctx);
    },
  };
  return {
    name: 'vitrine-base-links',
    element: {
      filter: linkingTags,
      visit(node: HastElementLike, ctx: PropertyWriter) {
        applyChanges(node, rebasedAttributes(node.properties ?? {}, base), ctx);
      },
    },
    mdxJsxFlowElement: visitJsx,
    mdxJsxTextElement: visitJsx,
    raw(node: { value: string }, ctx: PropertyWriter) {
      const rebased = rebaseRawHtml(node.value, base);
      if (rebased !== node.value) ctx.setProperty(node, 'value', rebased);
    },
  };
}
