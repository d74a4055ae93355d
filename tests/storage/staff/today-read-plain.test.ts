import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN, loadCampaign } from '@/storage/campaign/store';
import { YEAR_ROUND } from '@/storage/campaign/templates';
import { db } from '@/storage/db/database';
import { saveNote, setPledgeCount } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import { readTodayData } from '@/storage/staff/today-data';
import { readTodayPlain } from '@/storage/staff/today-read';
import type { Campaign } from '@/storage/types';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

const campaign = BUILT_IN_CAMPAIGN;

async function someoneRecording() {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Nguyễn Thị Hoa', department: 'ldvp' }, campaign, '2024-06-01T00:00:00Z');
  for (const [date, count] of [
    ['2024-06-11', 1],
    ['2024-06-12', 1],
    ['2024-06-12', 0],
  ] as const)
    await setPledgeCount({
      campaign,
      date,
      pledgeId: 'no-nylon-bags',
      count,
      today: '2024-06-12',
      at: `${date}T03:00:00Z`,
    });
  await saveNote({
    campaign,
    date: '2024-06-11',
    note: 'Mang túi vải.',
    today: '2024-06-12',
    at: '2024-06-12T03:00:00Z',
  });
}

describe('the popup’s first read, without Dexie (issue #16)', () => {
  it('reads what the live query reads: settings, profile, campaign, kept pledges, notes, the last change', async () => {
    await someoneRecording();
    const plain = await readTodayPlain();
    expect(plain).toEqual(await readTodayData());
    expect(plain).toMatchObject({ campaign: { id: campaign.id }, notes: { '2024-06-11': 'Mang túi vải.' } });
    expect(plain?.entries.map((e) => e.date)).toEqual(['2024-06-11']);
    expect(plain?.lastChange).toMatchObject({ seq: 3, date: '2024-06-12', pledgeId: 'no-nylon-bags' });
  });

  it('says a broken stored row is damaged, as the live query does', async () => {
    await someoneRecording();
    await db.table('campaigns').put({ id: campaign.id, campaign: { id: campaign.id } });
    expect(await readTodayPlain()).toMatchObject({ damaged: true, entries: [] });
  });

  it('finds nothing before the database exists, and does not create it', async () => {
    expect(await readTodayPlain(indexedDB, 'green-office-not-yet')).toBeUndefined();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain('green-office-not-yet');
  });

  it('leaves the database free once read, so Dexie can upgrade or delete it', async () => {
    await someoneRecording();
    await readTodayPlain();
    db.close();
    await expect(db.delete()).resolves.toBeUndefined();
  });
});

describe('the popup’s first read in a long campaign', () => {
  const movement: Campaign = { ...YEAR_ROUND.campaign, id: 'phong-trao-2027', start: '2027-01-04', end: '2028-01-03' };
  /** Wednesday 16 June 2027, 10:00 in Vietnam: the popup can record on the 9th to the 16th. */
  const JUNE_16 = Date.parse('2027-06-16T03:00:00Z');

  async function recordedOn(dates: string[]) {
    await loadCampaign(movement, '2027-01-04T00:00:00Z');
    await saveProfile({ name: 'Nguyễn Thị Hoa', department: 'tong-hop' }, movement, '2027-01-04T00:00:00Z');
    for (const date of dates)
      await setPledgeCount({
        campaign: movement,
        date,
        pledgeId: 'eco-products',
        count: 1,
        today: date,
        at: `${date}T03:00:00Z`,
      });
  }

  it('holds only the days the popup can record, and says from which date, so a year of rows does not hold its pledges back', async () => {
    await recordedOn(['2027-01-05', '2027-06-01', '2027-06-10', '2027-06-16']);
    const first = await readTodayPlain(indexedDB, undefined, JUNE_16);
    expect(first?.entries.map((e) => e.date)).toEqual(['2027-06-10', '2027-06-16']);
    expect(first?.entriesFrom).toBe('2027-06-09');
    // The live query still reads every day.
    expect((await readTodayData()).entries.map((e) => e.date)).toEqual([
      '2027-01-05',
      '2027-06-01',
      '2027-06-10',
      '2027-06-16',
    ]);
  });

  it('reads every day in the first two months, and after the end', async () => {
    await recordedOn(['2027-01-05', '2027-02-10']);
    const early = await readTodayPlain(indexedDB, undefined, Date.parse('2027-02-10T03:00:00Z'));
    expect(early?.entriesFrom).toBeUndefined();
    expect(early?.entries).toHaveLength(2);
    const after = await readTodayPlain(indexedDB, undefined, Date.parse('2028-01-10T03:00:00Z'));
    expect(after?.entriesFrom).toBeUndefined();
    expect(after?.entries).toHaveLength(2);
  });

  it('reads every day of a month-long campaign', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    await saveProfile({ name: 'Nguyễn Thị Hoa', department: 'ldvp' }, campaign, '2024-06-01T00:00:00Z');
    await setPledgeCount({
      campaign,
      date: '2024-06-05',
      pledgeId: 'eco-products',
      count: 1,
      today: '2024-06-05',
      at: '2024-06-05T03:00:00Z',
    });
    const last = await readTodayPlain(indexedDB, undefined, Date.parse('2024-06-30T03:00:00Z'));
    expect(last?.entriesFrom).toBeUndefined();
    expect(last?.entries.map((e) => e.date)).toEqual(['2024-06-05']);
  });
});
