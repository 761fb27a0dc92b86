/**
 * The site's content collections. Each schema lives in its own module under src/schemas/ (pure zod, unit-tested
 * without Astro); this file only wires them to their folders and adds the cross-collection references.
 *
 * Content languages (English is the default, French the second language):
 * - A top-level file `content/<collection>/<slug>.md(x)` is the original. It is in English unless it says
 *   otherwise: `lang: fr` for a project, `language: fr` for a talk (a talk's body is written in the language it
 *   was given in). Profiles are always top-level: their CV is in English, and `translations.fr` holds French
 *   versions of the role and short bio.
 * - A translation is a file with the same slug in a folder named after its language:
 *   `content/projects/fr/btrplace.mdx` is the French page of `content/projects/btrplace.mdx`. Its entry id is
 *   `fr/btrplace`; `src/lib/content-locale.ts` splits such ids into `{ slug, lang }`.
 * - A page for a slug in a language shows the translation when there is one, else the original, with a note
 *   saying which language it is in (the talk "Migration à chaud d'un académique" exists in French only).
 * References (`people`, `speakers`) always use the bare slug of the profile.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { personSchema } from './schemas/people.ts';
import { existingSlug } from './schemas/references.ts';
import { projectSchema } from './schemas/projects.ts';
import { talkSchema } from './schemas/talks.ts';
import { tutorialSchema } from './schemas/tutorials.ts';
import { bibtexLoader } from './lib/bibtex/loader.ts';

/**
 * A reference to a profile: the slug must name an existing `content/people/<slug>.md` (Astro itself only logs a
 * dangling reference), then Astro turns it into `{ collection: 'people', id }` for `getEntry`.
 */
const profile = () =>
  existingSlug(new URL('../content/people/', import.meta.url), '.md', 'profile').pipe(reference('people'));

/** Profiles and CVs: `content/people/<slug>.md`. */
const people = defineCollection({
  loader: glob({ base: './content/people', pattern: '*.md' }),
  schema: personSchema,
});

/** Projects: `content/projects/<slug>.mdx`, translations in `content/projects/<lang>/<slug>.mdx`. */
const projects = defineCollection({
  loader: glob({ base: './content/projects', pattern: '**/*.{md,mdx}' }),
  schema: projectSchema(profile()),
});

/** Talks: `content/talks/<slug>.mdx`, translations in `content/talks/<lang>/<slug>.mdx`. */
const talks = defineCollection({
  loader: glob({ base: './content/talks', pattern: '**/*.{md,mdx}' }),
  schema: talkSchema(profile()),
});

/**
 * Publications: one entry per BibTeX entry of `publications/*.bib`, id = citation key, data = the normalised
 * entry (`BibEntry`, src/lib/bibtex/entry.ts). BibTeX errors fail the build with every diagnostic listed.
 */
const publications = defineCollection({ loader: bibtexLoader() });

/** Tutorials of the placement solver: `content/tutorials/<slug>.mdx`, translations in `content/tutorials/<lang>/<slug>.mdx`. */
const tutorials = defineCollection({
  loader: glob({ base: './content/tutorials', pattern: '**/*.mdx' }),
  schema: tutorialSchema,
});

export const collections = { people, projects, talks, tutorials, publications };
