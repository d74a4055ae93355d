import canonicalize from 'canonicalize';
import { addDays, campaignDates, isoWeekday, isWorkingDay } from '@/storage/time/calendar';
import type { CalendarDate, Campaign, PlanPart, ReportEvery } from '@/storage/types';

/**
 * What the office's plan (KẾ HOẠCH) says that comes from the campaign file itself: its dates and
 * working days, when staff send their summaries, how often the body reports. The plan's words
 * are put on these by the page (its language); nothing here reads a clock.
 */

export const PLAN_PARTS: readonly PlanPart[] = ['purpose', 'tasks', 'implementation'];

/**
 * The day staff send their last summary by: the first of the campaign's working weekdays after
 * its last day (the day after the end when it names none), so that the last day can be recorded.
 */
export function sendByDate(campaign: Pick<Campaign, 'end' | 'workingDays'>): CalendarDate {
  for (let n = 1; n <= 7; n++) {
    const day = addDays(campaign.end, n);
    if (campaign.workingDays.includes(isoWeekday(day))) return day;
  }
  return addDays(campaign.end, 1);
}

export interface PlanFacts {
  start: CalendarDate;
  end: CalendarDate;
  /** Calendar days from start to end, both counted. */
  days: number;
  workingDays: number;
  sendBy: CalendarDate;
  reportEvery?: ReportEvery;
}

export function planFacts(campaign: Campaign): PlanFacts {
  const dates = campaignDates(campaign);
  return {
    start: campaign.start,
    end: campaign.end,
    days: dates.length,
    workingDays: dates.filter((d) => isWorkingDay(campaign, d)).length,
    sendBy: sendByDate(campaign),
    // Checked by the campaign schema when the file was read (docs/formats.md §1 `reportEvery`).
    ...(campaign.reportEvery ? { reportEvery: campaign.reportEvery } : {}),
  };
}

/** What of a campaign the plan is drafted from; a change of one is named on the page. */
export type PlanChange = 'name' | 'dates' | 'departments' | 'pledges' | 'reporting';

/** The same content, whatever the order of each object's keys (the editor writes its own order). */
const same = (a: unknown, b: unknown) => canonicalize(a ?? null) === canonicalize(b ?? null);

/** What changed between the campaign a plan was drafted from and the campaign now, in the page's order. */
export function planChanges(before: Campaign, after: Campaign): PlanChange[] {
  const changes: [PlanChange, boolean][] = [
    ['name', !same([before.name, before.organisation, before.plan], [after.name, after.organisation, after.plan])],
    [
      'dates',
      !same(
        [before.start, before.end, before.workingDays, before.holidays],
        [after.start, after.end, after.workingDays, after.holidays],
      ),
    ],
    ['departments', !same(before.departments, after.departments)],
    ['pledges', !same(before.pledges, after.pledges)],
    [
      'reporting',
      !same(
        [before.reportTo, before.reportEvery, before.hashtag, before.implements],
        [after.reportTo, after.reportEvery, after.hashtag, after.implements],
      ),
    ],
  ];
  return changes.filter(([, changed]) => changed).map(([change]) => change);
}

/** The parts of the plan the office wrote itself (kept as written), and those drafted from the campaign. */
export function planPartsBySource(campaign: Pick<Campaign, 'planText'>): { written: PlanPart[]; drafted: PlanPart[] } {
  const written = PLAN_PARTS.filter((part) => campaign.planText?.[part]);
  return { written, drafted: PLAN_PARTS.filter((part) => !written.includes(part)) };
}
