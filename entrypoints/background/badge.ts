import { browser } from 'wxt/browser';
import { translate } from '@/components/i18n';
import { type BadgeApi, type BadgeState, badgeFor, showBadge } from '@/storage/progress/badge';
import { readTodayData } from '@/storage/staff/today-data';

export const badgeApi = (): BadgeApi => (browser.action ?? browser.browserAction) as BadgeApi;

/** Redraws the badge from the stored data; on install, at start, each day turn and each change. */
export async function refreshBadge(now: number, api: BadgeApi = badgeApi()): Promise<BadgeState> {
  const data = await readTodayData();
  const lang = data.settings?.language ?? 'vi';
  const state = badgeFor(data, now, (key, params) => translate(lang, key, params), lang);
  await showBadge(api, state);
  return state;
}
