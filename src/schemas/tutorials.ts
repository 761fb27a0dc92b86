/**
 * Schema of a tutorial, `content/tutorials/<slug>.mdx` (a French translation lives in
 * `content/tutorials/fr/<slug>.mdx`, see src/content.config.ts). The MDX body is the tutorial; it embeds live
 * demos with `<PlacementDemo scenario="talk" />` or `<PlacementDemo code={`...`} />` (content/tutorials/README.md).
 */
import { z } from 'astro/zod';
import { closedObject, lang, text } from './fields.ts';

export const tutorialSchema = closedObject(
  {
    /** Title of the tutorial, e.g. `Getting started`. */
    title: text('title: Getting started'),
    /** One or two sentences of plain text, shown in the list and as the page description. */
    summary: text('summary: Start a VM, stop another and power a node off, with a plan you can replay.').max(300, {
      error: (issue) => `is too long (${String(issue.input).length} characters): keep it under 300 and put the rest in the body`,
    }),
    /** Position in the list of tutorials: 1 comes first. */
    order: z
      .number({ error: 'must be a whole number giving the position in the list, for example order: 1' })
      .int({ error: 'must be a whole number giving the position in the list, for example order: 1' })
      .min(1, { error: 'must be 1 or more, for example order: 1' }),
    /**
     * Language of this file, when a top-level file is not in English (default `en`). Files under
     * `content/tutorials/<lang>/` are translations and take their language from the folder.
     */
    lang: lang.optional(),
  },
  'title: Getting started',
  'a tutorial has title, summary, order and lang.',
);

export type TutorialFrontmatter = z.infer<typeof tutorialSchema>;
