import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CAMPAIGN,
  ensureBuiltInCampaign,
  listCampaigns,
  loadCampaign,
  setActiveCampaign,
} from '@/storage/campaign/store';
import { listEntries, setPledgeCount } from '@/storage/staff/entries';
import { updateSettings } from '@/storage/staff/settings';
import type { Campaign } from '@/storage/types';
import { campaignOf, startOnBuiltIn } from '@/tests/fixtures/campaign';
import { storedActiveCampaign, storedSettings } from '@/tests/fixtures/stored';

const FIRST_START = '2024-06-05T01:00:00.000Z';
const LATER = '2024-06-12T01:00:00.000Z';
const nextCampaign: Campaign = campaignOf({ id: 'backan-vp-2025', start: '2025-06-05', end: '2025-06-30' });

async function recordInBuiltIn() {
  await setPledgeCount({
    campaign: BUILT_IN_CAMPAIGN,
    date: '2024-06-12',
    pledgeId: 'tree-planting',
    count: 2,
    today: '2024-06-12',
    at: LATER,
  });
}

describe('the first start', () => {
  it('has no active campaign before it runs', async () => {
    expect(await storedActiveCampaign()).toBeUndefined();
  });

  it('keeps the 2024 campaign built in but starts on no campaign (issue #9)', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    expect(await storedActiveCampaign()).toBeUndefined();
    expect((await storedSettings())?.activeCampaignId).toBe('');
    expect(await listCampaigns()).toEqual([
      { id: 'backan-vp-wed-2024', campaign: BUILT_IN_CAMPAIGN, source: 'built-in', loadedAt: FIRST_START },
    ]);
  });

  it('changes nothing when it runs again, from any page, at any later start', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    const before = { campaigns: await listCampaigns(), settings: await storedSettings() };
    await ensureBuiltInCampaign(LATER);
    await Promise.all([ensureBuiltInCampaign(LATER), ensureBuiltInCampaign(LATER)]);
    expect({ campaigns: await listCampaigns(), settings: await storedSettings() }).toEqual(before);
  });

  it('never replaces the person’s settings or their choice of campaign', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    await loadCampaign(nextCampaign, LATER);
    await updateSettings({ language: 'en', reminderTime: '08:00' }, LATER);
    const before = await storedSettings();
    await ensureBuiltInCampaign('2025-06-05T01:00:00.000Z');
    expect(await storedSettings()).toEqual(before);
    expect((await storedActiveCampaign())?.id).toBe('backan-vp-2025');
  });

  it('never replaces a file the office sent for the built-in campaign', async () => {
    const corrected = { ...BUILT_IN_CAMPAIGN, holidays: ['2024-06-14'] };
    await loadCampaign(corrected, FIRST_START);
    await ensureBuiltInCampaign(LATER);
    expect(await storedActiveCampaign()).toEqual(corrected);
    expect((await listCampaigns()).map((row) => row.source)).toEqual(['file']);
  });
});

describe('loading a campaign file', () => {
  it('makes the loaded campaign the active one and keeps the built-in one listed', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    await loadCampaign(nextCampaign, LATER);
    expect(await storedActiveCampaign()).toEqual(nextCampaign);
    expect((await listCampaigns()).map((row) => [row.id, row.source]).sort()).toEqual([
      ['backan-vp-2025', 'file'],
      ['backan-vp-wed-2024', 'built-in'],
    ]);
  });

  it('keeps the days already recorded in the earlier campaign', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    await recordInBuiltIn();
    const before = await listEntries(BUILT_IN_CAMPAIGN.id);
    await loadCampaign(nextCampaign, LATER);
    expect(before).toHaveLength(1);
    expect(await listEntries(BUILT_IN_CAMPAIGN.id)).toEqual(before);
  });

  it('replaces the definition of a campaign with the same id and keeps its recorded days', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    await recordInBuiltIn();
    const corrected = { ...BUILT_IN_CAMPAIGN, holidays: ['2024-06-14'] };
    await loadCampaign(corrected, LATER);
    expect(await storedActiveCampaign()).toEqual(corrected);
    expect(await listCampaigns()).toHaveLength(1);
    expect(await listEntries(BUILT_IN_CAMPAIGN.id)).toHaveLength(1);
  });

  it('keeps the person’s language and reminder when switching campaign', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    await updateSettings({ language: 'en', reminderTime: '08:00' }, LATER);
    await loadCampaign(nextCampaign, LATER);
    expect(await storedSettings()).toMatchObject({
      language: 'en',
      reminderTime: '08:00',
      activeCampaignId: 'backan-vp-2025',
    });
  });

  it('works before the first start has run, making the settings too', async () => {
    await loadCampaign(nextCampaign, LATER);
    expect(await storedActiveCampaign()).toEqual(nextCampaign);
    expect(await storedSettings()).toMatchObject({ language: 'vi', reminderOn: true });
  });
});

describe('choosing the active campaign', () => {
  it('switches back to a campaign already stored', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    await loadCampaign(nextCampaign, LATER);
    await setActiveCampaign(BUILT_IN_CAMPAIGN.id, LATER);
    expect((await storedActiveCampaign())?.id).toBe(BUILT_IN_CAMPAIGN.id);
  });

  it('refuses an id that was never loaded and keeps the active campaign', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    const before = await storedSettings();
    await expect(setActiveCampaign('never-loaded', LATER)).rejects.toThrow('campaign-missing');
    expect(await storedSettings()).toEqual(before);
  });
});

describe('an ended campaign is read-only', () => {
  it('refuses a different file with the id of a campaign that has ended, and keeps the stored one', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    const changed = { ...BUILT_IN_CAMPAIGN, name: { vi: 'Tên đã sửa' } };
    expect(await loadCampaign(changed, '2024-07-05T00:00:00Z')).toEqual({
      ok: false,
      issue: { path: 'id', rule: 'campaign-ended' },
    });
    expect((await storedActiveCampaign())?.name.vi).toBe('Tháng hành động vì môi trường 2024');
  });

  it('still accepts the same file again after the end, and a changed one while it runs', async () => {
    await ensureBuiltInCampaign('2024-06-01T00:00:00Z');
    expect(await loadCampaign(BUILT_IN_CAMPAIGN, '2024-07-05T00:00:00Z')).toEqual({ ok: true });
    const changed = { ...BUILT_IN_CAMPAIGN, name: { vi: 'Tên đã sửa' } };
    expect(await loadCampaign(changed, '2024-06-20T00:00:00Z')).toEqual({ ok: true });
    expect((await storedActiveCampaign())?.name.vi).toBe('Tên đã sửa');
  });
});
