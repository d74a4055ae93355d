import { TZDate } from '@date-fns/tz';
import { addDays } from './calendar';
import type { CalendarDate } from './types';

/** The instant at which a wall-clock time (`HH:MM`) happens on a date in a time zone. */
export function instantOf(date: CalendarDate, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, hh, mm, timeZone).getTime();
}

/** The instant the next calendar day begins in a time zone. */
export function nextMidnight(today: CalendarDate, timeZone: string): number {
  return instantOf(addDays(today, 1), '00:00', timeZone);
}
