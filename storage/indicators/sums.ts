import { type DateRange, within } from '@/storage/time/range';
import type { CalendarDate } from '@/storage/types';

/**
 * Indicator totals for any period (docs/formats.md §4 `indicators`), in two parts that are never
 * added to each other twice: what the body's own activities gave, and what its people's pledges
 * that name a code gave (person-days of a daily pledge, the counts of an action). Pure.
 */

export type Totals = Record<string, number>;

export interface IndicatorParts {
  /** From the body's activities: typed results, and the codes each activity gives by its kind. */
  activities: Totals;
  /** From the pledges that name an indicator, summed over the days of the period. */
  pledges: Totals;
  /** The two parts added: what the report file's `indicators` holds. */
  total: Totals;
}

/** What the sums read of an activity (a stored row or a report file's entry). */
export interface ActivityFigures {
  date: CalendarDate;
  kind: string;
  participants?: number;
  results: Totals;
}

/** What the sums read of a day of pledges (a department's or an agency's, summed over people). */
export interface PledgeDay {
  date: CalendarDate;
  pledges: Totals;
}

/** Sums kept to a thousandth: 0.1 kg + 0.2 kg is 0.3 kg, not 0.30000000000000004. */
const tidy = (value: number): number => Math.round(value * 1000) / 1000;

function add(into: Totals, code: string, value: number): void {
  into[code] = tidy((into[code] ?? 0) + value);
}

/** What the activities of the period give, code by code. */
export function activityTotals(activities: readonly ActivityFigures[], period: DateRange): Totals {
  const out: Totals = {};
  for (const a of activities) {
    if (!within(a.date, period)) continue;
    if (a.kind === 'turn-out') add(out, 'turn-outs', 1);
    if (a.kind === 'event') add(out, 'events-held', 1);
    if (a.participants !== undefined) add(out, 'activity-participants', a.participants);
    for (const code of Object.keys(a.results)) add(out, code, a.results[code]!);
  }
  return out;
}

/** What pledge totals (by pledge id) give by code: the pledges that name an indicator, added up by it. */
export function pledgeCodeTotals(pledges: readonly { id: string; indicator?: string }[], counts: Totals): Totals {
  const out: Totals = {};
  for (const p of pledges) if (p.indicator && counts[p.id]) add(out, p.indicator, counts[p.id]!);
  return out;
}

/** What the pledges that name an indicator give over the days of the period. */
export function pledgeTotals(
  pledges: readonly { id: string; indicator?: string }[],
  days: readonly PledgeDay[],
  period: DateRange,
): Totals {
  const counts: Totals = {};
  for (const day of days) {
    if (!within(day.date, period)) continue;
    for (const id of Object.keys(day.pledges)) add(counts, id, day.pledges[id]!);
  }
  return pledgeCodeTotals(pledges, counts);
}

/** The two parts and their total; a code in neither part is absent (not 0). */
export function partsOf(fromActivities: Totals, fromPledges: Totals): IndicatorParts {
  return { activities: fromActivities, pledges: fromPledges, total: addTotals([fromActivities, fromPledges]) };
}

/** Both parts of a period and their total, from the activities and the days of pledges. */
export function indicatorParts(
  pledges: readonly { id: string; indicator?: string }[],
  days: readonly PledgeDay[],
  activities: readonly ActivityFigures[],
  period: DateRange,
): IndicatorParts {
  return partsOf(activityTotals(activities, period), pledgeTotals(pledges, days, period));
}

/** Totals added code by code, every code kept, known or not. */
export function addTotals(all: readonly Totals[]): Totals {
  const out: Totals = {};
  for (const totals of all) for (const code of Object.keys(totals)) add(out, code, totals[code]!);
  return out;
}

/** The codes of some totals in the order of §5, unknown codes after them by name. */
export function orderedCodes(totals: Totals, known: readonly string[]): string[] {
  const codes = Object.keys(totals);
  const rank = (c: string) => (known.includes(c) ? known.indexOf(c) : known.length);
  return codes.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
