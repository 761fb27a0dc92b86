/**
 * Schema of a profile, `content/people/<slug>.md`: who the person is and their CV, in frontmatter; the Markdown
 * body is free text shown under the CV. Professional facts only: the object is closed, so a field that is not
 * listed here (a birth date, a home address, a phone number...) fails the build instead of being published.
 */
import { z } from 'astro/zod';
import { closedObject, lang, period, text, textList, url } from './fields.ts';
import { personLinks } from './links.ts';

/** Why an unknown key is refused in a profile; shown in the error. */
const PROFESSIONAL_ONLY =
  'a profile holds professional facts only (no birth date, home address, phone number or nationality); check the spelling otherwise.';

const BIO_MAX = 400;

const education = closedObject(
  {
    /** The degree, e.g. `PhD in computer science` or `M.S. in computer science`. */
    degree: text('degree: PhD in computer science'),
    /** Who awards it, e.g. `Sorbonne Université`. */
    institution: text('institution: Sorbonne Université'),
    /** City and/or country. */
    place: text('place: Paris, France').optional(),
    /** When: start and (optional) end. */
    period: period('period').optional(),
    /** One or two sentences: major, thesis title, supervisors, distinction. */
    details: text('details: Thesis on container memory consolidation.').optional(),
  },
  '    - degree: PhD in computer science\n      institution: Sorbonne Université',
  'an education entry has degree, institution, place, period and details.',
);

const experience = closedObject(
  {
    /** The position, e.g. `Research engineer`. */
    title: text('title: Research engineer'),
    /** Employer, lab or team. */
    organization: text('organization: LIP6'),
    /** City and/or country. */
    place: text('place: Paris, France').optional(),
    /** When: start and end (or `end: present`). */
    period: period('period').optional(),
    /** What the work was, in a sentence or two. */
    details: text('details: Worked on the Linux memory controller.').optional(),
  },
  '    - title: Research engineer\n      organization: LIP6',
  'an experience entry has title, organization, place, period and details.',
);

const teaching = closedObject(
  {
    /** Course or teaching duty, e.g. `Container virtualization`. */
    course: text('course: Container virtualization'),
    /** Audience level, e.g. `Master, 2nd year`. */
    level: text('level: Master, 2nd year').optional(),
    /** Where it was taught. */
    institution: text('institution: UPMC').optional(),
    /** When it was taught. */
    period: period('period').optional(),
    /** Number of hours taught. */
    hours: z.number({ error: 'must be a number of hours, like hours: 12' }).positive().optional(),
    /** Number of students. */
    students: z.number({ error: 'must be a number of students, like students: 30' }).int().positive().optional(),
    /** Anything else worth saying: material written, format. */
    details: text('details: Wrote a series of Docker exercises.').optional(),
  },
  '    - course: Container virtualization\n      level: Master, 2nd year',
  'a teaching entry has course, level, institution, period, hours, students and details.',
);

/** `supervised`: this person supervised or co-supervised a student; `internship`: this person was the intern. */
const SUPERVISION_KINDS = ['supervised', 'internship'] as const;

const supervision = closedObject(
  {
    /** `supervised` (this person supervised someone) or `internship` (this person was the intern). */
    kind: z.enum(SUPERVISION_KINDS, { error: 'must be supervised or internship; write for example kind: supervised' }),
    /** Subject of the work. */
    topic: text('topic: Deploying virtual machines on a grid'),
    /** The other people involved: the student(s), or the supervisor(s) of an internship. */
    with: textList('with: [Julia Lawall]').optional(),
    /** Host team or organisation. */
    organization: text('organization: Whisper team, Inria Paris').optional(),
    /** When. */
    period: period('period').optional(),
    /** What was done, in a sentence or two. */
    details: text('details: Built a tool that deploys VMs on Grid\'5000.').optional(),
  },
  '    - kind: supervised\n      topic: Deploying virtual machines on a grid',
  'a supervision entry has kind, topic, with, organization, period and details.',
);

