import type { AgencyTotalsRow } from '@/storage/db/database';
import type { OfficeReport, ReportDay } from '@/storage/report-file/types';
import { daysBetween, earlierOf, laterOf } from '@/storage/time/calendar';
import { type DateRange, within } from '@/storage/time/range';
import type { CalendarDate, Campaign, Label } from '@/storage/types';

/**
 * The level above's figures across agencies, as pure functions of the kept reports
 * and the campaign, over any range of dates: participation per agency, a ranking, the totals of
 * every action (ids the campaign does not know kept under their id), who has not reported.
 */

export interface AgencyFigures {
  organisationId: string;
  name: Label;
  /** Listed in the campaign's `agencies`. */
  listed: boolean;
  signed: boolean;
  generatedAt: string;
  /** The period of the report the figures come from (see `reportsFor`). */
  period: { start: CalendarDate; end: CalendarDate };
  units: number;
  /** Summed headcounts of its units (0 when none gave one). */
  headcount: number;
  submitted: number;
  tookPart: number;
  /** Participants summed over the days of the range. */
  participantDays: number;
  /** participantDays ÷ headcount: days taken part per person; null without a headcount. */
  averageDays: number | null;
  pledges: Record<string, number>;
  /** Per date of the range, summed over the units. */
  days: ReportDay[];
  /** The totals by indicator of the report chosen (its own period), when it carried them. */
  indicators?: Record<string, number>;
}

const covers = (row: AgencyTotalsRow, range: DateRange) => row.periodStart <= range.from && row.periodEnd >= range.to;
const span = (row: AgencyTotalsRow) => daysBetween(row.periodStart, row.periodEnd);
/** Days of the range the report's period holds (0 when apart). */
const overlap = (row: AgencyTotalsRow, range: DateRange) =>
  Math.max(0, daysBetween(laterOf(row.periodStart, range.from), earlierOf(row.periodEnd, range.to)) + 1);

/** Whether `row` serves the range better than `current`: covering it, then narrower, then later. */
function better(row: AgencyTotalsRow, current: AgencyTotalsRow, range: DateRange): boolean {
  const [a, b] = [covers(row, range), covers(current, range)];
  if (a !== b) return a;
  if (a && span(row) !== span(current)) return span(row) < span(current);
  if (!a && overlap(row, range) !== overlap(current, range)) return overlap(row, range) > overlap(current, range);
  return Date.parse(row.generatedAt) > Date.parse(current.generatedAt);
}

/**
 * Per organisation, the kept report that serves the range best: one covering it, the narrowest
 * (a week's report for a week, the month's for the month); else the one holding most of it (an
 * office whose campaign started later than the level above's). Among equals, the latest made.
 * An organisation with no report inside the range has not reported for it.
 */
function reportsFor(rows: readonly AgencyTotalsRow[], range: DateRange): Map<string, AgencyTotalsRow> {
  const chosen = new Map<string, AgencyTotalsRow>();
  for (const row of rows) {
    if (overlap(row, range) === 0) continue;
    const current = chosen.get(row.organisationId);
    if (!current || better(row, current, range)) chosen.set(row.organisationId, row);
  }
  return chosen;
}

/** A report's figures summed over its units, by date: the row the pages read (see AgencyTotalsRow). */
export function totalsOf(report: OfficeReport, row: Pick<AgencyTotalsRow, 'campaignId' | 'signed'>): AgencyTotalsRow {
  const byDate = new Map<string, ReportDay>();
  for (const unit of report.units)
    for (const day of unit.days) {
      const sum = byDate.get(day.date) ?? { date: day.date, participants: 0, pledges: {} };
      byDate.set(day.date, sum);
      sum.participants += day.participants;
      // `for…in` rather than Object.entries: no pair arrays made for each of an agency's 1,200 days.
      for (const id in day.pledges) sum.pledges[id] = (sum.pledges[id] ?? 0) + day.pledges[id]!;
    }
  return {
    ...row,
    organisationId: report.organisation.id,
    periodStart: report.period.start,
    periodEnd: report.period.end,
    generatedAt: report.generatedAt,
    name: report.organisation.name,
    units: report.units.length,
    headcount: report.units.reduce((n, u) => n + (u.headcount ?? 0), 0),
    submitted: report.units.reduce((n, u) => n + u.submitted, 0),
    tookPart: report.units.reduce((n, u) => n + u.tookPart, 0),
    days: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
    ...(report.indicators ? { indicators: report.indicators } : {}),
  };
}

