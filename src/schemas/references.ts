/**
 * Checks that a referenced profile exists. Astro 7's `reference()` only logs a dangling reference and lets the
 * build go on, so a misspelt slug would silently drop a person from a project. This check fails the entry
 * instead, with the slugs that do exist as the hint.
 */
import { existsSync, readdirSync } from 'node:fs';
import { z } from 'astro/zod';
import { shown, slug } from './fields.ts';

/**
 * A slug that must name a file `<slug><extension>` in `folder` (a file: URL or path of e.g. content/people/).
 * The folder is listed lazily, at the first error, to build the hint.
 */
export function existingSlug(folder: URL | string, extension: string, what: string) {
  const existing = (): string[] =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => name.endsWith(extension))
          .map((name) => name.slice(0, -extension.length))
          .sort()
      : [];
  return slug.superRefine((value, ctx) => {
    if (existsSync(new URL(`${value}${extension}`, toDirUrl(folder)))) return;
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: `names no ${what} (found ${shown(value)}): use the file name without ${extension} of one of ${existing().join(', ') || '(none yet)'}`,
    });
  });
}

function toDirUrl(folder: URL | string): URL {
  const href = folder instanceof URL ? folder.href : new URL(folder, `file://${process.cwd()}/`).href;
  return new URL(href.endsWith('/') ? href : `${href}/`);
}

export type ExistingSlug = z.infer<ReturnType<typeof existingSlug>>;
