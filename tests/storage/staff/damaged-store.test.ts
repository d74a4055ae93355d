import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { readDashboard } from '@/storage/staff/dashboard-data';
import { setPledgeCount } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import { readTodayData } from '@/storage/staff/today-data';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

const campaign = BUILT_IN_CAMPAIGN;

async function someoneRecording() {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Nguyễn Thị Hoa', department: 'ldvp' }, campaign, '2024-06-01T00:00:00Z');
  for (const date of ['2024-06-11', '2024-06-12'])
    await setPledgeCount({
      campaign,
      date,
      pledgeId: 'no-nylon-bags',
      count: 1,
      today: '2024-06-12',
      at: `${date}T03:00:00Z`,
    });
}

/** Writes a row straight into IndexedDB, past every check of storage/, as a bug or another tool could. */
/** What the popup learns from its one read: whether to say the data is damaged, and in which language. */
const popupHealth = async () => {
  const { damaged, language } = await readTodayData();
  return { damaged: damaged === true, language };
};

const writeStraight = (table: string, row: object) => db.table(table).put(row);

describe('reading a store that holds a broken row (issue #10)', () => {
  it('reads an intact store as it is, with nothing said to be damaged', async () => {
    await someoneRecording();
    expect(await readDashboard()).toMatchObject({ campaign: { id: campaign.id }, damaged: undefined });
    expect((await readTodayData()).damaged).toBeUndefined();
    expect(await popupHealth()).toEqual({ damaged: false, language: 'vi' });
  });

  it('leaves out a campaign damaged to its id alone, and says the store is damaged', async () => {
    await someoneRecording();
    await writeStraight('campaigns', { id: campaign.id, campaign: { id: campaign.id } });
    const dashboard = await readDashboard();
    expect(dashboard).toMatchObject({ campaigns: [], damaged: true, entries: [] });
    expect(dashboard.campaign).toBeUndefined();
    expect(dashboard.settings?.activeCampaignId).toBe(campaign.id);
    const today = await readTodayData();
    expect(today).toMatchObject({ damaged: true, entries: [] });
    expect(today.campaign).toBeUndefined();
    expect(await popupHealth()).toEqual({ damaged: true, language: 'vi' });
  });

  it('leaves out one broken entry and keeps the others', async () => {
    await someoneRecording();
    await writeStraight('entries', {
      campaignId: campaign.id,
      date: '2024-06-10',
      pledgeId: 'no-nylon-bags',
      count: 'một',
    });
    const dashboard = await readDashboard();
    expect(dashboard.damaged).toBe(true);
    expect(dashboard.entries.map((e) => e.date).sort()).toEqual(['2024-06-11', '2024-06-12']);
    expect((await readTodayData()).entries).toHaveLength(2);
  });

  it('says so in the person’s language when the settings themselves are broken', async () => {
    await someoneRecording();
    await writeStraight('settings', { key: 'me', language: 'en', activeCampaignId: 42 });
    expect(await popupHealth()).toEqual({ damaged: true, language: 'en' });
    expect(await readDashboard()).toMatchObject({ damaged: true, settings: undefined });
  });
});
