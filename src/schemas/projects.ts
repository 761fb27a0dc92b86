/**
 * Schema of a project, `content/projects/<slug>.mdx` (a French translation lives in
 * `content/projects/fr/<slug>.mdx`, see src/content.config.ts). The MDX body is the project's description.
 *
 * `people` are references to profiles. Astro's `reference('people')` only exists inside Astro, so the schema is
 * built by a function that receives the reference schema: content.config.ts passes `reference('people')`, unit
 * tests pass `slug` (a plain string check).
 */
import { z } from 'astro/zod';
import { bibKey, closedObject, lang, period, slug, text, url } from './fields.ts';

/** Lifecycle of a project. */
export const PROJECT_STATUSES = ['active', 'completed', 'archived'] as const;

const projectLinks = closedObject(
  {
    /** Source code repository. */
    code: url('code: https://github.com/btrplace/scheduler').optional(),
    /** Project web site. */
    site: url('site: https://btrplace.github.io').optional(),
  },
  '  links:\n    code: https://github.com/btrplace/scheduler',
  'project links are code and site.',
);

export function projectSchema<Ref extends z.ZodType>(personRef: Ref) {
  return closedObject(
    {
      /** Name of the project, e.g. `BtrPlace`. */
      title: text('title: BtrPlace'),
      /** One or two sentences of plain text, shown in lists and as the page description. */
      summary: text('summary: A constraint-based scheduler for virtualized data centres.').max(400, {
        error: (issue) => `is too long (${String(issue.input).length} characters): keep it under 400 and put the rest in the body`,
      }),
      /** Members, by profile slug (the file name under content/people/ without `.md`). */
      people: z
        .array(personRef, { error: 'must be a list of profile slugs, for example people: [fabien-hermenier]' })
        .min(1, { error: 'is empty: list at least one profile slug, for example people: [fabien-hermenier]' }),
      /** When the project ran: `start`, and `end` unless it is ongoing. */
      period: period('period'),
      /** `active`, `completed` or `archived`. */
      status: z.enum(PROJECT_STATUSES, {
        error: (issue) =>
          issue.input === undefined
            ? 'is missing: write status: active, status: completed or status: archived'
            : `must be active, completed or archived; write for example status: completed`,
      }),
      /** Code and site links. */
      links: projectLinks.default({}),
      /** BibTeX keys of the related publications, resolved against publications/ once they exist. */
      publications: z
        .array(bibKey, { error: 'must be a list of BibTeX keys, for example publications: [hermenier2013btrplace]' })
        .default([]),
      /**
       * Language of this file, when a top-level file is not in English (default `en`). Files under
       * `content/projects/<lang>/` are translations and take their language from the folder.
       */
      lang: lang.optional(),
    },
    'title: BtrPlace',
    'a project has title, summary, people, period, status, links, publications and lang.',
  );
}

/** The schema as unit tests see it: people are plain slugs. */
export const projectSchemaWithSlugs = projectSchema(slug);
export type ProjectFrontmatter = z.infer<typeof projectSchemaWithSlugs>;
