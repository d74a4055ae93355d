import { type MessageKey, pickLabel, weekdayDate } from '@/components/i18n/format';
import type { TodayData } from '@/storage/staff/today-data';
import { calendarDateIn, daysBetween } from '@/storage/time/calendar';
import type { Language } from '@/storage/types';
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
const WAITING = '#5f6368';
/** What the badge shows while a campaign has not started yet (issue #9). */
export const WAITING_TEXT = '…';

/**
 * Today's state: the number of pledges kept today, or "!" on a working campaign day with
 * nothing recorded yet; "…" while the campaign is still to start. Nothing after the campaign,
 * on a rest day with none, or before set-up.
 */
export function badgeFor(data: TodayData, now: number, t: Translate, lang: Language = 'vi'): BadgeState {
  const name = t('app.name');
  const { campaign, profile } = data;
  if (!campaign) return { text: '', color: KEPT, title: name };
  const today = calendarDateIn(now, campaign.timeZone);
  if (today < campaign.start) {
    const starts = t('phase.startsIn', {
      days: daysBetween(today, campaign.start),
      start: weekdayDate(lang, campaign.start),
    });
    return { text: WAITING_TEXT, color: WAITING, title: `${name}: ${pickLabel(campaign.name, lang)} ${starts}` };
  }
  if (!profile) return { text: '', color: KEPT, title: name };
  const status = dayStatus(campaign, data.entries, today);
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
