import { addDays, isInCampaign, isWorkingDay } from '@/storage/time/calendar';
import type { CalendarDate, Campaign } from '@/storage/types';

/** Personal progress figures as pure functions of the recorded days and `today`. */

type CalendarOf = Pick<Campaign, 'start' | 'end' | 'workingDays' | 'holidays'>;

/**
 * Working days in a row, ending today or yesterday, with at least one pledge. Rest days
 * neither break nor lengthen it, and a today not yet recorded does not break it.
 */
export function streak(c: CalendarOf, takenPart: ReadonlySet<CalendarDate>, today: CalendarDate): number {
  let count = 0;
  let day = today > c.end ? c.end : today;
  for (; day >= c.start; day = addDays(day, -1)) {
    if (!isWorkingDay(c, day)) continue;
    if (takenPart.has(day)) count++;
    else if (day !== today) break;
  }
  return count;
}

/** Dates of the campaign, up to today, on which the person took part. */
export function daysTakenPart(c: CalendarOf, takenPart: ReadonlySet<CalendarDate>, today: CalendarDate): number {
  return [...takenPart].filter((d) => isInCampaign(c, d) && d <= today).length;
}
