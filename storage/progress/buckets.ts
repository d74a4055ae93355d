import { isoWeekday } from '@/storage/time/calendar';
import type { CalendarDate } from '@/storage/types';

/**
 * A campaign's days grouped for a chart that stays readable: one bar a day for a few weeks, a
 * week a bar up to four months, a month a bar beyond (a year-round movement's 366 days). Pure.
 */

export type Grain = 'day' | 'week' | 'month';

export interface Bucket {
  from: CalendarDate;
  to: CalendarDate;
  /** Count per pledge id over the bucket's days. */
  counts: Record<string, number>;
  /** All the bucket's days are rest days (only ever for a day). */
  rest: boolean;
}

export const grainFor = (days: number): Grain => (days <= 42 ? 'day' : days <= 124 ? 'week' : 'month');

const keyOf = (date: CalendarDate, grain: Grain, first: CalendarDate) => {
  if (grain === 'month') return date.slice(0, 7);
  if (grain === 'day') return date;
  // Weeks start on Monday; the first week starts with the campaign.
  const offset = (isoWeekday(date) + 6) % 7;
  const monday = new Date(Date.parse(`${date}T00:00:00Z`) - offset * 86_400_000).toISOString().slice(0, 10);
  return monday < first ? first : monday;
};

export function buckets(
  days: readonly { date: CalendarDate; counts: Record<string, number>; kind: string }[],
  grain: Grain = grainFor(days.length),
): Bucket[] {
  const out: Bucket[] = [];
  const first = days[0]?.date ?? '';
  let key = '';
  for (const day of days) {
    const here = keyOf(day.date, grain, first);
    if (here !== key || out.length === 0) {
      out.push({ from: day.date, to: day.date, counts: {}, rest: grain === 'day' && day.kind !== 'working' });
      key = here;
    }
    const bucket = out[out.length - 1]!;
    bucket.to = day.date;
    for (const [id, n] of Object.entries(day.counts)) bucket.counts[id] = (bucket.counts[id] ?? 0) + n;
  }
  return out;
}

/**
 * The days a calendar shows: every day of a campaign of a few weeks; of a longer one, the month
 * of the last day that has come (a year as one calendar would be 53 columns of slivers).
 */
export function calendarDays<D extends { date: CalendarDate; future: boolean }>(days: readonly D[]): readonly D[] {
  if (grainFor(days.length) === 'day') return days;
  const last = days.filter((d) => !d.future).at(-1) ?? days[0];
  const month = last?.date.slice(0, 7);
  return days.filter((d) => d.date.startsWith(month ?? ''));
}

/** The first day of the month a long campaign's calendar shows; null when it shows every day. */
export function calendarMonth<D extends { date: CalendarDate; future: boolean }>(
  days: readonly D[],
): CalendarDate | null {
  const shown = calendarDays(days);
  return shown === days ? null : `${shown[0]?.date.slice(0, 7) ?? ''}-01`;
}

/** A calendar's cells for days in a row: a column a week, a row a weekday (1 = Monday). */
export function calendarCells<D extends { date: CalendarDate }>(days: readonly D[]) {
  const first = days[0] ? isoWeekday(days[0].date) - 1 : 0;
  return days.map((day, i) => ({ x: Math.floor((first + i) / 7), y: ((first + i) % 7) + 1, day }));
}
