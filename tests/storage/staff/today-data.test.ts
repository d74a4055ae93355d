import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN, ensureBuiltInCampaign, loadCampaign, setActiveCampaign } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { saveNote, setPledgeCount } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import { readTodayData } from '@/storage/staff/today-data';
import type { Campaign } from '@/storage/types';
import { campaignOf } from '@/tests/fixtures/campaign';

const FIRST_START = '2024-06-05T01:00:00.000Z';
const other: Campaign = campaignOf({ id: 'other-campaign' });
let n = 0;
const at = () => new Date(Date.parse('2024-06-12T02:00:00Z') + ++n * 1000).toISOString();

const record = (campaign: Campaign, pledgeId: string, count: number, date = '2024-06-12') =>
  setPledgeCount({ campaign, date, pledgeId, count, today: '2024-06-12', at: at() });

describe('what the popup reads', () => {
  it('is empty on a fresh install, before the first start', async () => {
    expect(await readTodayData()).toEqual({
      settings: undefined,
      profile: undefined,
      entries: [],
      notes: {},
      language: 'vi',
    });
  });

  it('has the settings and no campaign after the first start, with nothing recorded (issue #9)', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    const data = await readTodayData();
    expect(data.settings?.activeCampaignId).toBe('');
    expect(data.campaign).toBeUndefined();
    expect([data.profile, data.entries, data.notes, data.lastChange]).toEqual([undefined, [], {}, undefined]);
  });

  it('has the profile, kept pledges, notes and last change of the active campaign only', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    await saveProfile(
      { name: 'Trần Văn An', department: 'ldvp' },
      BUILT_IN_CAMPAIGN,
      FIRST_START,
      () => 'participant-1',
    );
    await loadCampaign(other, FIRST_START);
    await record(other, 'no-nylon-bags', 1);
    await saveNote({ campaign: other, date: '2024-06-12', note: 'other campaign', today: '2024-06-12', at: at() });
    await setActiveCampaign(BUILT_IN_CAMPAIGN.id, FIRST_START);

    await record(BUILT_IN_CAMPAIGN, 'no-nylon-bags', 1, '2024-06-11');
    await record(BUILT_IN_CAMPAIGN, 'tree-planting', 2);
    await record(BUILT_IN_CAMPAIGN, 'eco-products', 1);
    await record(BUILT_IN_CAMPAIGN, 'eco-products', 0);
    await saveNote({
      campaign: BUILT_IN_CAMPAIGN,
      date: '2024-06-11',
      note: 'Mang bình nước.',
      today: '2024-06-12',
      at: at(),
    });

    const data = await readTodayData();
    expect(data.profile).toMatchObject({ participantId: 'participant-1', name: 'Trần Văn An' });
    expect(data.campaign?.id).toBe(BUILT_IN_CAMPAIGN.id);
    expect(data.entries.map((e) => [e.date, e.pledgeId, e.count]).sort()).toEqual([
      ['2024-06-11', 'no-nylon-bags', 1],
      ['2024-06-12', 'tree-planting', 2],
    ]);
    expect(data.notes).toEqual({ '2024-06-11': 'Mang bình nước.' });
    expect(data.lastChange).toMatchObject({
      campaignId: BUILT_IN_CAMPAIGN.id,
      pledgeId: 'eco-products',
      before: { count: 1 },
    });
  });

  it('has no campaign when the settings point at one that is not stored', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    await db.campaigns.clear();
    const data = await readTodayData();
    expect(data.settings).toBeDefined();
    expect([data.campaign, data.entries, data.notes]).toEqual([undefined, [], {}]);
  });
});
