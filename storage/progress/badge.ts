import type { MessageKey } from '@/components/i18n/format';
import type { TodayData } from '@/storage/staff/today-data';
import { calendarDateIn } from '@/storage/time/calendar';
import { dayStatus } from './day-status';

/** The toolbar badge API, small enough to fake in tests. Firefox's MV2 build calls it browserAction. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const KEPT = '#1b5e20';
const NONE_YET = '#b26a00';

/**
 * Today's state: the number of pledges kept today, or "!" on a working campaign day with
 * nothing recorded yet. Nothing outside the campaign, on a rest day with none, or before set-up.
 */
export function badgeFor(data: TodayData, now: number, t: Translate): BadgeState {
  const name = t('app.name');
  const { campaign, profile } = data;
  if (!campaign || !profile) return { text: '', color: KEPT, title: name };
  const status = dayStatus(campaign, data.entries, calendarDateIn(now, campaign.timeZone));
  if (status.phase !== 'during') return { text: '', color: KEPT, title: name };
  if (status.kept > 0)
    return { text: String(status.kept), color: KEPT, title: `${name}: ${t('badge.kept', { count: status.kept })}` };
  if (!status.working) return { text: '', color: KEPT, title: name };
  return { text: '!', color: NONE_YET, title: `${name}: ${t('badge.none')}` };
}

export async function showBadge(api: BadgeApi, state: BadgeState): Promise<void> {
  await Promise.all([
    api.setBadgeText({ text: state.text }),
    api.setBadgeBackgroundColor({ color: state.color }),
    api.setTitle({ title: state.title }),
  ]);
}
