import { type ChangeRow, db, type EntryRow, type ProfileRow, type SettingsRow } from '@/storage/db/database';
import type { Campaign } from '@/storage/types';
import { lastChange, listEntries } from './entries';

export interface TodayData {
  settings?: SettingsRow;
  profile?: ProfileRow;
  campaign?: Campaign;
  entries: EntryRow[];
  /** Note text by date, for the active campaign. */
  notes: Record<string, string>;
  lastChange?: ChangeRow;
}

/** Everything the popup and the background show of today, in one read, so one live query re-renders it once. */
export async function readTodayData(): Promise<TodayData> {
  const [settings, profile] = await Promise.all([db.settings.get('me'), db.profile.get('me')]);
  const campaign = settings && (await db.campaigns.get(settings.activeCampaignId))?.campaign;
  if (!campaign) return { settings, profile, entries: [], notes: {} };
  const [entries, notes, last] = await Promise.all([
    listEntries(campaign.id),
    db.notes.where('campaignId').equals(campaign.id).toArray(),
    lastChange(campaign.id),
  ]);
  return {
    settings,
    profile,
    campaign,
    entries,
    notes: Object.fromEntries(notes.map((n) => [n.date, n.note])),
    lastChange: last,
  };
}
