/**
 * Which author of a paper is which person of the site. BibTeX writes the same person many ways ("Gallard,
 * Jérôme", "J. Gallard", "Jerome Gallard", "Gallard, J."), so a profile lists its spellings (`name` +
 * `nameVariants`) and an author matches a spelling when:
 * - the last names (with their particle, "van der Berg") are equal once accents, case, hyphens and spaces are
 *   folded away;
 * - and the first names agree word by word, where an initial ("J.", "J.-P.") agrees with any word starting with
 *   that letter. Both must have a first name: "Gallard" alone matches nobody, and "Pascal Gallard" never matches
 *   "Jérôme Gallard".
 * Corporate names (`{Barnes and Noble, Inc.}`) never match a person.
 */
import { parseName, type PersonName } from '../bibtex/index.ts';

/** Letters that Unicode does not decompose into a base letter plus an accent. */
const UNDECOMPOSED: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', ȷ: 'j' };

/** Lower case, accents removed, special letters spelled in ASCII: "Jérôme Øster" → "jerome oster". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłđðþæœßıȷ]/g, (c) => UNDECOMPOSED[c]!);
}

/** A spelling reduced to what matching compares. */
export interface NameKey {
  /** Particle and last name, folded, without spaces or hyphens: "vanderberg". */
  last: string;
  /** First-name words, folded; an initial is one letter: "Jean-Pierre" → ["jean", "pierre"], "J.-P." → ["j", "p"]. */
  first: string[];
}

export function nameKey(name: PersonName): NameKey | undefined {
  if (name.literal) return undefined;
  const last = foldName([name.von, name.last].join('')).replace(/[^\p{L}\p{N}]/gu, '');
  const first = foldName(name.first)
    .split(/[\s.\-‐]+/)
    .filter((w) => w !== '');
  return last === '' ? undefined : { last, first };
}

/** How well two spellings agree: 0 not the same person, 1 compatible through initials, 2 same full names. */
export function matchQuality(a: NameKey, b: NameKey): 0 | 1 | 2 {
  if (a.last !== b.last || a.first.length === 0 || b.first.length === 0) return 0;
  const shared = Math.min(a.first.length, b.first.length);
  let exact = a.first.length === b.first.length;
  for (let i = 0; i < shared; i++) {
    const x = a.first[i]!;
    const y = b.first[i]!;
    if (x === y) continue;
    if ((x.length === 1 || y.length === 1) && x[0] === y[0]) {
      exact = false;
      continue;
    }
    return 0;
  }
  return exact ? 2 : 1;
}

/** The spellings of a person: their name and variants, each read as a BibTeX name ("Last, First" or "First Last"). */
export function personNameKeys(name: string, variants: readonly string[] = []): NameKey[] {
  return [name, ...variants].map((v) => nameKey(parseName(v))).filter((k): k is NameKey => k !== undefined);
}

/** Best agreement between an author and any spelling of a person. */
export function authorMatch(author: PersonName, spellings: readonly NameKey[]): 0 | 1 | 2 {
  const key = nameKey(author);
  if (!key) return 0;
  let best: 0 | 1 | 2 = 0;
  for (const s of spellings) {
    const q = matchQuality(key, s);
    if (q > best) best = q;
  }
  return best;
}

export interface PersonSpellings {
  slug: string;
  spellings: NameKey[];
}

/**
 * The person each author is, by position (undefined for authors who are not people of the site). When two
 * people fit an author, the one with the better agreement wins; a tie leaves the author unlinked rather than
 * linking the wrong person.
 */
export function identifyAuthors(authors: readonly PersonName[], people: readonly PersonSpellings[]): (string | undefined)[] {
  return authors.map((author) => {
    let best: string | undefined;
    let bestQuality = 0;
    let tie = false;
    for (const person of people) {
      const q = authorMatch(author, person.spellings);
      if (q > bestQuality) {
        best = person.slug;
        bestQuality = q;
        tie = false;
      } else if (q > 0 && q === bestQuality) tie = true;
    }
    return tie ? undefined : best;
  });
}
