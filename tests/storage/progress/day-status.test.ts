import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import type { EntryRow } from '@/storage/db/database';
import { dayStatus } from '@/storage/progress/day-status';

const campaign = BUILT_IN_CAMPAIGN;

function entry(date: string, pledgeId: string, count = 1, extra: Partial<EntryRow> = {}): EntryRow {
  return {
    campaignId: campaign.id,
    date,
    pledgeId,
    count,
    late: false,
    recordedAt: `${date}T02:00:00.000Z`,
    updatedAt: `${date}T02:00:00.000Z`,
    deleted: false,
    ...extra,
  };
}

// Kept on every working day from Wed 5 to Tue 11 June, and on Wednesday 12 two pledges,
// with a third ticked and then cleared.
const entries: EntryRow[] = [
  ...['2024-06-05', '2024-06-06', '2024-06-07', '2024-06-10'].map((d) => entry(d, 'no-nylon-bags')),
  entry('2024-06-11', 'eco-products', 1, { late: true }),
  entry('2024-06-12', 'no-nylon-bags'),
  entry('2024-06-12', 'tree-planting', 4),
  entry('2024-06-12', 'no-single-use-plastic', 0, { deleted: true }),
];

describe('the status of a day', () => {
  it('shows 12 June as day 8 of 26, a working day with two pledges kept and a 6-day streak', () => {
    expect(dayStatus(campaign, entries, '2024-06-12')).toEqual({
      phase: 'during',
      date: '2024-06-12',
      dayNumber: 8,
      length: 26,
      working: true,
      counts: { 'no-nylon-bags': 1, 'tree-planting': 4 },
      kept: 2,
      late: false,
      streak: 6,
      daysTakenPart: 6,
    });
  });

  it('shows an earlier day picked for backfill, marked late, with today’s streak', () => {
    expect(dayStatus(campaign, entries, '2024-06-12', '2024-06-11')).toMatchObject({
      date: '2024-06-11',
      dayNumber: 7,
      counts: { 'eco-products': 1 },
      kept: 1,
      late: true,
      streak: 6,
    });
  });

  it('shows a weekend day as a rest day with nothing kept', () => {
    expect(dayStatus(campaign, entries, '2024-06-12', '2024-06-09')).toMatchObject({
      working: false,
      counts: {},
      kept: 0,
      late: false,
    });
  });

  it('counts nothing for a day whose only pledge was cleared', () => {
    const cleared = [entry('2024-06-12', 'no-nylon-bags', 0, { deleted: true })];
    expect(dayStatus(campaign, cleared, '2024-06-12')).toMatchObject({
      counts: {},
      kept: 0,
      streak: 0,
      daysTakenPart: 0,
    });
  });

  it.each([
    ['before the campaign', '2024-06-01', 'before'],
    ['after the campaign', '2024-07-02', 'after'],
  ])('knows the campaign phase %s', (_name, today, phase) => {
    expect(dayStatus(campaign, [], today).phase).toBe(phase);
  });

  it('keeps the streak and days taken part after the campaign ends', () => {
    expect(dayStatus(campaign, entries, '2024-07-02')).toMatchObject({ phase: 'after', streak: 0, daysTakenPart: 6 });
  });
});
