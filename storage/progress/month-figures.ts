import type { EntryRow } from '@/storage/db/database';
import {
  campaignDates,
  dayNumber,
  firstWorkingDayFrom,
  isoWeekday,
  isWorkingDay,
  workingDaysSoFar,
} from '@/storage/time/calendar';
import type { CalendarDate, Campaign, Impact } from '@/storage/types';
import { keptUnder, takenPartDates } from './day-status';
import { daysTakenPart, streak } from './streak';

/**
 * Everything the dashboard shows about one person's campaign month, as a pure function of the
 * kept entries and `today`. Charts and tables only read this.
 */

export type DayKind = 'working' | 'weekend' | 'holiday';

export interface MonthDay {
  date: CalendarDate;
  dayNumber: number;
  kind: DayKind;
  /** After today: nothing can be recorded yet. */
  future: boolean;
  /** Count per pledge id (daily pledges count 1). */
  counts: Record<string, number>;
  /** Different pledges kept that day. */
  kept: number;
  /** At least one of them was recorded after its day. */
  late: boolean;
}

export interface CumulativePoint {
  date: CalendarDate;
  /** Days taken part from the start up to this date. */
  taken: number;
  /** Working days from the start up to this date. */
  working: number;
}

export interface ImpactEstimate {
  pledgeId: string;
  /** Units of the pledge (days kept, trees, posts …) recorded so far. */
  units: number;
  estimate: number;
  impact: Impact;
}

export interface MonthFigures {
  days: MonthDay[];
  /** Up to today (or the end): the line of days taken part against working days. */
  cumulative: CumulativePoint[];
  /** Sum of counts per pledge id, every pledge of the campaign listed. */
  totals: Record<string, number>;
  streak: number;
  daysTakenPart: number;
  workingDaysSoFar: number;
  /** Working days so far with at least one pledge. */
  workingDaysTaken: number;
  /** The campaign's first working day, to name while none has come yet (a start on a Sunday). */
  firstWorkingDay?: CalendarDate;
  /** Working days so far with at least one pledge, over working days so far; null before any. */
  completion: number | null;
  lateDays: number;
  impacts: ImpactEstimate[];
  empty: boolean;
}

export function dayKind(c: Campaign, date: CalendarDate): DayKind {
  if (isWorkingDay(c, date)) return 'working';
  return c.holidays.includes(date) ? 'holiday' : 'weekend';
}

export function monthFigures(campaign: Campaign, entries: readonly EntryRow[], today: CalendarDate): MonthFigures {
  const kept = keptUnder(campaign, entries);
  const byDate = new Map<CalendarDate, EntryRow[]>();
  for (const e of kept) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);

  const days = campaignDates(campaign).map((date): MonthDay => {
    const rows = byDate.get(date) ?? [];
    return {
      date,
      dayNumber: dayNumber(campaign, date),
      kind: dayKind(campaign, date),
      future: date > today,
      counts: Object.fromEntries(rows.map((e) => [e.pledgeId, e.count])),
      kept: rows.length,
      late: rows.some((e) => e.late),
    };
  });

  let taken = 0;
  let working = 0;
  const cumulative = days
    .filter((d) => !d.future)
    .map((d) => {
      if (d.kept > 0) taken++;
      if (d.kind === 'working') working++;
      return { date: d.date, taken, working };
    });

  const totals = Object.fromEntries(campaign.pledges.map((p) => [p.id, 0]));
  for (const e of kept) if (e.pledgeId in totals) totals[e.pledgeId]! += e.count;

  const takenDates = takenPartDates(kept);
  const workingSoFar = workingDaysSoFar(campaign, today);
  const workingTaken = days.filter((d) => !d.future && d.kind === 'working' && d.kept > 0).length;
  const impacts = campaign.pledges.flatMap((p) =>
    p.impact
      ? [
          {
            pledgeId: p.id,
            units: totals[p.id] ?? 0,
            estimate: (totals[p.id] ?? 0) * p.impact.perUnit,
            impact: p.impact,
          },
        ]
      : [],
  );

  return {
    days,
    cumulative,
    totals,
    streak: streak(campaign, takenDates, today),
    daysTakenPart: daysTakenPart(campaign, takenDates, today),
    workingDaysSoFar: workingSoFar,
    workingDaysTaken: workingTaken,
    firstWorkingDay: firstWorkingDayFrom(campaign, campaign.start),
    completion: workingSoFar > 0 ? workingTaken / workingSoFar : null,
    lateDays: days.filter((d) => d.late).length,
    impacts,
    empty: kept.length === 0,
  };
}

/** Rows of a calendar heatmap: ISO week columns (0-based from the first week) and weekday rows. */
export function heatmapCells(campaign: Campaign, days: readonly MonthDay[]) {
  const firstWeekday = isoWeekday(campaign.start);
  return days.map((d) => {
    const offset = firstWeekday - 1 + d.dayNumber - 1;
    return { x: Math.floor(offset / 7), y: (offset % 7) + 1, day: d };
  });
}
