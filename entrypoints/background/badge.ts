import { type BadgeApi, type BadgeLook, drawBadge, toolbarBadge } from '@/components/badge';
import { translate } from '@/components/i18n';
import { readTodayData } from '@/storage/staff/today-data';

/** Redraws the badge from the stored data; on install, at start, each day turn and each change. */
export async function refreshBadge(now: number, api: BadgeApi = toolbarBadge()): Promise<BadgeLook> {
  const data = await readTodayData();
  const lang = data.settings?.language ?? 'vi';
  return drawBadge(api, data, now, (key, params) => translate(lang, key, params), lang);
}
