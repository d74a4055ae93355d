import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN, ensureBuiltInCampaign, loadCampaign, setActiveCampaign } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { applyPolicy } from '@/storage/policy/apply';
import { updateSettings } from '@/storage/staff/settings';
import type { Campaign } from '@/storage/types';
import { campaignOf } from '@/tests/fixtures/campaign';

const AT = '2027-05-20T01:00:00.000Z';
const LATER = '2027-05-21T01:00:00.000Z';
const office: Campaign = campaignOf({ id: 'so-nn-mt-2027', start: '2027-06-01', end: '2027-06-30' });

const settings = () => db.settings.get('me');
const rowsOf = async () => ({ campaigns: await db.campaigns.toArray(), settings: await db.settings.toArray() });

describe('a campaign set by the organisation', () => {
  it('is stored as the organisation’s and becomes the one recorded into', async () => {
    await ensureBuiltInCampaign(AT);
    expect(await applyPolicy({ campaign: office }, AT)).toEqual({ ok: true, changed: true });
    expect(await db.campaigns.get(office.id)).toMatchObject({ source: 'policy', campaign: office });
    expect(await settings()).toMatchObject({ activeCampaignId: office.id, managed: { campaignId: office.id } });
  });

  it('cannot be switched away from, nor replaced by a file with its id', async () => {
    await ensureBuiltInCampaign(AT);
    await applyPolicy({ campaign: office }, AT);
    await expect(setActiveCampaign(BUILT_IN_CAMPAIGN.id, LATER)).rejects.toThrow('campaign-managed');
    const renamed = { ...office, name: { vi: 'Tên khác' } };
    expect(await loadCampaign(renamed, LATER)).toEqual({ ok: false, issue: { path: 'id', rule: 'campaign-managed' } });
    expect(await db.campaigns.get(office.id)).toMatchObject({ campaign: office });
  });

  it('goes back to the person when the policy stops setting it', async () => {
    await ensureBuiltInCampaign(AT);
    await applyPolicy({ campaign: office }, AT);
    await applyPolicy({}, LATER);
    expect(await db.campaigns.get(office.id)).toMatchObject({ source: 'file' });
    expect((await settings())?.managed).toBeUndefined();
    await setActiveCampaign(BUILT_IN_CAMPAIGN.id, LATER);
    expect((await settings())?.activeCampaignId).toBe(BUILT_IN_CAMPAIGN.id);
  });

  it('changes nothing when it would rewrite a campaign that has ended', async () => {
    await ensureBuiltInCampaign(AT);
    const before = await rowsOf();
    const rewritten = { ...BUILT_IN_CAMPAIGN, name: { vi: 'Viết lại' } };
    expect(await applyPolicy({ campaign: rewritten }, AT)).toEqual({
      ok: false,
      issue: { path: 'campaign.id', rule: 'campaign-ended' },
    });
    expect(await rowsOf()).toEqual(before);
  });

  it('writes nothing when applied again unchanged', async () => {
    await ensureBuiltInCampaign(AT);
    await applyPolicy({ campaign: office, collectsReports: true }, AT);
    const before = await rowsOf();
    expect(await applyPolicy({ campaign: office, collectsReports: true }, LATER)).toEqual({ ok: true, changed: false });
    expect(await rowsOf()).toEqual(before);
  });
});

describe('settings set by the organisation', () => {
  it('turn the admin section on for whoever collects the reports, and off again', async () => {
    await ensureBuiltInCampaign(AT);
    await applyPolicy({ collectsReports: true }, AT);
    expect(await settings()).toMatchObject({ adminMode: true, managed: { collectsReports: true } });
    await applyPolicy({ collectsReports: false }, LATER);
    expect((await settings())?.adminMode).toBe(false);
  });

  it('give the reminder’s default, which the person may change and which stays changed', async () => {
    await ensureBuiltInCampaign(AT);
    await applyPolicy({ reminderOn: true, reminderTime: '08:30' }, AT);
    expect(await settings()).toMatchObject({ reminderOn: true, reminderTime: '08:30' });
    await updateSettings({ reminderTime: '17:00', reminderOn: false }, LATER);
    // The next browser start reads the same policy: the person's choice is kept.
    await applyPolicy({ reminderOn: true, reminderTime: '08:30' }, LATER);
    expect(await settings()).toMatchObject({ reminderOn: false, reminderTime: '17:00' });
    // A new default from the organisation applies again.
    await applyPolicy({ reminderOn: true, reminderTime: '09:00' }, LATER);
    expect(await settings()).toMatchObject({ reminderTime: '09:00' });
  });
});
