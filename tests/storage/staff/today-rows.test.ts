import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { TodayRows } from '@/storage/staff/today-rows';

const row = { id: BUILT_IN_CAMPAIGN.id, campaign: BUILT_IN_CAMPAIGN, source: 'file', loadedAt: '2024-06-01T00:00:00Z' };
const damaged = (change: (c: Record<string, unknown>) => void) => {
  const campaign = structuredClone(BUILT_IN_CAMPAIGN) as unknown as Record<string, unknown>;
  change(campaign);
  return { ...row, campaign };
};

describe('the popup’s check of the rows it shows (issue #16)', () => {
  it('reads a stored campaign as it is, with nothing said to be broken', () => {
    const rows = new TodayRows();
    expect(rows.one('campaigns', row)).toBe(row);
    expect(rows.broken).toBe(false);
  });

  it.each([
    ['a time zone Intl does not know', (c: Record<string, unknown>) => (c.timeZone = 'Asia/Nowhere')],
    ['a pledge of no known kind', (c: Record<string, unknown>) => ((c.pledges as { kind: string }[])[0]!.kind = 'x')],
    ['no pledges at all', (c: Record<string, unknown>) => (c.pledges = [])],
    ['a name without its Vietnamese text', (c: Record<string, unknown>) => (c.name = { en: 'Green month' })],
    ['an end before its start', (c: Record<string, unknown>) => (c.end = '2024-05-01')],
    ['a start on a day that does not exist', (c: Record<string, unknown>) => (c.start = '2024-02-30')],
    ['a department without a name', (c: Record<string, unknown>) => (c.departments = [{ id: 'x' }])],
  ])('leaves out a campaign with %s and says the store is broken', (_what, change) => {
    const rows = new TodayRows();
    expect(rows.one('campaigns', damaged(change))).toBeUndefined();
    expect(rows.broken).toBe(true);
  });

  it('leaves out a campaign row whose id is not its campaign’s', () => {
    const rows = new TodayRows();
    expect(rows.one('campaigns', { ...row, id: 'other' })).toBeUndefined();
    expect(rows.broken).toBe(true);
  });

  it('keeps the good entries and leaves out one with a count that is not a number', () => {
    const good = {
      campaignId: 'c',
      date: '2024-06-12',
      pledgeId: 'p',
      count: 1,
      late: false,
      recordedAt: '2024-06-12T03:00:00Z',
      updatedAt: '2024-06-12T03:00:00Z',
      deleted: false,
    };
    const rows = new TodayRows();
    expect(rows.all('entries', [good, { ...good, date: '2024-06-11', count: 'một' }])).toEqual([good]);
    expect(rows.broken).toBe(true);
  });
});
