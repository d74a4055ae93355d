import type { CalendarDate, Campaign } from '@/storage/types';

/** A period of calendar dates, both ends included: what every figure that rolls up is taken over. */
export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

export const wholeCampaign = (c: Pick<Campaign, 'start' | 'end'>): DateRange => ({ from: c.start, to: c.end });

/** Whether a date falls inside the range. */
export const within = (date: CalendarDate, range: DateRange): boolean => date >= range.from && date <= range.to;
