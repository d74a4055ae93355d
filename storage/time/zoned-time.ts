import type { CalendarDate } from '@/storage/types';
import { addDays } from './calendar';

/**
 * Wall-clock times in a time zone, with Intl alone so that the answer never depends on the
 * computer's own zone (a library built on the local `Date` resolved a repeated autumn hour
 * differently east and west of UTC).
 */

const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time an instant shows in a zone, written as if it were a UTC instant. */
function wallClock(instant: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

/**
 * The instant at which a wall-clock time (`HH:MM`) happens on a date in a time zone. A time
 * that happens twice (clocks going back) is its first occurrence; a time the clocks skip is
 * taken as the moment just as far after the jump.
 */
export function instantOf(date: CalendarDate, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const offsetBefore = wallClock(wall - DAY_MS, timeZone) - (wall - DAY_MS);
  const offsetAfter = wallClock(wall + DAY_MS, timeZone) - (wall + DAY_MS);
  const matches = [wall - offsetBefore, wall - offsetAfter].filter((t) => wallClock(t, timeZone) === wall);
  return matches.length ? Math.min(...matches) : wall - offsetBefore;
}

/** The instant the next calendar day begins in a time zone. */
export function nextMidnight(today: CalendarDate, timeZone: string): number {
  return instantOf(addDays(today, 1), '00:00', timeZone);
}
