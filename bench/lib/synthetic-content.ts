/**
 * A synthetic `content/` for bench:site: people, projects (some with a French translation) and talks with
 * realistic frontmatter, valid under src/schemas/, and Markdown bodies of a realistic length. Deterministic for
 * a seed. Projects cite BibTeX keys given by the caller, so that they resolve against publications/.
 */
import { pickWith, random } from './random.ts';

export interface SyntheticSizes {
  people: number;
  projects: number;
  talks: number;
}

/** Relative path under content/ → file text. */
export type ContentFiles = Map<string, string>;

const FIRST = ['Jérôme', 'Fabien', 'Damien', 'Julia', 'Gilles', 'Sophie', 'Xavier', 'Anders', 'Ayşe', 'Paul', 'Christine', 'Nectarios', 'Zoë', 'Łukasz', 'Søren', 'José', 'François', 'Jean-Pierre', 'Mei', 'Arjun'];
const LAST = ['Müller', 'Gallard', 'Hermenier', 'Carver', 'Lawall', 'Lèbre', 'Vallée', 'Ångström', 'Çelik', 'Kołodziej', 'van der Berg', 'de La Fontaine', 'Psomadakis', 'Koziris', 'Nanos', 'Dvořák', 'Nguyen', 'Okafor', 'Sato', 'Rossi'];
const ROLES: [string, string][] = [['PhD student', 'Doctorant·e'], ['Postdoctoral researcher', 'Chercheur·se postdoctoral·e'], ['Associate professor', 'Maître de conférences'], ['Research engineer', 'Ingénieur·e de recherche'], ['Software engineer', 'Ingénieur·e logiciel']];
const LABS = ['LIP6, Sorbonne Université', 'Inria Rennes', 'IMT Atlantique', 'Université de Nantes', 'NTUA, CSLab', 'Nutanix', 'Université Côte d\'Azur', 'CNRS'];
const TOPICS = ['virtual machine placement', 'container memory consolidation', 'live migration', 'energy-aware scheduling', 'constraint programming', 'cluster reconfiguration', 'high-performance interconnects', 'operating-system virtualization', 'CPU frequency scaling', 'fault tolerance'];
const TOPICS_FR = ['placement de machines virtuelles', 'consolidation mémoire des conteneurs', 'migration à chaud', 'ordonnancement économe en énergie', 'programmation par contraintes', 'reconfiguration de grappes'];
const WORDS = ['scheduler', 'placement', 'migration', 'cluster', 'kernel', 'memory', 'energy', 'grid', 'cloud', 'container', 'hypervisor', 'network', 'solver', 'plan', 'consolidation'];
const EVENTS = ['EuroSys', 'Middleware', 'VEE', 'Journées du GDR RSD', 'Compas', 'ICAC', 'CCGrid', 'Seminar of the DELYS team'];
const PLACES = ['Paris, France', 'Nantes, France', 'Lyon, France', 'Athens, Greece', 'Rennes, France', 'online', 'Porto, Portugal'];

/** A YAML scalar that needs no further thought: double-quoted with JSON's escapes (YAML accepts them). */
const q = (s: string) => JSON.stringify(s);

/** `key:` followed by its items' lines, or `key: []` (an empty YAML block would be null, not a list). */
function yamlList(key: string, items: string[][]): string[] {
  return items.length === 0 ? [`${key}: []`] : [`${key}:`, ...items.flat()];
}

