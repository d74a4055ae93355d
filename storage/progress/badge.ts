import type { TodayData } from '@/storage/staff/today-read';
import { calendarDateIn, daysBetween } from '@/storage/time/calendar';
import type { CalendarDate, Label } from '@/storage/types';
import { dayStatus } from './day-status';

/**
 * What the toolbar badge says about today, as a state: the words and colours that show it belong
 * to what draws it (components/badge.ts).
 * - `waiting`: the campaign is still to start (in `days` days, on `start`);
 * - `kept`: `count` pledges kept today;
 * - `none-yet`: a working campaign day with nothing recorded yet;
 * - `nothing`: after the campaign, a rest day with none, or before set-up.
 */
export type BadgeShows =
  | { kind: 'nothing' }
  | { kind: 'waiting'; campaign: Label; start: CalendarDate; days: number }
  | { kind: 'kept'; count: number }
  | { kind: 'none-yet' };

/** The badge's state at `now` (today is worked out in the campaign's time zone). */
export function badgeShows(data: TodayData, now: number): BadgeShows {
  const { campaign, profile } = data;
  if (!campaign) return { kind: 'nothing' };
  const today = calendarDateIn(now, campaign.timeZone);
  if (today < campaign.start) {
    return {
      kind: 'waiting',
      campaign: campaign.name,
      start: campaign.start,
      days: daysBetween(today, campaign.start),
    };
  }
  if (!profile) return { kind: 'nothing' };
  const status = dayStatus(campaign, data.entries, today);
  if (status.phase !== 'during') return { kind: 'nothing' };
  if (status.kept > 0) return { kind: 'kept', count: status.kept };
  return status.working ? { kind: 'none-yet' } : { kind: 'nothing' };
}
