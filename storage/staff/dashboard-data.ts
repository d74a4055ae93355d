import {
  type CampaignRow,
  db,
  type EntryRow,
  type NoteRow,
  type ProfileRow,
  type SettingsRow,
} from '@/storage/db/database';
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
}

/** What the options page shows, in one read so that one live query redraws it once. */
export async function readDashboard(campaignId?: string): Promise<DashboardData> {
  const [settings, profile, campaigns, first] = await Promise.all([
    db.settings.get('me'),
    db.profile.get('me'),
    db.campaigns.toArray(),
    firstRecorded(),
  ]);
  const firstRecordedAt = first?.recordedAt;
  const id = campaignId && campaigns.some((c) => c.id === campaignId) ? campaignId : settings?.activeCampaignId;
  const campaign = campaigns.find((c) => c.id === id)?.campaign;
  if (!campaign) return { settings, profile, campaigns, entries: [], notes: [], firstRecordedAt };
  const [entries, notes] = await Promise.all([
    db.entries.where('campaignId').equals(campaign.id).toArray(),
    db.notes.where('campaignId').equals(campaign.id).toArray(),
  ]);
  return { settings, profile, campaigns, campaign, entries, notes, firstRecordedAt };
}

async function firstRecorded(): Promise<EntryRow | undefined> {
  let first: EntryRow | undefined;
  await db.entries.each((row) => {
    if (!row.deleted && (!first || row.recordedAt < first.recordedAt)) first = row;
  });
  return first;
}
