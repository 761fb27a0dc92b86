/**
 * Required fields per entry type: the standard table of BibTeX's styles (btxdoc, "Entry Types").
 * Each requirement is a list of alternatives: `['author', 'editor']` means one of them.
 */
export const REQUIRED_FIELDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  article: [['author'], ['title'], ['journal'], ['year']],
  book: [['author', 'editor'], ['title'], ['publisher'], ['year']],
  booklet: [['title']],
  conference: [['author'], ['title'], ['booktitle'], ['year']],
  inbook: [['author', 'editor'], ['title'], ['chapter', 'pages'], ['publisher'], ['year']],
  incollection: [['author'], ['title'], ['booktitle'], ['publisher'], ['year']],
  inproceedings: [['author'], ['title'], ['booktitle'], ['year']],
  manual: [['title']],
  mastersthesis: [['author'], ['title'], ['school'], ['year']],
  misc: [],
  phdthesis: [['author'], ['title'], ['school'], ['year']],
  proceedings: [['title'], ['year']],
  techreport: [['author'], ['title'], ['institution'], ['year']],
  unpublished: [['author'], ['title'], ['note']],
};

/** The requirements not met by an entry of `type` with the given field names; undefined for an unknown type. */
export function missingFields(type: string, has: (name: string) => boolean): string[][] | undefined {
  const rules = REQUIRED_FIELDS[type];
  if (!rules) return undefined;
  return rules.filter((alternatives) => !alternatives.some(has)).map((a) => [...a]);
}
