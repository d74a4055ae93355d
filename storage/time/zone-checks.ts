import { isCalendarDate } from './calendar';

/** Checks of time values read from files (kept apart from the calendar: the popup needs none). */

const knownZones = new Set<string>();

/** Whether Intl knows this IANA time zone name (a name once known is not asked again: asking costs a formatter). */
export function isTimeZone(name: string): boolean {
  if (knownZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
  } catch {
    return false;
  }
  if (name.length === 0) return false;
  knownZones.add(name);
  return true;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** An RFC 3339 timestamp with its offset, on a date that exists (no 31 June). */
export function isTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  return match !== null && isCalendarDate(match[1]!);
}

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day `HH:MM` on a 24-hour clock (a reminder's time). */
export const isClockTime = (value: string): boolean => CLOCK_TIME.test(value);
