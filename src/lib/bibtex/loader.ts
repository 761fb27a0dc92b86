/**
 * Astro content loader for `publications/*.bib`: one collection entry per BibTeX entry, id = citation key,
 * data = the normalised BibEntry (see entry.ts). The parsing and normalising are the library's; this module only
 * adapts it to Astro's content layer:
 * - Incremental: each file's digest, keys and diagnostics are kept in the loader's meta store, so a rebuild
 *   after editing one .bib re-parses only that file (the entries of unchanged files stay in the data store).
 * - Errors fail the build with every diagnostic listed, one line each, no stack trace; warnings are logged.
 *   In `astro dev` errors are logged instead, so that fixing the file reloads the page.
 * - Keys are unique across files: the first file (in name order) keeps a repeated key, later ones get an error.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors'; // Astro's user-facing error: printed without a stack trace
import type { Loader, LoaderContext } from 'astro/loaders';
import { type BibDiagnostic, formatDiagnostic, sortDiagnostics } from './diagnostics.ts';
import type { BibEntry } from './entry.ts';
import { parseBibliography } from './normalise.ts';

export interface BibtexLoaderOptions {
  /** Folder of the .bib files, relative to the project root. Default `publications`. */
  base?: string;
}

/** What the meta store remembers of a file between builds. */
interface FileRecord {
  digest: string;
  /** Keys stored from this file, with their positions (for cross-file duplicate diagnostics). */
  keys: { key: string; line: number; column: number }[];
  diagnostics: BibDiagnostic[];
}

const FILES_KEY = 'files';

export function bibtexLoader(options: BibtexLoaderOptions = {}): Loader {
  const base = options.base ?? 'publications';
  return {
    name: 'vitrine-bibtex',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      const strict = context.watcher === undefined;
      await sync(context, root, dir, strict);
      if (!context.watcher) return;
      context.watcher.add(dir);
      // One sync at a time: saving several files at once must not interleave two passes over the store.
      let queue = Promise.resolve();
      const onChange = (path: string) => {
        if (!path.startsWith(dir + sep) || !path.endsWith('.bib')) return;
        queue = queue.then(async () => {
          context.logger.info(`reloading ${relative(root, path)}`);
          try {
            await sync(context, root, dir, false);
          } catch (error) {
            context.logger.error(`publications not reloaded: ${(error as Error).message}`);
          }
        });
      };
      context.watcher.on('change', onChange);
      context.watcher.on('add', onChange);
      context.watcher.on('unlink', onChange);
    },
  };
}

async function sync(context: LoaderContext, root: string, dir: string, strict: boolean): Promise<void> {
  const { store, meta, logger } = context;
  const files = await listBibFiles(dir);
  const diagnostics: BibDiagnostic[] = [];
  /** Lower-cased key → the file and position that own it. */
  const owners = new Map<string, { file: string; line: number }>();
  let parsedCount = 0;

  for (const path of files) {
    const file = relative(root, path).split(sep).join('/');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      diagnostics.push({ severity: 'error', code: 'unreadable-file', file, line: 1, column: 1, message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, hint: 'check its permissions' });
      continue;
    }
    const digest = context.generateDigest(text);
    const previous = readRecord(meta.get(`file:${file}`));
    const reusable =
      previous?.digest === digest &&
      previous.keys.every(({ key }) => store.get(key)?.filePath === file && !owners.has(key.toLowerCase()));
    let record: FileRecord;
    if (reusable) {
      record = previous;
    } else {
      const started = performance.now();
      const result = parseBibliography(text, file);
      parsedCount++;
      const keys: FileRecord['keys'] = [];
      const fileDiagnostics = result.diagnostics;
      // Entries this file stored last time and no longer has.
      const fresh = new Set(result.entries.map((e) => e.key));
      for (const old of previous?.keys ?? []) {
        if (!fresh.has(old.key) && store.get(old.key)?.filePath === file) store.delete(old.key);
      }
      for (const entry of result.entries) {
        const owner = owners.get(entry.key.toLowerCase());
        if (owner) {
          fileDiagnostics.push(duplicateAcrossFiles(entry, owner));
          continue;
        }
        const data = await context.parseData({ id: entry.key, data: entry as unknown as Record<string, unknown> });
        store.set({ id: entry.key, data, filePath: file, digest: `${digest}:${entry.key}` });
        keys.push({ key: entry.key, line: entry.source.line, column: entry.source.column });
        owners.set(entry.key.toLowerCase(), { file, line: entry.source.line });
      }
      record = { digest, keys, diagnostics: sortDiagnostics(fileDiagnostics) };
      meta.set(`file:${file}`, JSON.stringify(record));
      logger.info(`${file}: ${keys.length} entries parsed in ${Math.round(performance.now() - started)} ms`);
    }
    if (reusable) for (const { key, line } of record.keys) owners.set(key.toLowerCase(), { file, line });
    diagnostics.push(...record.diagnostics);
  }

  // Files that were removed since the last build take their entries with them.
  const known = new Set(files.map((p) => relative(root, p).split(sep).join('/')));
  for (const gone of readList(meta.get(FILES_KEY)).filter((f) => !known.has(f))) {
    for (const { key } of readRecord(meta.get(`file:${gone}`))?.keys ?? []) {
      if (store.get(key)?.filePath === gone) store.delete(key);
    }
    meta.delete(`file:${gone}`);
  }
  meta.set(FILES_KEY, JSON.stringify([...known]));
  if (parsedCount < files.length) logger.info(`${files.length - parsedCount} unchanged .bib file(s) not re-parsed`);

  report(diagnostics, logger, strict);
}

function duplicateAcrossFiles(entry: BibEntry, owner: { file: string; line: number }): BibDiagnostic {
  return {
    severity: 'error',
    code: 'duplicate-key',
    file: entry.source.file,
    line: entry.source.line,
    column: entry.source.column,
    key: entry.key,
    message: `the key '${entry.key}' is already used in ${owner.file}:${owner.line}; this entry was dropped`,
    hint: 'keys name the pages /publications/<key>/ and must be unique across all .bib files',
  };
}

/** Warnings are logged; errors are logged, then fail the build (in `astro dev`, they are only logged). */
function report(diagnostics: BibDiagnostic[], logger: LoaderContext['logger'], strict: boolean): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const d of diagnostics) if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
  for (const d of errors) logger.error(formatDiagnostic(d));
  if (errors.length > 0 && strict) {
    const error = new AstroError(
      `${errors.length} BibTeX error(s) in the publications:\n${errors.map(formatDiagnostic).join('\n')}`,
      'Fix the entries listed above; `npx vitrine bib <file.bib>` checks a file without building the site.',
    );
    error.stack = ''; // a user's mistake, not ours: the diagnostics say where, a stack trace would only distract
    throw error;
  }
}

async function listBibFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return []; // no publications folder: an empty collection
  }
  return names.filter((n) => n.endsWith('.bib')).sort().map((n) => join(dir, n));
}

function readRecord(json: string | undefined): FileRecord | undefined {
  if (!json) return undefined;
  try {
    return JSON.parse(json) as FileRecord;
  } catch {
    return undefined;
  }
}

function readList(json: string | undefined): string[] {
  try {
    const list = json ? JSON.parse(json) : [];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}
