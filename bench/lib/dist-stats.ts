/**
 * What a build wrote to dist/: sizes by kind of file, and the JavaScript each HTML page makes the browser load
 * before any interaction (inline scripts, external scripts and the modules they import statically).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { filesUnder } from './site-copy.ts';

/** Sections whose pages embed a demo of the solver: the JavaScript budget does not apply to them. */
const DEMO_SECTIONS = ['demos', 'tutorials', 'benchmarks', 'reproducibility'];

export interface DistStats {
  pages: number;
  bytes: { total: number; html: number; js: number; css: number; wasm: number };
  /** Pages outside the demo sections: how many, and the JavaScript bytes they load. */
  noDemo: { pages: number; medianJs: number; maxJs: number; maxPage: string };
}

export function distStats(dist: string, base = '/'): DistStats {
  const files = filesUnder(dist);
  const size = (file: string) => statSync(join(dist, file)).size;
  const sum = (ext: string) => files.filter((f) => f.endsWith(ext)).reduce((total, f) => total + size(f), 0);
  const pages = files.filter((f) => f.endsWith('.html'));
  const noDemo = pages.filter((page) => !DEMO_SECTIONS.includes(page.replace(/^fr\//, '').split('/')[0]!));
  const js = noDemo.map((page) => ({ page, bytes: pageJavaScript(dist, page, base) })).sort((a, b) => a.bytes - b.bytes);
  return {
    pages: pages.length,
    bytes: { total: files.reduce((t, f) => t + size(f), 0), html: sum('.html'), js: sum('.js') + sum('.mjs'), css: sum('.css'), wasm: sum('.wasm') },
    noDemo: {
      pages: noDemo.length,
      medianJs: js.length > 0 ? js[Math.floor(js.length / 2)]!.bytes : 0,
      maxJs: js.at(-1)?.bytes ?? 0,
      maxPage: js.at(-1)?.page ?? '-',
    },
  };
}

/**
 * Bytes of JavaScript a page loads up front: its inline scripts, plus each distinct file of its external scripts
 * and of their static imports. JSON scripts (structured data) are not JavaScript; dynamic `import()` loads on
 * demand and is not counted. `base` is the build's base path; a script that is not in dist/ is an error.
 */
export function pageJavaScript(dist: string, page: string, base = '/'): number {
  const html = readFileSync(join(dist, page), 'utf8');
  const seen = new Set<string>();
  let bytes = 0;
  const follow = (url: string, from: string) => {
    if (/^[a-z]+:/.test(url)) throw new Error(`${page} loads a script from another site (${url}): this count cannot measure it`);
    if (url.startsWith('/') && !url.startsWith(base)) throw new Error(`${page} loads ${url}, outside the base path ${base}`);
    const file = url.startsWith('/') ? url.slice(base.length) : posix.join(posix.dirname(from), url);
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    bytes += Buffer.byteLength(code);
    for (const m of code.matchAll(STATIC_IMPORT)) follow(m[1]!, file);
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = m[1]!;
    if (/type=["']?application\/(ld\+)?json/.test(attributes)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(attributes);
    if (src) follow(src[1]!, page);
    else {
      bytes += Buffer.byteLength(m[2]!);
      for (const i of m[2]!.matchAll(STATIC_IMPORT)) follow(i[1]!, page);
    }
  }
  return bytes;
}

/** `import x from "./a.js"`, `import"./a.js"`, `export*from"./a.js"`, minified or not; not `import("./a.js")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