/** `Jean-Pierre van der Berg` → `jean-pierre-van-der-berg`. */
function slugOf(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/Ł/g, 'l')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function syntheticContent(sizes: SyntheticSizes, bibKeys: readonly string[], seed = 2026): ContentFiles {
  const rnd = random(seed);
  const pick = pickWith(rnd);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const some = <T>(xs: readonly T[], lo: number, hi: number) => [...new Set(Array.from({ length: int(lo, hi) }, () => pick(xs)))];
  const paragraph = (sentences: number) =>
    Array.from({ length: sentences }, () => `The ${pick(WORDS)} ${pick(['reduces', 'bounds', 'explains', 'measures', 'hides'])} the cost of ${pick(TOPICS)} when the ${pick(WORDS)} is ${pick(['overloaded', 'idle', 'shared', 'fragmented'])}, as \`${pick(WORDS)}\` shows on ${int(2, 500)} servers.`).join(' ');
  const files: ContentFiles = new Map();

  const people: { slug: string; name: string }[] = [];
  for (let i = 0; i < sizes.people; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const slug = `${slugOf(name)}-${i}`;
    people.push({ slug, name });
    const [role, roleFr] = pick(ROLES);
    const start = int(1995, 2020);
    const interests = some(TOPICS, 2, 5);
    const lines = [
      '---',
      `name: ${q(name)}`,
      `nameVariants: [${q(`${name.split(' ').slice(1).join(' ')}, ${name[0]}.`)}]`,
      `role: ${role}`,
      `affiliations: [${some(LABS, 1, 2).map(q).join(', ')}]`,
      `bio: ${q(`${role} working on ${interests[0]} and ${interests.at(-1)}. ${paragraph(1)}`)}`,
      `interests: [${interests.join(', ')}]`,
      'links:',
      `  homepage: https://example.org/~${slug}`,
      `  github: https://github.com/${slug}`,
      `  email: ${slug}@example.org`,
      'education:',
      `  - degree: PhD in computer science`,
      `    institution: ${q(pick(LABS))}`,
      `    period: { start: ${start}-${int(1, 12)}, end: ${start + int(3, 4)} }`,
      `    details: ${q(`Thesis on ${pick(TOPICS)}.`)}`,
      ...yamlList('experience', Array.from({ length: int(0, 3) }, (_, k) => [
        `  - title: ${pick(ROLES)[0]}`,
        `    organization: ${q(pick(LABS))}`,
        `    place: ${q(pick(PLACES))}`,
        `    period: { start: ${start + 4 + k * 3}, end: ${k === 0 ? 'present' : start + 6 + k * 3} }`,
        `    details: ${q(paragraph(1))}`,
      ])),
      ...yamlList('teaching', Array.from({ length: int(0, 2) }, () => [`  - course: ${q(`Introduction to ${pick(TOPICS)}`)}`, '    level: Master, 1st year', `    hours: ${int(6, 48)}`, `    students: ${int(10, 120)}`])),
      `skills: [{ name: C }, { name: Linux kernel development }, { name: ${pick(['Java', 'Rust', 'OCaml', 'Go'])} }]`,
      'languages: [{ language: English, level: Fluent }, { language: French, level: Mother tongue }]',
      ...(rnd() < 0.5 ? [`translations: { fr: { role: ${q(roleFr)}, bio: ${q(`Travaille sur ${pick(TOPICS_FR)}.`)} } }`] : []),
      '---',
      '',
      paragraph(int(2, 5)),
      '',
    ];
    files.set(`people/${slug}.md`, lines.join('\n'));
  }

  for (let i = 0; i < sizes.projects; i++) {
    const word = pick(WORDS);
    const title = `${word[0]!.toUpperCase()}${word.slice(1)} ${pick(WORDS)} ${i}`;
    const slug = slugOf(title);
    const french = rnd() < 0.05; // a few projects written in French only
    const start = int(2000, 2024);
    // Facts shared by the original and its translation.
    const facts = [
      `people: [${some(people, 1, 4).map((p) => p.slug).join(', ')}]`,
      `period: { start: ${start}${rnd() < 0.5 ? `-${String(int(1, 12)).padStart(2, '0')}` : ''}${rnd() < 0.6 ? `, end: ${start + int(1, 5)}` : ''} }`,
      `status: ${pick(['active', 'completed', 'archived'])}`,
      `links: { code: https://github.com/example/${slug}, site: https://example.org/${slug} }`,
      `publications: [${bibKeys.length > 0 && rnd() < 0.4 ? some(bibKeys, 1, 3).join(', ') : ''}]`,
    ];
    const frontmatter = (projectTitle: string, summary: string, lang?: string) =>
      ['---', `title: ${q(projectTitle)}`, `summary: ${q(summary)}`, ...facts, ...(lang ? [`lang: ${lang}`] : []), '---', ''];
    const body = ['## Context', '', paragraph(int(3, 6)), '', '## Results', '', ...some(TOPICS, 2, 4).map((t) => `- ${t}: ${paragraph(1)}`), '', '```sh', `${slug} --servers ${int(2, 500)} --plan`, '```', '', paragraph(int(2, 4)), ''];
    const bodyFr = ['## Contexte', '', `Ce projet porte sur ${pick(TOPICS_FR)} et ${pick(TOPICS_FR)}.`, '', paragraph(int(2, 4)), ''];
    files.set(`projects/${slug}.mdx`, [...frontmatter(title, `A project on ${pick(TOPICS)}. ${paragraph(1)}`, french ? 'fr' : undefined), ...(french ? bodyFr : body)].join('\n'));
    if (!french && rnd() < 0.2) {
      files.set(`projects/fr/${slug}.mdx`, [...frontmatter(title, `Un projet sur ${pick(TOPICS_FR)}.`), ...bodyFr].join('\n'));
    }
  }

  for (let i = 0; i < sizes.talks; i++) {
    const language = rnd() < 0.3 ? 'fr' : 'en';
    const topic = language === 'fr' ? pick(TOPICS_FR) : pick(TOPICS);
    const title = language === 'fr' ? `Retour sur ${topic} (${i})` : `Lessons from ${topic} (${i})`;
    const lines = [
      '---',
      `title: ${q(title)}`,
      `speakers: [${some(people, 1, 2).map((p) => p.slug).join(', ')}]`,
      ...(rnd() < 0.2 ? [`externalSpeakers: [${q(`${pick(FIRST)} ${pick(LAST)}`)}]`] : []),
      `language: ${language}`,
      ...(rnd() < 0.8 ? [`date: ${int(2005, 2025)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`] : []),
      ...(rnd() < 0.8 ? [`event: { name: ${q(pick(EVENTS))}, place: ${q(pick(PLACES))}, url: https://example.org/event/${i} }`] : []),
      ...(rnd() < 0.6 ? [`slides: https://example.org/slides/${i}.pdf`] : []),
      `summary: ${q(language === 'fr' ? `Un exposé sur ${topic}.` : `A talk on ${topic}. ${paragraph(1)}`)}`,
      '---',
      '',
      language === 'fr' ? `Cet exposé présente ${topic}.` : paragraph(int(2, 5)),
      '',
    ];
    files.set(`talks/${slugOf(title)}.mdx`, lines.join('\n'));
  }
  return files;
}
