import { db, type CampaignRow, type ProfileRow, type SettingsRow } from './db';

export interface SettingsPageData {
  settings?: SettingsRow;
  profile?: ProfileRow;
  campaigns: CampaignRow[];
}

export async function readSettingsPage(): Promise<SettingsPageData> {
  const [settings, profile, campaigns] = await Promise.all([db.settings.get('me'), db.profile.get('me'), db.campaigns.toArray()]);
  return { settings, profile, campaigns };
}
