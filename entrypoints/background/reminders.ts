import { browser } from 'wxt/browser';
import { formatDate, pickLabel, translate } from '@/components/i18n';
import { dayStatus } from '@/storage/progress/day-status';
import { readTodayData } from '@/storage/staff/today-data';
import { addDays, calendarDateIn, firstWorkingDayFrom, isWorkingDay } from '@/storage/time/calendar';
import { instantOf, nextMidnight } from '@/storage/time/zoned-time';

export const REMINDER_ALARM = 'reminder';
/** Fires when the day turns in the campaign's time zone, to redraw the badge. */
export const DAY_TURN_ALARM = 'day-turn';
export const REMINDER_NOTIFICATION = 'pledge-reminder';

/**
 * Plans the next day turn and the next reminder from the stored settings. Called on install,
 * on browser start, when settings change and after each alarm, so alarms are never lost.
 */
export async function planAlarms(now: number, alarms: typeof browser.alarms = browser.alarms): Promise<void> {
  const { campaign, settings } = await readTodayData();
  await Promise.all([alarms.clear(DAY_TURN_ALARM), alarms.clear(REMINDER_ALARM)]);
  if (!campaign || !settings) return;
  const today = calendarDateIn(now, campaign.timeZone);
  if (today > campaign.end) return;
  alarms.create(DAY_TURN_ALARM, { when: nextMidnight(today, campaign.timeZone) });
  if (!settings.reminderOn) return;
  // A campaign still to start: the reminder waits for its first working day.
  const first = today < campaign.start ? firstWorkingDayFrom(campaign, campaign.start) : today;
  if (!first) return;
  let when = instantOf(first, settings.reminderTime, campaign.timeZone);
  if (when <= now) when = instantOf(addDays(first, 1), settings.reminderTime, campaign.timeZone);
  alarms.create(REMINDER_ALARM, { when });
}

/**
 * Shows the reminder only on a working campaign day with nothing recorded yet, and only to
 * someone who has set up the extension. Returns whether it showed one.
 */
export async function remindIfNothingRecorded(
  now: number,
  notifications: Pick<typeof browser.notifications, 'create'> = browser.notifications,
): Promise<boolean> {
  const { campaign, settings, profile, entries } = await readTodayData();
  if (!campaign || !settings?.reminderOn || !profile) return false;
  const today = calendarDateIn(now, campaign.timeZone);
  if (!isWorkingDay(campaign, today) || dayStatus(campaign, entries, today).kept > 0) return false;
  const lang = settings.language;
  await notifications.create(REMINDER_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: translate(lang, 'reminder.title'),
    message: translate(lang, 'reminder.body', {
      date: formatDate(lang, today),
      campaign: pickLabel(campaign.name, lang),
    }),
  });
  return true;
}
