import { describe, expect, it } from 'vitest';
import { personalCard } from '@/storage/share/card';
import { campaignOf } from '@/tests/fixtures/campaign';
import { d, entryRow, tombstoneRow } from '@/tests/fixtures/entries';

// The test campaign: 5–30 June 2024, Monday–Friday; a daily pledge and trees (22 kg CO₂ each).
const campaign = campaignOf({ hashtag: '#VanPhongXanh' });
const row = (date: string, pledgeId: string, count = 1) => entryRow({ campaignId: campaign.id, date, pledgeId, count });

describe('the figures on my progress picture', () => {
  // Wed 5, Thu 6, Fri 7 kept; Mon 10 missed; Tue 11 and Wed 12 kept: 5 days out of 6 working
  // days up to Wed 12, a streak of 2; 3 trees on the 6th, 2 on the 11th, and an undone entry.
  const entries = [
    row(d(5), 'no-nylon-bags'),
    row(d(6), 'no-nylon-bags'),
    row(d(6), 'tree-planting', 3),
    row(d(7), 'no-nylon-bags'),
    row(d(11), 'tree-planting', 2),
    row(d(12), 'no-nylon-bags'),
    tombstoneRow({ campaignId: campaign.id, date: d(10), pledgeId: 'no-nylon-bags' }),
  ];
  const card = personalCard(campaign, entries, d(12));

  it('count the days taken part out of the working days so far, and the streak', () => {
    expect(card).toMatchObject({ daysTakenPart: 5, workingDaysSoFar: 6, streak: 2, asOf: d(12) });
  });

  it('list the actions done with their count, and not the daily pledges', () => {
    expect(card.actions).toEqual([
      {
        pledgeId: 'tree-planting',
        label: { vi: 'Trồng cây xanh', en: 'Plant trees' },
        unit: { vi: 'cây', en: 'trees' },
        count: 5,
      },
    ]);
  });

  it('estimate the impact only with the coefficient of the file, and keep its source', () => {
    expect(card.impacts).toHaveLength(1);
    expect(card.impacts[0]).toMatchObject({ pledgeId: 'tree-planting', units: 5, estimate: 110 });
    expect(card.impacts[0]!.impact.source).toBe('test source');
  });

  it('carry the campaign’s name, period and hashtag', () => {
    expect(card).toMatchObject({ name: campaign.name, start: d(5), end: d(30), hashtag: '#VanPhongXanh' });
  });

  it('stop at the last day of a campaign that is over', () => {
    const after = personalCard(campaign, entries, '2024-07-15');
    expect(after.asOf).toBe(d(30));
    expect(after.workingDaysSoFar).toBe(18);
  });

  it('show no action and no estimate before anything is recorded', () => {
    expect(personalCard(campaign, [], d(12))).toMatchObject({ daysTakenPart: 0, actions: [], impacts: [] });
  });
});
