/** The words of the publication pages' formatting functions, from the UI dictionaries. */
import { t, type Lang } from '../../i18n/index.ts';
import type { VenueWords } from './format.ts';
import type { PublicationKind } from './list.ts';

export function venueWords(lang: Lang): VenueWords {
  return {
    volume: t(lang, 'publication.venue.volume'),
    issue: t(lang, 'publication.venue.issue'),
    pages: t(lang, 'publication.venue.pages'),
    page: t(lang, 'publication.venue.page'),
    phdThesis: t(lang, 'publication.venue.phdThesis'),
    mastersThesis: t(lang, 'publication.venue.mastersThesis'),
    report: t(lang, 'publication.venue.report'),
    in: t(lang, 'publication.venue.in'),
  };
}

/** The name of a kind in the filters ("Journal articles"). */
export function kindLabel(lang: Lang, kind: PublicationKind): string {
  return t(lang, `publications.kind.${kind}`);
}

/** The kind of one publication ("Journal article"), for its badge and its page. */
export function kindName(lang: Lang, kind: PublicationKind): string {
  return t(lang, `publication.kind.${kind}`);
}
