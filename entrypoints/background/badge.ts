import { browser } from 'wxt/browser';
import { translate } from '../../components/i18n';
import { calendarDateIn } from '../../storage/calendar';
import { readPopupData, type PopupData } from '../../storage/popup-data';
import { dayStatus } from '../../storage/today';

/** The toolbar badge API, small enough to fake in tests. Firefox's MV2 build calls it browserAction. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

export const badgeApi = (): BadgeApi => (browser.action ?? browser.browserAction) as BadgeApi;

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

const KEPT = '#1b5e20';
const NONE_YET = '#b26a00';

/**
 * Today's state: the number of pledges kept today, or "!" on a working campaign day with
 * nothing recorded yet. Nothing outside the campaign, on a rest day with none, or before set-up.
 */
export function badgeFor(data: PopupData, now: number): BadgeState {
  const lang = data.settings?.language ?? 'vi';
  const name = translate(lang, 'app.name');
  const { campaign, profile } = data;
  if (!campaign || !profile) return { text: '', color: KEPT, title: name };
  const today = calendarDateIn(now, campaign.timeZone);
  const status = dayStatus(campaign, data.entries, today);
  if (status.phase !== 'during') return { text: '', color: KEPT, title: name };
  if (status.kept > 0) {
    return { text: String(status.kept), color: KEPT, title: `${name}: ${translate(lang, 'badge.kept', { count: status.kept })}` };
  }
  if (!status.working) return { text: '', color: KEPT, title: name };
  return { text: '!', color: NONE_YET, title: `${name}: ${translate(lang, 'badge.none')}` };
}

export async function refreshBadge(now: number, api: BadgeApi = badgeApi()): Promise<BadgeState> {
  const state = badgeFor(await readPopupData(), now);
  await Promise.all([
    api.setBadgeText({ text: state.text }),
    api.setBadgeBackgroundColor({ color: state.color }),
    api.setTitle({ title: state.title }),
  ]);
  return state;
}
