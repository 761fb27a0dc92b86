/**
 * schema.org structured data for profile pages (a `Person` with its `sameAs` profiles), as plain objects that
 * BaseLayout serialises into <script type="application/ld+json">. Pure, so tests can check it without a build.
 */
import type { PersonLinks } from '../schemas/links.ts';

export interface PersonJsonLdInput {
  name: string;
  role: string;
  bio: string;
  affiliations: string[];
  interests: string[];
  links: PersonLinks;
  /** Absolute URL of the profile page. */
  pageUrl: string;
  /** Institutions of the person's degrees. */
  alumniOf?: string[];
}

/**
 * The public profiles that identify the person elsewhere (home page, GitHub, ORCID, DBLP, HAL, Scholar and other
 * links), in that order, without duplicates. The e-mail is left out: it must never appear in clear.
 */
export function sameAsLinks(links: PersonLinks): string[] {
  const urls = [links.homepage, links.github, links.orcid, links.dblp, links.hal, links.scholar, ...(links.other ?? []).map((o) => o.url)];
  return [...new Set(urls.filter((u): u is string => typeof u === 'string' && u !== ''))];
}

export function personJsonLd(person: PersonJsonLdInput): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name,
    jobTitle: person.role,
    description: person.bio,
    url: person.pageUrl,
    mainEntityOfPage: person.pageUrl,
  };
  if (person.affiliations.length > 0)
    data.affiliation = person.affiliations.map((name) => ({ '@type': 'Organization', name }));
  if (person.interests.length > 0) data.knowsAbout = person.interests;
  const alumni = [...new Set(person.alumniOf ?? [])];
  if (alumni.length > 0) data.alumniOf = alumni.map((name) => ({ '@type': 'Organization', name }));
  const sameAs = sameAsLinks(person.links);
  if (sameAs.length > 0) data.sameAs = sameAs;
  return data;
}
