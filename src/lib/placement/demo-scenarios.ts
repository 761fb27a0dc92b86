/**
 * The scenarios of demos/ (one folder each: scenario.btrp + demo.json, see demos/README.md), read at build time
 * by Vite's import.meta.glob, so that the site needs no file access at run time and a new folder appears in the
 * playground's presets without a code change. The seed talk comes first, then getting-started, then the rest
 * by name.
 */
export interface DemoScenario {
  /** Folder name, e.g. `talk`. */
  name: string;
  title: string;
  summary: string;
  text: string;
}

const scripts = import.meta.glob<string>('../../../demos/*/scenario.btrp', { query: '?raw', import: 'default', eager: true });
const metas = import.meta.glob<{ title: string; summary: string }>('../../../demos/*/demo.json', { import: 'default', eager: true });

const FIRST = ['talk', 'getting-started'];

function folder(path: string): string {
  return path.split('/').at(-2)!;
}

export const demoScenarios: DemoScenario[] = Object.entries(scripts)
  .map(([path, text]) => {
    const name = folder(path);
    const meta = Object.entries(metas).find(([p]) => folder(p) === name)?.[1];
    return { name, title: meta?.title ?? name, summary: meta?.summary ?? '', text };
  })
  .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));

function rank(name: string): number {
  const i = FIRST.indexOf(name);
  return i < 0 ? FIRST.length : i;
}

/** The scenario of demos/<name>/, or an error naming the folders that exist (a typo in an MDX file). */
export function demoScenario(name: string): DemoScenario {
  const found = demoScenarios.find((d) => d.name === name);
  if (!found) throw new Error(`<PlacementDemo scenario="${name}">: there is no demos/${name}/scenario.btrp; the scenarios are ${demoScenarios.map((d) => d.name).join(', ')}`);
  return found;
}

let demoCount = 0;
/** A build-unique number for the ids of one demo's elements (two demos on a page must not share ids). */
export function nextDemoId(): number {
  return ++demoCount;
}
