/**
 * `vitrine build`: builds the site with Astro, and when a content file is wrong, prints one line per problem
 * (`file:line:column: field message`) instead of Astro's error block with its stack trace. The stack of an
 * internal error (a bug in the site's code, not in the content) is still printed: it is useful there.
 */
import { readdir, readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Io } from '../io.ts';
import { contentErrorsOf, formatContentError, mdxReferenceError, type ContentErrorLike } from '../../lib/content-errors.ts';
import { verifyAll } from '../verify-recordings.ts';

export const CONTENT_ERROR = 1;
const USAGE_ERROR = 2;

const HELP = `usage: vitrine build [--verify-only]

Solves every scenario of demos/ again and compares it with its recording.json (a drift stops the build with
the difference; \`npx vitrine record <scenario>\` records a change on purpose), then builds the site into dist/
(astro build). --verify-only stops after the comparison. SITE_URL and BASE_PATH set where it will be deployed.
A content file with a missing or malformed field stops the build with one line per problem:
  content/<collection>/<file>:<line>:<column>: <field> <what is wrong and what to write>`;

/** What the command needs from Astro; tests replace it. */
export interface BuildDeps {
  build: (root: string) => Promise<void>;
  /** Re-solves the recorded scenarios; false (after printing why) stops the build. Default: verifyAll. */
  verify?: (root: string, io: Io) => Promise<boolean>;
}

const astroBuild: BuildDeps = {
  async build(root) {
    const { build } = await import('astro');
    await build({ root });
  },
};

export async function run(args: string[], io: Io, deps: BuildDeps = astroBuild): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  const verifyOnly = args.includes('--verify-only');
  const unexpected = args.find((a) => a !== '--verify-only');
  if (unexpected !== undefined) {
    io.err(`vitrine build: unexpected argument '${unexpected}'\n\n${HELP}`);
    return USAGE_ERROR;
  }
  if (!(await (deps.verify ?? verifyAll)(io.cwd, io))) return CONTENT_ERROR;
  if (verifyOnly) return 0;
  try {
    await deps.build(io.cwd);
    return 0;
  } catch (error) {
    const contentDir = resolve(io.cwd, 'content');
    const errors: ContentErrorLike[] = contentErrorsOf(error, contentDir);
    if (errors.length === 0) {
      const fromMdx = mdxReferenceError(error, await mdxSources(contentDir));
      if (!fromMdx) throw error;
      errors.push(fromMdx);
    }
    const lines: string[] = [];
    for (const contentError of errors) {
      const file = contentError.loc!.file!;
      const source = await readFile(file, 'utf8').catch(() => undefined);
      lines.push(...formatContentError(contentError, relative(io.cwd, file), source));
    }
    io.err(['', ...lines, '', `Build stopped: fix ${lines.length === 1 ? 'this problem' : `these ${lines.length} problems`} and build again.`].join('\n'));
    return CONTENT_ERROR;
  }
}

/** The .mdx files of content/, with their text, to find where an MDX expression error comes from. */
async function mdxSources(contentDir: string): Promise<{ path: string; source: string }[]> {
  const names = await readdir(contentDir, { recursive: true }).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith('.mdx')).map((name) => resolve(contentDir, name));
  return Promise.all(files.map(async (path) => ({ path, source: await readFile(path, 'utf8') })));
}
