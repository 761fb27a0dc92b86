/**
 * Turns Astro's error for a bad content file into lines a user can act on, without a stack trace:
 *
 *     content/projects/kget-plus.mdx:6:3: `period.start` is not a year or a year-month (found "spring 2009"); ...
 *
 * Astro reports a schema failure as one message, `**collection → id** data does not match collection schema.`
 * followed by `  **field.path**: message` lines (the messages are ours, from src/schemas/), and a location that
 * names the file but not the line. We split the message into issues and find each field's line in the
 * frontmatter. Pure functions: the build command (src/cli/commands/build.ts) does the reading and printing.
 */

/** One problem with one field of a content file. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `period.start` or `people.1`; empty for the file as a whole. */
  path: string;
  /** What is wrong and what to write instead. */
  message: string;
}

/** What an error thrown for a content file looks like, structurally. */
export interface ContentErrorLike {
  message: string;
  /** `YAMLException` for a frontmatter syntax error, `InvalidContentEntryDataError` for a schema error... */
  name?: string;
  title?: string;
  loc?: { file?: string; line?: number; column?: number };
}

/**
 * The errors about files under `contentDir` (a user's mistake, not a bug of the site) in what a build threw:
 * the error itself (schema and YAML errors, thrown by Astro's content layer) or the items of a bundler error
 * (MDX syntax errors, collected by Vite/rolldown in `errors`). Empty when the error is about something else.
 */
export function contentErrorsOf(error: unknown, contentDir: string): ContentErrorLike[] {
  const dir = contentDir.endsWith('/') ? contentDir : `${contentDir}/`;
  const isAboutContent = (e: unknown): e is ContentErrorLike =>
    e !== null &&
    typeof e === 'object' &&
    typeof (e as ContentErrorLike).message === 'string' &&
    typeof (e as ContentErrorLike).loc?.file === 'string' &&
    (e as ContentErrorLike).loc!.file!.startsWith(dir);
  if (isAboutContent(error)) return [error];
  const nested = error !== null && typeof error === 'object' ? (error as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(nested)) return [];
  const items = nested.filter(isAboutContent);
  // Only when every item is about content: a mix means the site's code is broken too, and needs its stack.
  return items.length === nested.length ? items : [];
}

const ISSUE_LINE = /^ {2}\*\*([^*]*)\*\*: ?(.*)$/;

/**
 * The field issues in an Astro schema error message; an empty list when the message is not of that form
 * (e.g. a YAML or MDX syntax error, which the caller prints as is).
 */
export function parseSchemaIssues(message: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const line of message.split('\n')) {
    const match = ISSUE_LINE.exec(line);
    if (match) issues.push({ path: match[1]!, message: match[2]! });
    else if (issues.length > 0 && line.trim() !== '') issues.at(-1)!.message += `\n${line}`;
  }
  return issues.map((issue) => ({ ...issue, message: issue.message.trimEnd() }));
}

/** A position in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Where the field `path` (dotted, list items by index) is written in the YAML frontmatter of `source`. A field
 * that is absent points at its closest written parent, and a missing top-level field at the opening `---`.
 * Understands block mappings, block lists and block scalars (`>-`, `|`); flow lists (`[a, b]`) point at
 * their key.
 */
