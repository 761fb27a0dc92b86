import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseBibliography } from '../../../src/lib/bibtex/index.ts';
import { artifactsOf, hasArtifacts } from '../../../src/lib/publications/artifacts.ts';

const result = parseBibliography(readFileSync(new URL('../../fixtures/publications/artifacts.bib', import.meta.url), 'utf8'), 'artifacts.bib');
const entry = (key: string) => result.entries.find((e) => e.key === key)!;

describe('artifact metadata', () => {
  test('reads the artifact, its DOI, code, data, the ACM badges in ACM order and the live pages', () => {
    const { artifacts, problems } = artifactsOf(entry('curie2020awarded'));
    assert.deepEqual(problems, []);
    assert.deepEqual(artifacts, {
      artifact: 'https://zenodo.org/records/1234567',
      artifactDoi: '10.5281/zenodo.1234567',
      code: 'https://github.com/example/curie',
      data: 'https://example.org/data',
      badges: ['available', 'functional', 'reusable', 'reproduced', 'replicated'],
      live: ['placement', 'tdsc'],
    });
  });

  test('refuses a badge that was not defined, "available" without an archival DOI, a non-URL and an unknown page, each with what to write', () => {
    const { artifacts, problems } = artifactsOf(entry('noether2021claims'));
    assert.deepEqual(artifacts.badges, []);
    assert.deepEqual(artifacts.live, []);
    assert.equal(artifacts.artifact, undefined);
    const messages = problems.map((p) => `${p.key} ${p.field}: ${p.message}`);
    assert.ok(messages.some((m) => /^noether2021claims badges: "available" means archived with a DOI.*add artifact_doi/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /unknown badge "shiny"; ACM's badges are available, functional, reusable, reproduced, replicated/.test(m)));
    assert.ok(messages.some((m) => /artifact: "zenodo somewhere" is not an http\(s\) URL/.test(m)));
    assert.ok(messages.some((m) => /live: unknown page "playground"/.test(m)));
  });

  test('a paper without artifact fields has nothing to show', () => {
    const { artifacts, problems } = artifactsOf(entry('germain2019plain'));
    assert.deepEqual(problems, []);
    assert.equal(hasArtifacts(artifacts), false);
  });

  test('artifact fields stay out of the exported BibTeX', () => {
    const bib = entry('curie2020awarded').bibtex;
    for (const field of ['artifact', 'artifact_doi', 'badges', 'live', 'data']) assert.doesNotMatch(bib, new RegExp(`^\\s*${field}\\s*=`, 'm'));
  });

  test("the site's BtrPlace papers claim no ACM badge (none is documented) but link to the live pages", () => {
    const site = parseBibliography(readFileSync(new URL('../../../publications/hermenier.bib', import.meta.url), 'utf8'), 'hermenier.bib');
    for (const key of ['hermenier2009entropy', 'hermenier2011binrepacking', 'hermenier2013btrplace']) {
      const e = site.entries.find((x) => x.key === key)!;
      const { artifacts, problems } = artifactsOf(e);
      assert.deepEqual(problems, [], key);
      assert.deepEqual(artifacts.badges, [], key);
      assert.deepEqual(artifacts.live, ['placement', 'tdsc'], key);
    }
  });
});