const skill = closedObject(
  {
    /** The skill or tool, e.g. `Linux kernel development in C`. */
    name: text('name: Linux kernel development in C'),
    /** How it was used, in a sentence. */
    details: text('details: Modified the memory controller.').optional(),
    /** A public example of the skill, e.g. a repository. */
    url: url('url: https://github.com/carverdamien/linux').optional(),
  },
  '    - name: Docker\n      details: Container engine of all my experiments.',
  'a skill has name, details and url.',
);

const spokenLanguage = closedObject(
  {
    /** The language, in English, e.g. `French`. */
    language: text('language: French'),
    /** Level, e.g. `Mother tongue`, `Fluent (CLES B2)`. */
    level: text('level: Fluent'),
  },
  '    - language: English\n      level: Fluent',
  'a language entry has language and level.',
);

/** French versions of the short texts of a profile; the CV itself stays in English. */
const profileTranslation = closedObject(
  {
    /** The role, translated. */
    role: text('role: Doctorant').optional(),
    /** The short bio, translated. */
    bio: text('bio: Doctorant au LIP6.').max(BIO_MAX, { error: (issue) => `is too long (${String(issue.input).length} characters): keep it under ${BIO_MAX}` }).optional(),
  },
  '    fr:\n      bio: Doctorant au LIP6.',
  'a translation has role and bio.',
);

export const personSchema = closedObject(
  {
    /** Full name as displayed, e.g. `Damien Carver`. */
    name: text('name: Damien Carver'),
    /**
     * Other spellings of the name found in author lists (e.g. `Carver, D.`, `Efstratios Psomadakis`), used to
     * highlight the person in publication lists.
     */
    nameVariants: textList('nameVariants: [Carver, D.]').optional(),
    /** Current or last known role, e.g. `PhD student` or `Associate professor`. */
    role: text('role: PhD student'),
    /** Labs, teams, companies the person belongs or belonged to, most relevant first. */
    affiliations: textList('affiliations: [LIP6, Sorbonne Université]').min(1, {
      error: 'is empty: list at least one, for example affiliations: [LIP6]',
    }),
    /** Short bio, one to three sentences of plain text, used in lists and as the page description. */
    bio: text('bio: PhD student working on container memory consolidation.').max(BIO_MAX, {
      error: (issue) => `is too long (${String(issue.input).length} characters): keep it under ${BIO_MAX} and put the rest in the Markdown body`,
    }),
    /** Research interests, one short phrase each. */
    interests: textList('interests: [Operating systems, Virtualization]').default([]),
    /** Professional links; see `links.ts`. */
    links: personLinks.default({}),
    /** Degrees, most recent first. */
    education: z.array(education).default([]),
    /** Work experience, most recent first. */
    experience: z.array(experience).default([]),
    /** Teaching. */
    teaching: z.array(teaching).default([]),
    /** Students supervised and internships done. */
    supervision: z.array(supervision).default([]),
    /** Technical skills and tools. */
    skills: z.array(skill).default([]),
    /** Spoken languages. */
    languages: z.array(spokenLanguage).default([]),
    /** Position in lists of people: lower first; people without `order` come after, by name. */
    order: z.number({ error: 'must be a number, like order: 1' }).optional(),
    /** Translations of the short texts, by language, e.g. `translations: { fr: { bio: ... } }`. */
    translations: z.partialRecord(lang, profileTranslation).optional(),
  },
  'name: Damien Carver',
  PROFESSIONAL_ONLY,
);

export type Person = z.infer<typeof personSchema>;
export type Education = z.infer<typeof education>;
export type Experience = z.infer<typeof experience>;
export type Teaching = z.infer<typeof teaching>;
export type Supervision = z.infer<typeof supervision>;
export type Skill = z.infer<typeof skill>;
export type SpokenLanguage = z.infer<typeof spokenLanguage>;
