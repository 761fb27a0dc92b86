import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { talkSchemaWithSlugs as talkSchema } from '../../../src/schemas/talks.ts';
import { assertIssue, messages, parsed } from './issues.ts';

const minimal = { title: "Migration à chaud d'un académique", speakers: ['fabien-hermenier'], language: 'fr' };

describe('talks schema', () => {
  test('date and event may be unknown', () => {
    const talk = parsed(talkSchema, minimal);
    assert.equal(talk.date, undefined);
    assert.equal(talk.event, undefined);
    assert.deepEqual(talk.externalSpeakers, []);
  });
  test('a YAML date and a quoted date are both calendar days at UTC midnight', () => {
    assert.equal(parsed(talkSchema, { ...minimal, date: new Date('2019-04-12') }).date!.toISOString(), '2019-04-12T00:00:00.000Z');
    assert.equal(parsed(talkSchema, { ...minimal, date: '2019-04-12' }).date!.toISOString(), '2019-04-12T00:00:00.000Z');
  });
  test('an event, slides and an external speaker', () => {
    const talk = parsed(talkSchema, {
      ...minimal,
      externalSpeakers: ['Jane Doe'],
      event: { name: 'Seminar', place: 'Nice, France', url: 'https://example.org' },
      slides: 'https://example.org/slides.pdf',
    });
    assert.equal(talk.event!.name, 'Seminar');
  });
  test('a date in words says how to write it', () => {
    assertIssue(messages(talkSchema, { ...minimal, date: '12 April 2019' }), 'date', /not a date/, /date: 2019-04-12/);
  });
  test('a missing language', () => {
    const { language: _l, ...noLanguage } = minimal;
    assertIssue(messages(talkSchema, noLanguage), 'language', /is missing: write language: en or language: fr/);
  });
  test('a talk needs a speaker', () => {
    assertIssue(messages(talkSchema, { ...minimal, speakers: [] }), 'speakers', /has no speaker/);
  });
  test('an event without a name', () => {
    assertIssue(messages(talkSchema, { ...minimal, event: { place: 'Nice' } }), 'event.name', /is missing/);
  });
});
