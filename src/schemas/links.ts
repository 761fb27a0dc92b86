/**
 * The professional links of a person. Every link is optional; pages show the ones that are present and use
 * them as schema.org `sameAs` (except the e-mail, which is rendered obfuscated, see src/lib/email.ts).
 */
import { z } from 'astro/zod';
import { closedObject, email, text, url } from './fields.ts';

/** A labelled link that has no dedicated field, e.g. an organisation page. */
export const otherLink = closedObject(
  {
    /** What the link is, shown as its text, e.g. `BtrPlace on GitHub`. */
    label: text('label: BtrPlace on GitHub'),
    /** Where it points: a full https:// address. */
    url: url('url: https://github.com/btrplace'),
  },
  '    - label: BtrPlace on GitHub\n      url: https://github.com/btrplace',
  'an extra link has `label` and `url`.',
);

export const personLinks = closedObject(
  {
    /** Personal or institutional home page. */
    homepage: url('homepage: https://fhermeni.github.io').optional(),
    /** GitHub profile, as a full URL. */
    github: url('github: https://github.com/fhermeni').optional(),
    /** ORCID iD, as a full URL. */
    orcid: url('orcid: https://orcid.org/0000-0002-1825-0097').optional(),
    /** DBLP author page. */
    dblp: url('dblp: https://dblp.org/pid/00/0000.html').optional(),
    /** HAL author page (the French open archive). */
    hal: url('hal: https://cv.hal.science/jane-doe').optional(),
    /** Google Scholar profile. */
    scholar: url('scholar: https://scholar.google.com/citations?user=XXXXXXXXXXXX').optional(),
    /**
     * Professional e-mail address, stored as written. Never printed as is: pages render it with
     * `obfuscateEmail` from src/lib/email.ts so that address harvesters cannot read it.
     */
    email: email.optional(),
    /** Any other professional link, with its label. */
    other: z.array(otherLink).optional(),
  },
  '  links:\n    homepage: https://example.org\n    github: https://github.com/jane',
  'links are homepage, github, orcid, dblp, hal, scholar, email and other (a list of label + url).',
);

export type PersonLinks = z.infer<typeof personLinks>;
