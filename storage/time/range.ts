import type { CalendarDate, Campaign } from '@/storage/types';

/**
 * A period of calendar dates, both ends included: what every figure, sum, report and report
 * period is taken over. One type and one test of a date against it, for all of storage.
 */
export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

export const wholeCampaign = (c: Pick<Campaign, 'start' | 'end'>): DateRange => ({ from: c.start, to: c.end });

/** Whether a date falls inside the range (dates as text compare in calendar order). */
export const within = (date: CalendarDate, range: DateRange): boolean => date >= range.from && date <= range.to;
