import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existingSlug } from '../../../src/schemas/references.ts';
import { assertIssue, messages, parsed } from './issues.ts';

describe('references to profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-people-'));
  writeFileSync(join(dir, 'jane-doe.md'), '---\n---\n');
  writeFileSync(join(dir, 'john-roe.md'), '---\n---\n');
  const schema = existingSlug(pathToFileURL(`${dir}/`), '.md', 'profile');

  test('an existing slug passes', () => assert.equal(parsed(schema, 'jane-doe'), 'jane-doe'));
  test('a misspelt slug fails and lists the existing ones', () => {
    assertIssue(messages(schema, 'jane-do'), '', /names no profile/, /jane-doe, john-roe/);
  });
  test('cleanup', () => rmSync(dir, { recursive: true }));
});
