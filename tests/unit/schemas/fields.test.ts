import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { parseYearMonth, period, yearMonth } from '../../../src/schemas/fields.ts';
import { assertIssue, messages, parsed } from './issues.ts';

describe('year-months', () => {
  test('a year, a year-month or a YAML date are accepted', () => {
    assert.deepEqual(parseYearMonth(2019), { year: 2019 });
    assert.deepEqual(parseYearMonth('2019'), { year: 2019 });
    assert.deepEqual(parseYearMonth('2019-04'), { year: 2019, month: 4 });
    assert.deepEqual(parseYearMonth(new Date('2019-04-12T00:00:00Z')), { year: 2019, month: 4 });
  });
  test('words, month 13 and two-digit years are refused', () => {
    for (const bad of ['April 2019', '2019-13', '19', '2019/04', true, null]) assert.equal(parseYearMonth(bad), undefined, String(bad));
  });
  test('the message shows what was written and both accepted forms', () => {
    const lines = messages(z.object({ start: yearMonth('period.start') }), { start: 'spring 2019' });
    assertIssue(lines, 'start', /found "spring 2019"/, /period\.start: 2019 or .* period\.start: 2019-04/);
  });
});

describe('periods', () => {
  const schema = z.object({ period: period('period') });
  test('start alone, start and end, and an ongoing period', () => {
    assert.deepEqual(parsed(schema, { period: { start: 2019 } }).period, { start: { year: 2019 } });
    assert.deepEqual(parsed(schema, { period: { start: '2022-03', end: '2022-09' } }).period, {
      start: { year: 2022, month: 3 },
      end: { year: 2022, month: 9 },
    });
    assert.equal(parsed(schema, { period: { start: 2017, end: 'present' } }).period.end, 'present');
  });
  test('a missing start says what to write', () => {
    assertIssue(messages(schema, { period: { end: 2020 } }), 'period.start', /is missing: write a year like period\.start: 2019/);
  });
  test('an end before the start is refused', () => {
    assertIssue(messages(schema, { period: { start: 2020, end: 2019 } }), 'period', /ends before it starts/);
  });
  test('an unknown key inside a period is named', () => {
    assertIssue(messages(schema, { period: { start: 2020, until: 2021 } }), 'period.until', /not a known field/, /`start`, `end`/);
  });
  test('a period written as one string says how to write it', () => {
    assertIssue(messages(schema, { period: '2019-2021' }), 'period', /must be a group of fields/, /start: 2019-04/);
  });
});
