import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { contentErrorsOf, formatContentError, locateField, mdxReferenceError, parseSchemaIssues } from '../../src/lib/content-errors.ts';

const project = [
  '---',
  'title: Kget+',
  'summary: >-',
  '  An efficient tool',
  '  status: not a key, inside a block scalar',
  'people:',
  '  - jerome-galard',
  'period:',
  '  start: spring 2009',
  'status: finished',
  'publications: [a, b]',
  'links:',
  '  code: https://example.org',
  '---',
  '',
  'Body with status: inside.',
].join('\n');

// The message exactly as Astro 7 builds it for a schema failure (InvalidContentEntryDataError).
const astroMessage = [
  '**projects → kget-plus** data does not match collection schema.',
  '',
  '  **people.0**: names no profile (found "jerome-galard"): use one of jerome-gallard',
  '  **period.start**: is not a year or a year-month (found "spring 2009")',
  '  **status**: must be active, completed or archived; write for example',
  '  status: completed',
  '',
].join('\n');

describe('locateField', () => {
  test('top-level keys, nested keys and list items', () => {
    assert.deepEqual(locateField(project, 'title'), { line: 2, column: 1 });
    assert.deepEqual(locateField(project, 'period.start'), { line: 9, column: 3 });
    assert.deepEqual(locateField(project, 'people.0'), { line: 7, column: 3 });
    assert.deepEqual(locateField(project, 'links.code'), { line: 13, column: 3 });
  });
  test('text inside a block scalar or the body is not taken for a key', () => {
    assert.deepEqual(locateField(project, 'status'), { line: 10, column: 1 });
  });
  test('an item of a flow list points at its key', () => assert.deepEqual(locateField(project, 'publications.1'), { line: 11, column: 1 }));
  test('an absent field points at its parent, or at the opening ---', () => {
    assert.deepEqual(locateField(project, 'period.end'), { line: 8, column: 1 });
    assert.deepEqual(locateField(project, 'lang'), { line: 1, column: 1 });
  });
  test('keys of list items of objects', () => {
    const person = ['---', 'education:', '  - degree: PhD', '    institution: X', '  - degree: MSc', '    period:', '      start: 2012', '---'].join('\n');
    assert.deepEqual(locateField(person, 'education.1.period.start'), { line: 7, column: 7 });
    assert.deepEqual(locateField(person, 'education.0.institution'), { line: 4, column: 5 });
    assert.deepEqual(locateField(person, 'education.1.degree'), { line: 5, column: 5 });
  });
});

describe('parseSchemaIssues', () => {
  test('one issue per field, multi-line messages kept whole', () => {
    assert.deepEqual(parseSchemaIssues(astroMessage), [
      { path: 'people.0', message: 'names no profile (found "jerome-galard"): use one of jerome-gallard' },
      { path: 'period.start', message: 'is not a year or a year-month (found "spring 2009")' },
      { path: 'status', message: 'must be active, completed or archived; write for example\n  status: completed' },
    ]);
  });
  test('a message of another kind has no issues', () => assert.deepEqual(parseSchemaIssues('missed comma between flow collection entries'), []));
});

describe('formatContentError', () => {
  test('a schema error gives file:line:column, the field and the message, without Markdown stars', () => {
    const lines = formatContentError({ message: astroMessage, loc: { file: '/x/content/projects/kget-plus.mdx' } }, 'content/projects/kget-plus.mdx', project);
    assert.equal(lines[0], 'content/projects/kget-plus.mdx:7:3: `people.0` names no profile (found "jerome-galard"): use one of jerome-gallard');
    assert.equal(lines[1], 'content/projects/kget-plus.mdx:9:3: `period.start` is not a year or a year-month (found "spring 2009")');
    assert.match(lines[2]!, /^content\/projects\/kget-plus\.mdx:10:1: `status` must be active/);
    assert.ok(lines.every((line) => !line.includes('**') && !/\bat \S+:\d+:\d+\)?$/.test(line)));
  });
  test('a YAML syntax error says so, at its own line', () => {
    const lines = formatContentError(
      { name: 'YAMLException', message: 'missed comma between flow collection entries', loc: { file: '/x/content/a.md', line: 11, column: 0 } },
      'content/a.md',
      undefined,
    );
    assert.deepEqual(lines, ['content/a.md:11:1: the frontmatter is not valid YAML: missed comma between flow collection entries']);
  });
  test('an MDX syntax error explains the < and { trap', () => {
    const [line] = formatContentError(
      { message: '21:15: Unexpected character after `<`, expected a valid JSX tag', loc: { file: '/x/content/p.mdx', line: 21, column: 15 } },
      'content/p.mdx',
      undefined,
    );
    assert.match(line!, /^content\/p\.mdx:21:15: MDX reads `<` as the start of a tag/);
    assert.match(line!, /Unexpected character after `<`/);
    assert.doesNotMatch(line!, /: 21:15:/);
  });
});

describe('contentErrorsOf', () => {
  const content = '/site/content';
  test('an error located in content/ is a content error', () => {
    const error = { message: 'x', loc: { file: '/site/content/people/a.md' } };
    assert.deepEqual(contentErrorsOf(error, content), [error]);
  });
  test('bundler errors are unpacked when all are about content', () => {
    const item = { message: 'y', loc: { file: '/site/content/projects/p.mdx', line: 3, column: 1 } };
    assert.deepEqual(contentErrorsOf({ message: 'Build failed', errors: [item] }, content), [item]);
  });
  test('an error in the site code is not a content error, so its stack is kept', () => {
    assert.deepEqual(contentErrorsOf(new Error('boom'), content), []);
    assert.deepEqual(contentErrorsOf({ message: 'x', loc: { file: '/site/src/pages/index.astro' } }, content), []);
    assert.deepEqual(contentErrorsOf({ message: 'x', loc: { file: '/site/content-other/a.md' } }, content), []);
  });
});

describe('mdxReferenceError', () => {
  const renderError = () => {
    const error = new ReferenceError('x is not defined');
    error.stack = [
      'ReferenceError: x is not defined',
      '    at _createMdxContent (file:///site/.astro/.prerender/chunks/kget-plus_oNZ73fDc.mjs:17:4)',
      '    at MDXContent (file:///site/.astro/.prerender/chunks/kget-plus_oNZ73fDc.mjs:24:125)',
    ].join('\n');
    return error;
  };
  const files = [
    { path: '/site/content/projects/kget-plus.mdx', source: '---\ntitle: K\n---\n\nA set {x} here.\n' },
    { path: '/site/content/projects/acdc.mdx', source: '---\ntitle: A\n---\n\nNo braces.\n' },
  ];
  test('a `{name}` in MDX prose is traced back to its file and line', () => {
    const found = mdxReferenceError(renderError(), files);
    assert.deepEqual(found?.loc, { file: '/site/content/projects/kget-plus.mdx', line: 5, column: 7 });
    const [line] = formatContentError(found!, 'content/projects/kget-plus.mdx', undefined);
    assert.equal(line, 'content/projects/kget-plus.mdx:5:7: MDX reads `{x}` as a JavaScript expression, and `x` is not defined: put the text in `backticks` or write \\{x\\}');
  });
  test('other errors, or a file that cannot be told for sure, are left alone', () => {
    assert.equal(mdxReferenceError(new Error('boom'), files), undefined);
    assert.equal(mdxReferenceError(renderError(), [files[1]!]), undefined);
    const twin = { path: '/site/content/projects/fr/kget-plus.mdx', source: files[0]!.source };
    assert.equal(mdxReferenceError(renderError(), [...files, twin]), undefined);
  });
});
