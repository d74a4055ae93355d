import { db, type SettingsRow } from '@/storage/db/database';

const DEFAULT_REMINDER_TIME = '16:00';

/** The active campaign id of an install that has none yet: the popup offers ways to start. */
export const NO_CAMPAIGN = '';

export function defaultSettings(activeCampaignId: string, at: string): SettingsRow {
  return {
    key: 'me',
    activeCampaignId,
    language: 'vi',
    reminderOn: true,
    reminderTime: DEFAULT_REMINDER_TIME,
    updatedAt: at,
  };
}

export type SettingsPatch = Partial<Pick<SettingsRow, 'language' | 'reminderOn' | 'reminderTime' | 'adminMode'>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export async function updateSettings(patch: SettingsPatch, at: string): Promise<void> {
  if (patch.reminderTime !== undefined && !TIME.test(patch.reminderTime)) throw new RangeError('reminder-time');
  await db.transaction('rw', db.settings, async () => {
    const current = await db.settings.get('me');
    if (!current) throw new Error('settings-missing');
    await db.settings.put({ ...current, ...patch, updatedAt: at });
  });
}
