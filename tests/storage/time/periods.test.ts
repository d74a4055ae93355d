import { describe, expect, it } from 'vitest';
import { defaultReportPeriod, isLong, monthsOf } from '@/storage/time/periods';

const year = { start: '2027-01-01', end: '2027-12-31', reportEvery: 'month' as const };

describe('the period a report starts from', () => {
  it.each([
    ['a monthly movement on 6 December: November', year, '2027-12-06', { from: '2027-11-01', to: '2027-11-30' }],
    ['on 1 March: the whole of February', year, '2027-03-01', { from: '2027-02-01', to: '2027-02-28' }],
    ['in its first month: from its start to today', year, '2027-01-20', { from: '2027-01-01', to: '2027-01-20' }],
    ['after it ended: its last month', year, '2028-02-10', { from: '2027-12-01', to: '2027-12-31' }],
    [
      'a movement that started mid-month: the month cut to its start',
      { ...year, start: '2027-03-15' },
      '2027-04-02',
      { from: '2027-03-15', to: '2027-03-31' },
    ],
    [
      'weekly, on Wednesday 8 December 2027: the week before, Monday to Sunday',
      { ...year, reportEvery: 'week' as const },
      '2027-12-08',
      { from: '2027-11-29', to: '2027-12-05' },
    ],
    [
      'a campaign reporting once: the whole campaign',
      { start: '2024-06-05', end: '2024-06-30' },
      '2024-07-01',
      { from: '2024-06-05', to: '2024-06-30' },
    ],
  ])('%s', (_, campaign, today, expected) => {
    expect(defaultReportPeriod(campaign, today)).toEqual(expected);
  });
});

describe('a year-round campaign by month', () => {
  it('has its twelve months, the first and last cut to the campaign', () => {
    const months = monthsOf({ start: '2027-03-15', end: '2028-03-14' });
    expect(months).toHaveLength(13);
    expect(months[0]).toEqual({ from: '2027-03-15', to: '2027-03-31' });
    expect(months[11]).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(months[12]).toEqual({ from: '2028-03-01', to: '2028-03-14' });
  });

  it('is long (figures by month); a month-long campaign is not', () => {
    expect(isLong(year)).toBe(true);
    expect(isLong({ start: '2024-06-05', end: '2024-06-30' })).toBe(false);
  });
});
