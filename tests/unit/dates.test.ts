import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatPeriod, formatYearMonth, isoDate, isoYearMonth, periodSortKey } from '../../src/lib/dates.ts';

describe('formatYearMonth', () => {
  test('a year alone stays a year', () => assert.equal(formatYearMonth({ year: 2019 }, 'en'), '2019'));
  test('a month is written out in the page language', () => {
    assert.equal(formatYearMonth({ year: 2019, month: 4 }, 'en'), 'April 2019');
    assert.equal(formatYearMonth({ year: 2019, month: 4 }, 'fr'), 'avril 2019');
  });
});

describe('formatPeriod', () => {
  test('start and end', () => assert.equal(formatPeriod({ start: { year: 2008 }, end: { year: 2011 } }, 'en', 'present'), '2008 – 2011'));
  test('ongoing uses the dictionary word', () =>
    assert.equal(formatPeriod({ start: { year: 2019, month: 9 }, end: 'present' }, 'fr', "aujourd'hui"), "septembre 2019 – aujourd'hui"));
  test('an unknown end shows the start only', () => assert.equal(formatPeriod({ start: { year: 2022 } }, 'en', 'present'), '2022'));
  test('a period within one month is not written twice', () =>
    assert.equal(formatPeriod({ start: { year: 2022 }, end: { year: 2022 } }, 'en', 'present'), '2022'));
});

describe('formatDate and ISO forms', () => {
  test('a talk date does not shift with the time zone', () => {
    const date = new Date('2019-04-12T00:00:00Z');
    assert.equal(formatDate(date, 'en'), '12 April 2019');
    assert.equal(formatDate(date, 'fr'), '12 avril 2019');
    assert.equal(isoDate(date), '2019-04-12');
  });
  test('isoYearMonth pads the month', () => {
    assert.equal(isoYearMonth({ year: 2019, month: 4 }), '2019-04');
    assert.equal(isoYearMonth({ year: 2019 }), '2019');
  });
});

describe('periodSortKey', () => {
  test('ongoing first, then by latest end', () => {
    const periods = [
      { start: { year: 2008 }, end: { year: 2011 } },
      { start: { year: 2015 }, end: 'present' as const },
      { start: { year: 2012, month: 3 } },
    ];
    const sorted = [...periods].sort((a, b) => periodSortKey(b) - periodSortKey(a));
    assert.deepEqual(sorted.map((p) => p.start.year), [2015, 2012, 2008]);
  });
});
