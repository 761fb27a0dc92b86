/**
 * Checks on the built files themselves (no browser): every internal link and asset resolves, no private data of
 * the seeds is published, and pages stay within the JavaScript budget.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { base, distDir, fileForPath, filesUnder, htmlFiles, linkedUrls, read, repoRoot, servedPath } from './dist.ts';

test.describe('built site on disk', () => {
  test.beforeAll(() => {
    expect(existsSync(path.join(distDir, 'index.html')), 'dist/ is missing: run `BASE_PATH=/vitrine/ npm run build` first').toBe(true);
  });

  test('every internal href and src of every HTML file resolves to a file of dist/, under the base', () => {
    const origin = 'http://site.invalid';
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      const pageUrl = new URL(servedPath(file), origin);
      for (const raw of linkedUrls(read(file))) {
        if (raw === '' || raw.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
        const target = new URL(raw, pageUrl);
        if (target.origin !== origin) continue; // external link
        checked++;
        if (!fileForPath(target.pathname)) broken.push(`${servedPath(file)} → ${raw}`);
      }
    }
    expect(broken, `broken internal links (a path outside ${base} lacks the base)`).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  test('no file of dist/ contains the date of birth, home address or phone number of seed 000', () => {
    const seed = path.resolve(repoRoot, '..', 'shared', 'seeds', '000_e20cb5a6a8424918.txt');
    test.skip(!existsSync(seed), `${seed} is absent (a clone without ../shared): nothing to compare against`);
    const text = readFileSync(seed, 'utf8');
    const field = (label: RegExp) => {
      const line = text.split('\n').find((l) => label.test(l));
      expect(line, `seed 000 has no line matching ${label}`).toBeDefined();
      return line!.replace(/^[^:]*:\s*/, '').trim();
    };
    const birthField = field(/DATE OF BIRTH/i);
    const birth = birthField.includes('|') ? birthField.split('|').pop()!.trim() : birthField;
    const address = field(/^ADDRESS\s*:/i);
    const phone = field(/^PHONE\s*:/i);

    const birthDate = new Date(`${birth} UTC`);
    expect(Number.isNaN(birthDate.getTime()), `could not read the date of birth "${birth}"`).toBe(false);
    const [y, m, d] = [birthDate.getUTCFullYear(), birthDate.getUTCMonth() + 1, birthDate.getUTCDate()];
    const pad = (n: number) => String(n).padStart(2, '0');
    const forbiddenStrings = [
      birth,
      `${y}-${pad(m)}-${pad(d)}`,
      `${pad(d)}/${pad(m)}/${y}`,
      `${d}/${m}/${y}`,
      new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(birthDate),
      new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(birthDate),
      address,
      // The street alone (before the postcode) is already private.
      address.split(/\s\d{5}\s/)[0]!,
    ].map((s) => s.toLowerCase());
    // The phone number in any spacing or punctuation, with or without the country code.
    const digits = phone.replace(/\D/g, '').slice(-9);
    const phonePattern = new RegExp(digits.split('').join('[\\s.()\\-]*'));

    const leaks: string[] = [];
    for (const file of filesUnder(distDir)) {
      const content = readFileSync(file).toString('utf8').toLowerCase();
      for (const forbidden of forbiddenStrings) if (content.includes(forbidden)) leaks.push(`${path.relative(distDir, file)}: a private field of seed 000`);
      if (phonePattern.test(content)) leaks.push(`${path.relative(distDir, file)}: the phone number of seed 000`);
    }
    // Never print the private values themselves in the report.
    expect(leaks).toEqual([]);
  });

  test('no raw e-mail address appears in the HTML (profiles show them obfuscated)', () => {
    const peopleDir = path.join(repoRoot, 'content', 'people');
    const addresses = existsSync(peopleDir)
      ? filesUnder(peopleDir).flatMap((f) => [...read(f).matchAll(/^\s*email:\s*["']?([^\s"']+@[^\s"']+)["']?\s*$/gm)].map((m) => m[1]!.toLowerCase()))
      : [];
    const anyAddress = /[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
    const found: string[] = [];
    for (const file of htmlFiles()) {
      const html = read(file);
      const lower = html.toLowerCase();
      for (const address of addresses) if (lower.includes(address)) found.push(`${servedPath(file)}: a profile's e-mail in clear`);
      for (const match of html.matchAll(anyAddress)) found.push(`${servedPath(file)}: ${match[0]}`);
    }
    expect(found).toEqual([]);
  });

  test('pages ship at most 10 KB of JavaScript (search page excepted)', () => {
    // Pages allowed more: the search page loads Pagefind; a page with a live demo adds its own pattern here.
    const allowedMore = [/\/search\/$/];
    const budget = 10 * 1024;
    const over: string[] = [];
    for (const file of htmlFiles()) {
      const served = servedPath(file);
      if (allowedMore.some((p) => p.test(served))) continue;
      const bytes = javaScriptBytes(read(file), served);
      if (bytes > budget) over.push(`${served}: ${bytes} bytes`);
    }
    expect(over).toEqual([]);
  });
});

/** Inline scripts (not JSON-LD) plus external module scripts and the chunks they import statically. */
function javaScriptBytes(html: string, servedAt: string): number {
  let total = 0;
  const seen = new Set<string>();
  const addFile = (pathname: string) => {
    const file = fileForPath(pathname);
    if (!file || seen.has(file)) return;
    seen.add(file);
    total += statSync(file).size;
    for (const m of read(file).matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) addFile(new URL(m[1]!, `http://x${pathname}`).pathname);
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = m[1]!;
    if (/type\s*=\s*["']application\/(ld\+)?json["']/i.test(attributes)) continue;
    const src = /\ssrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
    if (src) addFile(new URL(src, `http://x${servedAt}`).pathname);
    else total += Buffer.byteLength(m[2]!, 'utf8');
  }
  return total;
}
