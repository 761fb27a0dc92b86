import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { projectSchemaWithSlugs as projectSchema } from '../../../src/schemas/projects.ts';
import { assertIssue, messages, parsed } from './issues.ts';

const minimal = {
  title: 'BtrPlace',
  summary: 'A VM scheduler.',
  people: ['fabien-hermenier'],
  period: { start: 2011 },
  status: 'active',
};

describe('projects schema', () => {
  test('a minimal project gets empty links and publications', () => {
    const project = parsed(projectSchema, minimal);
    assert.deepEqual(project.links, {});
    assert.deepEqual(project.publications, []);
    assert.equal(project.lang, undefined);
  });
  test('links, publications and a language are kept', () => {
    const project = parsed(projectSchema, {
      ...minimal,
      links: { code: 'https://github.com/btrplace/scheduler' },
      publications: ['hermenier2013btrplace'],
      lang: 'fr',
    });
    assert.deepEqual(project.publications, ['hermenier2013btrplace']);
    assert.equal(project.lang, 'fr');
  });
  test('a period written in words says both accepted forms', () => {
    assertIssue(
      messages(projectSchema, { ...minimal, period: { start: 'April 2019' } }),
      'period.start',
      /found "April 2019"/,
      /period\.start: 2019 or a year and month like period\.start: 2019-04/,
    );
  });
  test('a missing period', () => {
    const { period: _p, ...noPeriod } = minimal;
    assertIssue(messages(projectSchema, noPeriod), 'period', /is missing/, /start: 2019-04/);
  });
  test('an unknown status lists the three allowed', () => {
    assertIssue(messages(projectSchema, { ...minimal, status: 'done' }), 'status', /active, completed or archived/);
  });
  test('people written by name instead of slug', () => {
    assertIssue(messages(projectSchema, { ...minimal, people: ['Fabien Hermenier'] }), 'people.0', /slug of an entry/, /found "Fabien Hermenier"/);
  });
  test('no people at all', () => {
    assertIssue(messages(projectSchema, { ...minimal, people: [] }), 'people', /at least one profile slug/);
  });
  test('a BibTeX key with braces', () => {
    assertIssue(messages(projectSchema, { ...minimal, publications: ['{hermenier2013btrplace}'] }), 'publications.0', /BibTeX key/);
  });
  test('an unknown language', () => {
    assertIssue(messages(projectSchema, { ...minimal, lang: 'de' }), 'lang', /must be en or fr \(found "de"\)/, /write lang: en or lang: fr/);
  });
});
