import type { CalendarDate, Campaign } from '@/storage/types';
import { addDays, daysBetween, earlierOf, isoWeekday, laterOf } from './calendar';
import { type DateRange, wholeCampaign } from './range';

/**
 * The periods a report covers, for campaigns of any length: the calendar months a year-round
 * movement reports on, and the period a report starts from (the last whole one). Pure: `today`
 * is passed in, in the campaign's zone.
 */

type Window = Pick<Campaign, 'start' | 'end'>;

const monthStart = (date: CalendarDate) => `${date.slice(0, 7)}-01`;
const nextMonth = (first: CalendarDate) => {
  const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The part of a period inside the campaign, or null when they do not meet. */
function clip(p: DateRange, c: Window): DateRange | null {
  const from = laterOf(p.from, c.start);
  const to = earlierOf(p.to, c.end);
  return from <= to ? { from, to } : null;
}

/** The calendar months the campaign touches, each cut to the campaign: a movement's monthly reports. */
export function monthsOf(c: Window): DateRange[] {
  const out: DateRange[] = [];
  for (let first = monthStart(c.start); first <= c.end; first = nextMonth(first)) {
    const month = clip({ from: first, to: addDays(nextMonth(first), -1) }, c);
    if (month) out.push(month);
  }
  return out;
}

/** A campaign long enough that its figures and charts read better by month than by day or week. */
export const isLong = (c: Window, days = 62): boolean => daysBetween(c.start, c.end) >= days;

/**
 * The period a report starts from on `today`: for a body that reports monthly, the last whole
 * month before today's (cut to the campaign); weekly, the last whole week, Monday to Sunday; when
 * none has ended inside the campaign yet, from its start to today. Otherwise the whole campaign.
 */
export function defaultReportPeriod(c: Window & Pick<Campaign, 'reportEvery'>, today: CalendarDate): DateRange {
  const whole = wholeCampaign(c);
  if (c.reportEvery !== 'month' && c.reportEvery !== 'week') return whole;
  const thisOne = c.reportEvery === 'month' ? monthStart(today) : addDays(today, 1 - isoWeekday(today));
  const last =
    c.reportEvery === 'month'
      ? { from: monthStart(addDays(thisOne, -1)), to: addDays(thisOne, -1) }
      : { from: addDays(thisOne, -7), to: addDays(thisOne, -1) };
  if (last.to < c.start) return clip({ from: c.start, to: today }, c) ?? whole;
  if (last.from > c.end)
    return c.reportEvery === 'month' ? (clip({ from: monthStart(c.end), to: c.end }, c) ?? whole) : whole;
  return clip(last, c) ?? whole;
}
