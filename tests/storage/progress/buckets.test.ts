import { describe, expect, it } from 'vitest';
import { buckets, grainFor } from '@/storage/progress/buckets';
import { addDays } from '@/storage/time/calendar';

const daysFrom = (start: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ date: addDays(start, i), counts: { 'no-nylon-bags': 1 }, kind: 'working' }));

describe('a chart’s bars for a campaign of any length', () => {
  it.each([
    [26, 'day'],
    [42, 'day'],
    [90, 'week'],
    [366, 'month'],
  ])('%i days are drawn by %s', (n, grain) => {
    expect(grainFor(n)).toBe(grain);
  });

  it('groups a year-round movement by calendar month, every day counted once', () => {
    const year = buckets(daysFrom('2027-01-04', 366));
    expect(year).toHaveLength(13);
    expect(year[0]).toMatchObject({ from: '2027-01-04', to: '2027-01-31', counts: { 'no-nylon-bags': 28 } });
    expect(year.at(-1)).toMatchObject({ from: '2028-01-01', to: '2028-01-04' });
    expect(year.reduce((n, b) => n + b.counts['no-nylon-bags']!, 0)).toBe(366);
  });

  it('groups three months by week, Monday to Sunday, the first week from the campaign’s start', () => {
    const weeks = buckets(daysFrom('2027-03-03', 90));
    expect(weeks[0]).toMatchObject({ from: '2027-03-03', to: '2027-03-07' });
    expect(weeks[1]).toMatchObject({ from: '2027-03-08', to: '2027-03-14', counts: { 'no-nylon-bags': 7 } });
  });
});
