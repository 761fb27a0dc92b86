import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import type { LoaderContext } from 'astro/loaders';
import { bibtexLoader } from '../../../src/lib/bibtex/loader.ts';

/** The parts of Astro's loader context the loader uses, in memory, kept between "builds" like Astro does. */
function fakeAstro(root: string, watcher?: unknown) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>();
  const meta = new Map<string, string>();
  const logs: string[] = [];
  const context = () =>
    ({
      collection: 'publications',
      config: { root: pathToFileURL(`${root}/`) },
      store: {
        get: (id: string) => entries.get(id),
        set: (e: { id: string; data: Record<string, unknown>; filePath?: string }) => (entries.set(e.id, e), true),
        delete: (id: string) => void entries.delete(id),
        keys: () => [...entries.keys()],
        has: (id: string) => entries.has(id),
      },
      meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
      logger: { info: (m: string) => logs.push(`info ${m}`), warn: (m: string) => logs.push(`warn ${m}`), error: (m: string) => logs.push(`error ${m}`), debug: () => {} },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      watcher,
      generateDigest: (text: string) => String(text.length) + ':' + [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7),
    }) as unknown as LoaderContext;
  return { entries, logs, build: () => bibtexLoader().load(context()) };
}

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project() {
  const root = mkdtempSync(join(tmpdir(), 'vitrine-loader-'));
  roots.push(root);
  mkdirSync(join(root, 'publications'));
  writeFileSync(join(root, 'publications', 'a.bib'), '@misc{a1, title = {A one}, year = 2020}\n@misc{a2, title = {A two}, url = {ftp://x}}\n');
  writeFileSync(join(root, 'publications', 'b.bib'), '@article{b1, author = {Erd\\H{o}s, Paul}, title = {B}, journal = {J}, year = 2021}\n');
  return root;
}

test('every entry of every .bib file is stored under its key, with its source file', async () => {
  const astro = fakeAstro(project());
  await astro.build();
  assert.deepEqual([...astro.entries.keys()].sort(), ['a1', 'a2', 'b1']);
  assert.equal(astro.entries.get('b1')!.filePath, 'publications/b.bib');
  assert.equal((astro.entries.get('b1')!.data.authors as { last: string }[])[0]!.last, 'Erdős');
  assert.ok(astro.logs.some((l) => l.startsWith('warn publications/a.bib:2:') && l.includes('invalid-url')));
});

test('a rebuild re-parses only the file that changed, and forgets removed entries', async () => {
  const root = project();
  const astro = fakeAstro(root);
  await astro.build();
  astro.logs.length = 0;
  await astro.build();
  assert.deepEqual(astro.logs.filter((l) => l.includes('entries parsed')), []);
  assert.ok(astro.logs.includes('info 2 unchanged .bib file(s) not re-parsed'));
  astro.logs.length = 0;
  writeFileSync(join(root, 'publications', 'a.bib'), '@misc{a1, title = {A one, edited}}\n');
  await astro.build();
  assert.deepEqual(astro.logs.filter((l) => l.includes('entries parsed')).map((l) => l.replace(/ in \d+ ms$/, '')), ['info publications/a.bib: 1 entries parsed']);
  assert.deepEqual([...astro.entries.keys()].sort(), ['a1', 'b1']);
  assert.equal((astro.entries.get('a1')!.data.fields as Record<string, string>).title, 'A one, edited');
});

test('errors fail the build listing every diagnostic, and keep failing until fixed', async () => {
  const root = project();
  appendFileSync(join(root, 'publications', 'b.bib'), '@misc{broken title = {x}}\n@misc{A1, title = {dup}}\n');
  const astro = fakeAstro(root);
  await assert.rejects(astro.build(), (e: Error) => {
    assert.match(e.message, /^2 BibTeX error\(s\) in the publications:\n/);
    assert.match(e.message, /^publications\/b\.bib:2:14 broken: error missing-key: expected ',' after the key 'broken'/m);
    assert.match(e.message, /^publications\/b\.bib:3:1 A1: error duplicate-key: the key 'A1' is already used in publications\/a\.bib:1/m);
    assert.equal(e.stack, '');
    return true;
  });
  await assert.rejects(astro.build(), /2 BibTeX error/); // unchanged files: errors come from the meta store
});

test('in astro dev, errors are logged instead of thrown, and saving a .bib reloads it', async () => {
  const root = project();
  const handlers = new Map<string, (path: string) => void>();
  const watcher = { add: () => {}, on: (event: string, handler: (path: string) => void) => void handlers.set(event, handler) };
  const astro = fakeAstro(root, watcher);
  appendFileSync(join(root, 'publications', 'b.bib'), '@misc{b2 title = {x}}\n');
  await astro.build(); // does not throw
  assert.ok(astro.logs.some((l) => l.startsWith('error publications/b.bib:2:')));
  writeFileSync(join(root, 'publications', 'b.bib'), '@misc{b3, title = {Fixed}}\n');
  astro.logs.length = 0;
  handlers.get('change')!(join(root, 'publications', 'b.bib'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.deepEqual([...astro.entries.keys()].sort(), ['a1', 'a2', 'b3']);
  assert.ok(!astro.logs.some((l) => l.startsWith('error')));
});
