import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { saveNote, setPledgeCount } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import { readTodayData } from '@/storage/staff/today-data';
import { readTodayPlain } from '@/storage/staff/today-read';
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
