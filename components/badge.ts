import { browser } from 'wxt/browser';
import { type MessageKey, pickLabel, weekdayDate } from '@/components/i18n/format';
import { type BadgeShows, badgeShows } from '@/storage/progress/badge';
import type { TodayData } from '@/storage/staff/today-read';
import type { Language } from '@/storage/types';

/** The toolbar badge API, small enough to fake in tests. Firefox's MV2 build calls it browserAction. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** What the badge looks like: its text, its colour and the toolbar button's title. */
export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const toolbarBadge = (): BadgeApi => (browser.action ?? browser.browserAction) as BadgeApi;

const KEPT = '#1b5e20';
const NONE_YET = '#b26a00';
const WAITING = '#5f6368';

/** The number of pledges kept today, "!" when none yet, "…" while the campaign is still to start. */
export function badgeLook(shows: BadgeShows, t: Translate, lang: Language): BadgeLook {
  const name = t('app.name');
  switch (shows.kind) {
    case 'waiting': {
      const starts = t('phase.startsIn', { days: shows.days, start: weekdayDate(lang, shows.start) });
      return { text: '…', color: WAITING, title: `${name}: ${pickLabel(shows.campaign, lang)} ${starts}` };
    }
    case 'kept':
      return { text: String(shows.count), color: KEPT, title: `${name}: ${t('badge.kept', { count: shows.count })}` };
    case 'none-yet':
      return { text: '!', color: NONE_YET, title: `${name}: ${t('badge.none')}` };
    case 'nothing':
      return { text: '', color: KEPT, title: name };
  }
}

/**
 * Draws the badge for today's data: the one way the popup (at a click) and the background (at
 * install, start, each day turn and each change) put it on the toolbar. The words come from the
 * caller's `t`, so the popup draws with the strings it already holds.
 */
export async function drawBadge(
  api: BadgeApi,
  data: TodayData,
  now: number,
  t: Translate,
  lang: Language,
): Promise<BadgeLook> {
  const look = badgeLook(badgeShows(data, now), t, lang);
  await Promise.all([
    api.setBadgeText({ text: look.text }),
    api.setBadgeBackgroundColor({ color: look.color }),
    api.setTitle({ title: look.title }),
  ]);
  return look;
}