export function agencyFigures(campaign: Campaign, rows: readonly AgencyTotalsRow[], range: DateRange): AgencyFigures[] {
  const listed = new Set((campaign.agencies ?? []).map((a) => a.id));
  return [...reportsFor(rows, range).values()].map((row) => {
    const days = row.days.filter((d) => within(d.date, range));
    const pledges: Record<string, number> = {};
    let participantDays = 0;
    for (const day of days) {
      participantDays += day.participants;
      for (const [id, n] of Object.entries(day.pledges)) pledges[id] = (pledges[id] ?? 0) + n;
    }
    return {
      organisationId: row.organisationId,
      name: row.name,
      listed: listed.has(row.organisationId),
      signed: row.signed,
      generatedAt: row.generatedAt,
      period: { start: row.periodStart, end: row.periodEnd },
      units: row.units,
      headcount: row.headcount,
      submitted: row.submitted,
      tookPart: row.tookPart,
      participantDays,
      averageDays: row.headcount > 0 ? participantDays / row.headcount : null,
      pledges,
      days,
      ...(row.indicators ? { indicators: row.indicators } : {}),
    };
  });
}

/** Agencies from the most days taken part per person down; unknown averages last, then by id. */
export function agencyRanking(figures: readonly AgencyFigures[]): AgencyFigures[] {
  return [...figures].sort(
    (a, b) => (b.averageDays ?? -1) - (a.averageDays ?? -1) || a.organisationId.localeCompare(b.organisationId),
  );
}

export interface ActionTotal {
  pledgeId: string;
  /** The campaign's pledge, or undefined for an id it does not know (shown under its id). */
  known: boolean;
  total: number;
}

/** Every pledge of the campaign (0 when nobody kept it), then the ids it does not know. */
export function actionTotals(campaign: Campaign, figures: readonly AgencyFigures[]): ActionTotal[] {
  const totals = new Map<string, number>(campaign.pledges.map((p) => [p.id, 0]));
  for (const agency of figures)
    for (const [id, n] of Object.entries(agency.pledges)) totals.set(id, (totals.get(id) ?? 0) + n);
  const known = new Set(campaign.pledges.map((p) => p.id));
  const unknown = [...totals.keys()].filter((id) => !known.has(id)).sort();
  return [...campaign.pledges.map((p) => p.id), ...unknown].map((pledgeId) => ({
    pledgeId,
    known: known.has(pledgeId),
    total: totals.get(pledgeId)!,
  }));
}

/** The campaign's agencies with no report covering the range. */
export function notReported(campaign: Campaign, figures: readonly AgencyFigures[]): { id: string; name: Label }[] {
  const reported = new Set(figures.map((f) => f.organisationId));
  return (campaign.agencies ?? []).filter((a) => !reported.has(a.id));
}

/** The periods the kept reports cover, widest first: what the period choice offers. */
export function keptPeriods(rows: readonly AgencyTotalsRow[]): { start: CalendarDate; end: CalendarDate }[] {
  const seen = new Map<string, { start: string; end: string }>();
  for (const row of rows)
    seen.set(`${row.periodStart}/${row.periodEnd}`, { start: row.periodStart, end: row.periodEnd });
  return [...seen.values()].sort(
    (a, b) => daysBetween(b.start, b.end) - daysBetween(a.start, a.end) || a.start.localeCompare(b.start),
  );
}
