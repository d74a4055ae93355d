import { type ChangeRow, db, type EntryRow, type ProfileRow, type SettingsRow } from '@/storage/db/database';
import type { Campaign, Language } from '@/storage/types';
import { lastChange, listEntries } from './entries';
import { TodayRows } from './today-rows';

export interface TodayData {
  settings?: SettingsRow;
  profile?: ProfileRow;
  campaign?: Campaign;
  entries: EntryRow[];
  /** Note text by date, for the active campaign. */
  notes: Record<string, string>;
  lastChange?: ChangeRow;
  /** Some stored row could not be read (issue #10): it was left out, and a restore is the way back. */
  damaged?: boolean;
  /** The person's language, read even from settings that are otherwise broken (to say so in it). */
  language: Language;
}

/**
 * Everything the popup and the background show of today, in one read, so one live query
 * re-renders it once. Rows of a shape they cannot show are left out (and `damaged` said): see
 * today-rows.ts for why a lighter check than the backup's row schemas.
 */
export async function readTodayData(): Promise<TodayData> {
  const rows = new TodayRows();
  const [stored, profile] = await Promise.all([
    db.settings.get('me'),
    db.profile.get('me').then((row) => rows.one('profile', row)),
  ]);
  const settings = rows.one('settings', stored);
  const language: Language = (stored as { language?: unknown } | undefined)?.language === 'en' ? 'en' : 'vi';
  const campaignRow = settings && rows.one('campaigns', await db.campaigns.get(settings.activeCampaignId));
  const campaign = campaignRow?.campaign;
  const damaged = rows.broken || undefined;
  if (!campaign) return { settings, profile, entries: [], notes: {}, damaged, language };
  const [entries, notes, last] = await Promise.all([
    listEntries(campaign.id),
    db.notes.where('campaignId').equals(campaign.id).toArray(),
    lastChange(campaign.id),
  ]);
  const readableNotes = rows.all('notes', notes);
  return {
    settings,
    profile,
    campaign,
    entries: rows.all('entries', entries),
    notes: Object.fromEntries(readableNotes.map((n) => [n.date, n.note])),
    lastChange: rows.one('changes', last),
    damaged: rows.broken || undefined,
    language,
  };
}
