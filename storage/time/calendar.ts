import type { CalendarDate, Campaign } from '@/storage/types';
import type { DateRange } from './range';

/**
 * The campaign calendar as pure functions. A day is a `YYYY-MM-DD` string in the campaign's
 * time zone; an instant becomes a day once, at the edge, with `calendarDateIn`.
 */

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const known = checkedDates.get(value);
  if (known !== undefined) return known;
  const match = DATE.exec(value);
  let valid = false;
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    valid = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }
  if (checkedDates.size >= 4096) checkedDates.clear();
  checkedDates.set(value, valid);
  return valid;
}

/** Strings already checked: a batch of 10,000 files names the same few dozen dates 260,000 times. */
const checkedDates = new Map<string, boolean>();

function toUtcMs(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The earlier of two calendar dates. */
export const earlierOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a < b ? a : b);
/** The later of two calendar dates. */
export const laterOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a > b ? a : b);

/** The campaign's weeks, Monday to Sunday, the first and last cut to the campaign's dates. */
export function weeksOf(c: CalendarOf): DateRange[] {
  return campaignDates(c)
    .filter((d, i) => i === 0 || isoWeekday(d) === 1)
    .map((from) => ({ from, to: earlierOf(addDays(from, 7 - isoWeekday(from)), c.end) }));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: CalendarDate): number {
  return ((new Date(toUtcMs(date)).getUTCDay() + 6) % 7) + 1;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone, whatever the computer's own zone is. */
export function calendarDateIn(instant: number, timeZone: string): CalendarDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const key = `${timeZone} ${instant}`;
  const known = daysOfInstants.get(key);
  if (known) return known;
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  if (daysOfInstants.size >= 4096) daysOfInstants.clear();
  daysOfInstants.set(key, day);
  return day;
}

/** Instants already placed: files exported in one sitting share their instant. */
const daysOfInstants = new Map<string, CalendarDate>();

type CalendarOf = Pick<Campaign, 'start' | 'end' | 'workingDays' | 'holidays'>;

export function campaignLength(c: CalendarOf): number {
  return daysBetween(c.start, c.end) + 1;
}

/** Every date of the campaign window, first to last. */
export function campaignDates(c: CalendarOf): CalendarDate[] {
  return Array.from({ length: campaignLength(c) }, (_, i) => addDays(c.start, i));
}

export function isInCampaign(c: CalendarOf, date: CalendarDate): boolean {
  return date >= c.start && date <= c.end;
}

/** A working day is on one of the campaign's weekdays and not a holiday. */
export function isWorkingDay(c: CalendarOf, date: CalendarDate): boolean {
  return isInCampaign(c, date) && c.workingDays.includes(isoWeekday(date)) && !c.holidays.includes(date);
}

/** The first working day of the campaign on or after `from`, if any is left. */
export function firstWorkingDayFrom(c: CalendarOf, from: CalendarDate): CalendarDate | undefined {
  return campaignDates(c).find((d) => d >= from && isWorkingDay(c, d));
}

/** 1 on the first day of the campaign (the "8" of "ngày 8/26"). */
export function dayNumber(c: CalendarOf, date: CalendarDate): number {
  return daysBetween(c.start, date) + 1;
}

export type Phase = 'before' | 'during' | 'after';

export function campaignPhase(c: CalendarOf, today: CalendarDate): Phase {
  if (today < c.start) return 'before';
  return today > c.end ? 'after' : 'during';
}

/**
 * Days a person may still record on: today and up to `backfillDays` before it, inside the
 * campaign, newest first.
 */
export function recordableDates(c: CalendarOf & Pick<Campaign, 'backfillDays'>, today: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let back = 0; back <= c.backfillDays; back++) {
    const date = addDays(today, -back);
    if (isInCampaign(c, date)) dates.push(date);
  }
  return dates;
}

export function canRecord(
  c: CalendarOf & Pick<Campaign, 'backfillDays'>,
  today: CalendarDate,
  date: CalendarDate,
): boolean {
  return recordableDates(c, today).includes(date);
}

/** Working days from the start up to and including `today` (capped at the end). */
export function workingDaysSoFar(c: CalendarOf, today: CalendarDate): number {
  return campaignDates(c).filter((d) => d <= today && isWorkingDay(c, d)).length;
}
