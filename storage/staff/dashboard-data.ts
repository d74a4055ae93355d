import {
  type CampaignRow,
  db,
  type EntryRow,
  type NoteRow,
  type ProfileRow,
  type SettingsRow,
} from '@/storage/db/database';
import { ReadableRows } from '@/storage/db/rows/schemas';
import type { Campaign } from '@/storage/types';

export interface DashboardData {
  settings?: SettingsRow;
  profile?: ProfileRow;
  campaigns: CampaignRow[];
  /** The campaign on view: the one asked for, else the active one. */
  campaign?: Campaign;
  entries: EntryRow[];
  notes: NoteRow[];
  /** When the first pledge still kept, in any campaign, was recorded: backups start to matter. */
  firstRecordedAt?: string;
  /**
   * Some stored row could not be read: it was left out, so the pages open on what
   * can be read, and the dashboard says so and offers the restore.
   */
  damaged?: boolean;
}

/**
 * What the options page shows, in one read so that one live query redraws it once. Only rows
 * the current schema can hold reach the pages (storage/db/rows/schemas.ts).
 */
export async function readDashboard(campaignId?: string): Promise<DashboardData> {
  const rows = new ReadableRows();
  const [settings, profile, campaigns, first] = await Promise.all([
    db.settings.get('me').then((row) => rows.one('settings', row)),
    db.profile.get('me').then((row) => rows.one('profile', row)),
    db.campaigns.toArray().then((all) => rows.all('campaigns', all)),
    firstRecorded(rows),
  ]);
  const firstRecordedAt = first?.recordedAt;
  const id = campaignId && campaigns.some((c) => c.id === campaignId) ? campaignId : settings?.activeCampaignId;
  const campaign = campaigns.find((c) => c.id === id)?.campaign;
  if (!campaign) {
    const damaged = rows.broken || undefined;
    return { settings, profile, campaigns, entries: [], notes: [], firstRecordedAt, damaged };
  }
  const [entries, notes] = await Promise.all([
    db.entries.where('campaignId').equals(campaign.id).toArray(),
    db.notes.where('campaignId').equals(campaign.id).toArray(),
  ]);
  return {
    settings,
    profile,
    campaigns,
    campaign,
    entries: rows.all('entries', entries),
    notes: rows.all('notes', notes),
    firstRecordedAt,
    damaged: rows.broken || undefined,
  };
}

async function firstRecorded(rows: ReadableRows): Promise<EntryRow | undefined> {
  let first: EntryRow | undefined;
  await db.entries.each((row) => {
    if (!row.deleted && (!first || row.recordedAt < first.recordedAt) && rows.one('entries', row)) first = row;
  });
  return first;
}
