/**
 * Schema of a talk, `content/talks/<slug>.mdx`. The MDX body is an account of the talk, written in the talk's
 * `language` (a translation would live in `content/talks/<lang>/<slug>.mdx`, see src/content.config.ts).
 *
 * `speakers` are references to profiles, injected by content.config.ts as for projects (see projects.ts).
 */
import { z } from 'astro/zod';
import { closedObject, langField, shown, slug, text, textList, url } from './fields.ts';

const event = closedObject(
  {
    /** Name of the event, e.g. `Journées du GDR RSD`. */
    name: text('name: Journées du GDR RSD'),
    /** City and/or country, or `online`. */
    place: text('place: Lyon, France').optional(),
    /** Event web page. */
    url: url('url: https://example.org/event').optional(),
  },
  '  event:\n    name: Journées du GDR RSD\n    place: Lyon, France',
  'an event has name, place and url.',
);

/**
 * A calendar date written `2019-04-12` (YAML reads it as a date). Quoted strings of the same form are accepted.
 */
const talkDate = z.unknown().transform((value, ctx): Date => {
  const date =
    value instanceof Date ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (date && !Number.isNaN(date.getTime())) return date;
  ctx.addIssue({
    code: 'custom',
    input: value,
    message: `is not a date (found ${shown(value)}); write it year-month-day, for example date: 2019-04-12`,
  });
  return z.NEVER;
});

export function talkSchema<Ref extends z.ZodType>(personRef: Ref) {
  return closedObject(
    {
      /** Title of the talk, in the language it was given in. */
      title: text('title: Migration à chaud d\'un académique'),
      /** Speakers who have a profile, by slug (file name under content/people/ without `.md`). */
      speakers: z
        .array(personRef, { error: 'must be a list of profile slugs, for example speakers: [fabien-hermenier]' })
        .default([]),
      /** Speakers without a profile, by name. */
      externalSpeakers: textList('externalSpeakers: [Jane Doe]').default([]),
      /** Day the talk was given, `YYYY-MM-DD`. Leave it out when it is not known: pages then show no date. */
      date: talkDate.optional(),
      /** Where it was given. Leave it out when it is not known. */
      event: event.optional(),
      /** Language the talk was given in, `en` or `fr`; the body is written in that language too. */
      language: langField('language'),
      /** Link to the slides. */
      slides: url('slides: https://example.org/slides.pdf').optional(),
      /** One or two sentences of plain text, shown in lists and as the page description. */
      summary: text('summary: From academia to industry, with a VM scheduler.').max(400, {
        error: (issue) => `is too long (${String(issue.input).length} characters): keep it under 400 and put the rest in the body`,
      }).optional(),
    },
    'title: Migration à chaud d\'un académique',
    'a talk has title, speakers, externalSpeakers, date, event, language, slides and summary.',
  ).refine((talk) => talk.speakers.length + talk.externalSpeakers.length > 0, {
    error: 'has no speaker: add speakers: [fabien-hermenier] (a profile slug) or externalSpeakers: [Jane Doe]',
    path: ['speakers'],
  });
}

/** The schema as unit tests see it: speakers are plain slugs. */
export const talkSchemaWithSlugs = talkSchema(slug);
export type TalkFrontmatter = z.infer<typeof talkSchemaWithSlugs>;
