/**
 * The entries of the main menu, in order. To add a section (e.g. publications): add a line here with its site
 * path (from `routes` in src/lib/urls.ts) and a `nav.<name>` key in src/i18n/en.json and fr.json. The header
 * marks an entry as current on its own page and on every page below it.
 */
import type { UiKey } from '../i18n/index.ts';
import { routes } from './urls.ts';

export interface NavEntry {
  /** Dictionary key of the entry's label. */
  label: UiKey;
  /** Site path (no base, no language prefix). */
  path: string;
}

export const navEntries: NavEntry[] = [
  { label: 'nav.people', path: routes.people() },
  { label: 'nav.projects', path: routes.projects() },
  { label: 'nav.publications', path: routes.publications() },
  { label: 'nav.talks', path: routes.talks() },
  { label: 'nav.reproducibility', path: routes.reproducibility() },
  { label: 'nav.demo', path: routes.placementDemo() },
  { label: 'nav.tutorials', path: routes.tutorials() },
];

/** Whether `entry` is the section of the page at site path `current`. */
export function isCurrentSection(entry: NavEntry, current: string): boolean {
  return entry.path === '/' ? current === '/' : current.startsWith(entry.path);
}
