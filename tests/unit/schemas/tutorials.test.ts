import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { tutorialSchema } from '../../../src/schemas/tutorials.ts';
import { assertIssue, messages, parsed } from './issues.ts';

const minimal = { title: 'Getting started', summary: 'Start a VM, stop another.', order: 1 };

describe('tutorials schema', () => {
  test('title, summary and order are enough', () => {
    assert.deepEqual(parsed(tutorialSchema, minimal), minimal);
  });
  test('an order that is not a whole number from 1 says what to write', () => {
    assertIssue(messages(tutorialSchema, { ...minimal, order: 'first' }), 'order', /whole number/, /order: 1/);
    assertIssue(messages(tutorialSchema, { ...minimal, order: 0 }), 'order', /1 or more/, /order: 1/);
  });
  test('an unknown field is named', () => {
    assertIssue(messages(tutorialSchema, { ...minimal, level: 'easy' }), 'level', /not a known field/, /title, summary, order and lang/);
  });
  test('every tutorial of content/tutorials has a distinct order, and translations keep their original slug', () => {
    const dir = new URL('../../../content/tutorials/', import.meta.url);
    const originals = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    const orders = originals.map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(new URL(f, dir), 'utf8'))?.[1]));
    assert.equal(new Set(orders).size, originals.length, `orders ${orders.join(', ')}`);
    assert.ok(originals.length >= 5);
    for (const f of readdirSync(new URL('fr/', dir))) assert.ok(originals.includes(f), `fr/${f} translates a tutorial that exists`);
  });
});
