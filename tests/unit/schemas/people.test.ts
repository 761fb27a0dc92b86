import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { personSchema } from '../../../src/schemas/people.ts';
import { assertIssue, messages, parsed } from './issues.ts';

const minimal = {
  name: 'Jane Doe',
  role: 'PhD student',
  affiliations: ['LIP6'],
  bio: 'Works on operating systems.',
};

describe('people schema: good profiles', () => {
  test('a minimal profile gets empty CV sections', () => {
    const person = parsed(personSchema, minimal);
    assert.equal(person.name, 'Jane Doe');
    assert.deepEqual(person.education, []);
    assert.deepEqual(person.links, {});
    assert.deepEqual(person.interests, []);
  });
  test('a full profile keeps every section', () => {
    const person = parsed(personSchema, {
      ...minimal,
      nameVariants: ['Doe, J.'],
      interests: ['Virtualization'],
      links: {
        homepage: 'https://example.org',
        github: 'https://github.com/jane',
        email: 'jane.doe@inria.fr',
        other: [{ label: 'Team', url: 'https://team.example.org' }],
      },
      education: [{ degree: 'PhD', institution: 'Sorbonne Université', period: { start: '2015-04', end: '2019-05' } }],
      experience: [{ title: 'Engineer', organization: 'ACME', period: { start: 2019, end: 'present' } }],
      teaching: [{ course: 'Containers', hours: 12, students: 30, period: { start: '2017-12' } }],
      supervision: [{ kind: 'supervised', topic: 'VM deployment', with: ['An intern'] }],
      skills: [{ name: 'C', url: 'https://github.com/jane/linux' }],
      languages: [{ language: 'French', level: 'Mother tongue' }],
      order: 2,
      translations: { fr: { bio: 'Travaille sur les systèmes.' } },
    });
    assert.equal(person.education[0]!.period!.start.month, 4);
    assert.equal(person.experience[0]!.period!.end, 'present');
    assert.equal(person.translations!.fr!.bio, 'Travaille sur les systèmes.');
  });
});

describe('people schema: mistakes get a message that says what to write', () => {
  test('a missing name', () => {
    const { name: _name, ...noName } = minimal;
    assertIssue(messages(personSchema, noName), 'name', /is missing: add it, for example name: Damien Carver/);
  });
  test('an empty bio', () => {
    assertIssue(messages(personSchema, { ...minimal, bio: '  ' }), 'bio', /is empty/);
  });
  test('affiliations given as one string', () => {
    assertIssue(messages(personSchema, { ...minimal, affiliations: 'LIP6' }), 'affiliations', /must be a list/, /affiliations: \[LIP6/);
  });
  test('a link without https://', () => {
    assertIssue(messages(personSchema, { ...minimal, links: { github: 'github.com/jane' } }), 'links.github', /starting with https:\/\//, /found "github.com\/jane"/);
  });
  test('a malformed e-mail address', () => {
    assertIssue(messages(personSchema, { ...minimal, links: { email: 'jane(at)inria.fr' } }), 'links.email', /must be an e-mail address/);
  });
  test('an unknown kind of supervision', () => {
    const lines = messages(personSchema, { ...minimal, supervision: [{ kind: 'mentor', topic: 'x' }] });
    assertIssue(lines, 'supervision.0.kind', /supervised or internship/);
  });
  test('a typo in a key is named with the known keys', () => {
    assertIssue(messages(personSchema, { ...minimal, affiliation: ['LIP6'] }), 'affiliation', /not a known field/, /`affiliations`/);
  });
});

describe('people schema: private data cannot be added', () => {
  for (const key of ['birthDate', 'dateOfBirth', 'address', 'homeAddress', 'phone', 'nationality']) {
    test(`\`${key}\` is refused, saying profiles are professional only`, () => {
      assertIssue(messages(personSchema, { ...minimal, [key]: 'x' }), key, /professional facts only/);
    });
  }
  test('a phone number cannot hide in links either', () => {
    assertIssue(messages(personSchema, { ...minimal, links: { phone: 'x' } }), 'links.phone', /not a known field/);
  });
  test('nor in a CV entry', () => {
    assertIssue(
      messages(personSchema, { ...minimal, experience: [{ title: 'x', organization: 'y', phone: 'z' }] }),
      'experience.0.phone',
      /not a known field/,
    );
  });
});

describe('people schema: the short bio stays short', () => {
  test('a bio over 400 characters says how long it is and where the rest goes', () => {
    assertIssue(messages(personSchema, { ...minimal, bio: 'x'.repeat(450) }), 'bio', /too long \(450 characters\)/, /Markdown body/);
  });
});