export function locateField(source: string, path: string): Position {
  const lines = source.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === '---');
  if (start === -1) return { line: 1, column: 1 };
  const found = new Map<string, Position>();
  const stack: { indent: number; key: string }[] = [];
  const itemCounts = new Map<string, number>();
  let blockIndent = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '---') break;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^(\s*)(-\s+)?(?:([^\s:#'"[{][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s+(.*))?\s*$)?/.exec(line)!;
    const dash = match[2];
    const key = match[3];
    let keyIndent = indent;
    if (dash) {
      while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
      const parent = stack.map((s) => s.key).join('.');
      const index = itemCounts.get(`${parent}@${indent}`) ?? 0;
      itemCounts.set(`${parent}@${indent}`, index + 1);
      stack.push({ indent, key: String(index) });
      found.set(stack.map((s) => s.key).join('.'), { line: i + 1, column: indent + 1 });
      keyIndent = indent + dash.length;
    }
    if (key !== undefined) {
      while (stack.length > 0 && stack.at(-1)!.indent >= keyIndent) stack.pop();
      stack.push({ indent: keyIndent, key: key.replace(/^["']|["']$/g, '') });
      found.set(stack.map((s) => s.key).join('.'), { line: i + 1, column: keyIndent + 1 });
      if (/^[>|][-+0-9]*$/.test((match[4] ?? '').trim())) blockIndent = keyIndent;
    }
  }
  const parts = path === '' ? [] : path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const position = found.get(parts.slice(0, n).join('.'));
    if (position) return position;
  }
  return { line: start + 1, column: 1 };
}

/**
 * The lines printed for a content error: one `file:line:column: message` line per field issue, or the
 * error's own message at its own location when it is not a schema error (YAML or MDX syntax).
 * `source` is the file's text, when it could be read; `relativeFile` is the path shown to the user.
 */
export function formatContentError(error: ContentErrorLike, relativeFile: string, source: string | undefined): string[] {
  const issues = parseSchemaIssues(error.message);
  if (issues.length === 0) {
    const line = error.loc?.line || 1;
    const column = error.loc?.column || 1;
    // Bundler messages repeat the position ("21:15: ...") that the prefix already gives.
    const text = stripMarkdown(error.message).replace(/^\d+:\d+:\s*/, '').trim() || error.title || 'invalid content';
    return [`${relativeFile}:${line}:${column}: ${describe(error, relativeFile)}${text}`];
  }
  return issues.map((issue) => {
    const { line, column } = source === undefined ? { line: 1, column: 1 } : locateField(source, issue.path);
    const field = issue.path === '' ? 'frontmatter' : `\`${issue.path}\``;
    return `${relativeFile}:${line}:${column}: ${field} ${stripMarkdown(issue.message)}`;
  });
}

/** A few words that say which layer complained, with a hint for the MDX traps. */
function describe(error: ContentErrorLike, file: string): string {
  if (error.name === 'YAMLException') return 'the frontmatter is not valid YAML: ';
  if (error.name === 'MdxReferenceError') return ''; // its message already explains
  if (file.endsWith('.mdx') && /[<{]|jsx|acorn|expression/i.test(error.message)) {
    return 'MDX reads `<` as the start of a tag and `{` as the start of an expression; put such text in `backticks` or write \\< and \\{. ';
  }
  return '';
}

/** Astro writes its messages in Markdown (`**bold**`); a terminal shows the stars literally. */
function stripMarkdown(text: string): string {
  return text.replace(/\*\*([^*]+)\*\*/g, '$1');
}

/** A content file and its text, for `mdxReferenceError`. */
export interface ContentSource {
  path: string;
  source: string;
}

/**
 * An MDX body with `{name}` in its prose compiles, then fails while the page renders (`name is not defined`),
 * with a stack that points into a bundled chunk named after the content file. This finds the file and the line
 * among `candidates` (the .mdx files of content/), or returns undefined when the error is something else or the
 * file cannot be told for sure.
 */
export function mdxReferenceError(error: unknown, candidates: readonly ContentSource[]): ContentErrorLike | undefined {
  if (!(error instanceof Error) || !/_createMdxContent/.test(error.stack ?? '')) return undefined;
  const name = /^(\S+) is not defined$/.exec(error.message)?.[1];
  const chunk = /_createMdxContent \([^)]*\/([^/)]+?)_[\w-]+\.m?js:\d+:\d+\)/.exec(error.stack ?? '')?.[1];
  if (name === undefined || chunk === undefined) return undefined;
  const expression = new RegExp(`\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  const matches = candidates
    .filter((file) => (file.path.split('/').pop() ?? '').replace(/\.mdx$/, '') === chunk)
    .flatMap((file) => {
      const lines = file.source.split('\n');
      const index = lines.findIndex((line) => expression.test(line));
      return index === -1 ? [] : [{ file, line: index + 1, column: lines[index]!.search(expression) + 1 }];
    });
  if (matches.length !== 1) return undefined;
  const [{ file, line, column }] = matches as [(typeof matches)[number]];
  return {
    name: 'MdxReferenceError',
    message: `MDX reads \`{${name}}\` as a JavaScript expression, and \`${name}\` is not defined: put the text in \`backticks\` or write \\{${name}\\}`,
    loc: { file: file.path, line, column },
  };
}
