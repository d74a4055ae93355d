import canonicalize from 'canonicalize';
import builtIn from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { type CampaignRow, db } from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import { saveProfile } from '@/storage/staff/profile';
import { defaultSettings, NO_CAMPAIGN } from '@/storage/staff/settings';
import { isTimeZone } from '@/storage/time/zone-checks';
import type { CalendarDate, Campaign } from '@/storage/types';
import { isCampaignReadOnly } from './editor';
import { personalCampaign, THIRTY_DAYS } from './templates';

/** The seed plan, shipped as a campaign file and validated by a test, not at run time. */
export const BUILT_IN_CAMPAIGN = builtIn as Campaign;

/**
 * Makes sure a fresh install has its settings and the 2024 campaign built in, kept as one ended
 * campaign among others (its results, its file) and not made active: a fresh install starts on
 * no campaign, and the popup offers ways to start today. Safe to call from every
 * context at every start; it never replaces what is stored.
 */
export async function ensureBuiltInCampaign(at: string): Promise<void> {
  await db.transaction('rw', db.campaigns, db.settings, async () => {
    if (!(await db.campaigns.get(BUILT_IN_CAMPAIGN.id))) {
      await db.campaigns.add({
        id: BUILT_IN_CAMPAIGN.id,
        campaign: BUILT_IN_CAMPAIGN,
        source: 'built-in',
        loadedAt: at,
      });
    }
    if (!(await db.settings.get('me'))) await db.settings.add(defaultSettings(NO_CAMPAIGN, at));
  });
}

export async function listCampaigns(): Promise<CampaignRow[]> {
  return db.campaigns.toArray();
}

export type LoadResult = { ok: true } | { ok: false; issue: FileIssue };

/**
 * Stores a validated campaign file and makes it the active campaign. A newer file with the
 * same id replaces the definition; recorded days are never touched. A campaign that has ended
 * is read-only: a different file with its id is refused; the same file again only
 * makes it active.
 */
export async function loadCampaign(campaign: Campaign, at: string): Promise<LoadResult> {
  return db.transaction('rw', db.campaigns, db.settings, async () => {
    const stored = await db.campaigns.get(campaign.id);
    const changed = !stored || canonicalize(stored.campaign) !== canonicalize(campaign);
    if (stored && changed && isCampaignReadOnly(stored.campaign, Date.parse(at))) {
      return { ok: false, issue: { path: 'id', rule: 'campaign-ended' } };
    }
    // The organisation's campaign (browser policy) is changed only by the organisation.
    if (stored?.source === 'policy' && changed) return { ok: false, issue: { path: 'id', rule: 'campaign-managed' } };
    if (changed) await db.campaigns.put({ id: campaign.id, campaign, source: 'file', loadedAt: at });
    const settings = (await db.settings.get('me')) ?? defaultSettings(campaign.id, at);
    await db.settings.put({ ...settings, activeCampaignId: campaign.id, updatedAt: at });
    return { ok: true };
  });
}

export async function setActiveCampaign(id: string, at: string): Promise<void> {
  await db.transaction('rw', db.campaigns, db.settings, async () => {
    if (!(await db.campaigns.get(id))) throw new Error('campaign-missing');
    const settings = await db.settings.get('me');
    if (!settings) throw new Error('settings-missing');
    // While the organisation sets the campaign by policy, it stays the one recorded into.
    if (settings.managed?.campaignId && settings.managed.campaignId !== id) throw new Error('campaign-managed');
    await db.settings.put({ ...settings, activeCampaignId: id, updatedAt: at });
  });
}

/**
 * Starts the 30-day challenge today: a personal campaign from the template, in the
 * computer's time zone, made active, with the person's name, in one transaction. It asks no
 * department: the challenge has one, the person. Returns the campaign.
 */
export async function startPersonalChallenge(input: {
  name: string;
  today: CalendarDate;
  timeZone: string;
  at: string;
  newId?: () => string;
}): Promise<Campaign> {
  const { today, timeZone, at, newId } = input;
  return db.transaction('rw', db.campaigns, db.settings, db.profile, async () => {
    const taken = (await db.campaigns.toCollection().primaryKeys()) as string[];
    // A zone this browser cannot name (it should not happen) falls back to the template's.
    const zone = isTimeZone(timeZone) ? timeZone : THIRTY_DAYS.campaign.timeZone;
    const campaign = personalCampaign(THIRTY_DAYS, today, zone, taken);
    // The name is checked first: a refused one writes nothing.
    await saveProfile({ name: input.name, department: campaign.departments[0]!.id }, campaign, at, newId);
    await db.campaigns.add({ id: campaign.id, campaign, source: 'personal', loadedAt: at });
    const settings = (await db.settings.get('me')) ?? defaultSettings(campaign.id, at);
    await db.settings.put({ ...settings, activeCampaignId: campaign.id, updatedAt: at });
    return campaign;
  });
}
