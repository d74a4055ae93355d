import type { DepartmentFigures } from '@/storage/admin/figures';
import type { AgencyFigures } from '@/storage/agencies/figures';
import { type Bulletin, bulletinDay } from '@/storage/bulletin/store';
import { campaignDates, earlierOf, isWorkingDay } from '@/storage/time/calendar';
import { type DateRange, within } from '@/storage/time/range';
import type { CalendarDate, Campaign, Label, Pledge } from '@/storage/types';
import { type ImpactLine, impactLines } from './impacts';

/**
 * The office's standings, for the shared picture and the bulletin-board poster:
 * departments ranked by participation, with the actions done. Built from the admin figures or
 * from a loaded bulletin, which hold the same day-by-day counts; figures only, never a person.
 */

export interface DayCounts {
  date: CalendarDate;
  participants: number;
  pledges: Readonly<Record<string, number>>;
}

export interface StandingRow {
  id: string;
  name: Label;
  headcount: number;
  /**
   * Participation: people taking part on the working days of the period, over headcount ×
   * those days (rest days would pull every department down alike); null when nobody is counted.
   */
  rate: number | null;
  /** Sum of each pledge over the period. */
  totals: Record<string, number>;
}

export interface Standings {
  campaignName: Label;
  period: DateRange;
  /** The date of the figures. */
  asOf: CalendarDate;
  /** Highest participation first; unknown rates last; ties by name. */
  rows: StandingRow[];
  /** The action pledges (trees, clean-ups…) that the rows count. */
  actions: Pledge[];
  /** The whole office's estimates, each with its source. */
  impacts: ImpactLine[];
  hashtag?: string;
  /** Set when the rows are a level above's agencies, not the office's departments. */
  agencies?: true;
}

interface DepartmentCounts {
  id: string;
  /** The unit's name when it is not one of the campaign's departments (an agency). */
  agencyName?: Label;
  headcount: number;
  days: readonly DayCounts[];
}

export function standings(
  campaign: Campaign,
  departments: readonly DepartmentCounts[],
  period: DateRange,
  asOf: CalendarDate,
): Standings {
  const working = new Set(campaignDates(campaign).filter((d) => within(d, period) && isWorkingDay(campaign, d)));
  const rows = departments.map((d): StandingRow => {
    const inPeriod = d.days.filter((day) => within(day.date, period));
    const totals: Record<string, number> = Object.fromEntries(campaign.pledges.map((p) => [p.id, 0]));
    for (const day of inPeriod) for (const [id, n] of Object.entries(day.pledges)) if (id in totals) totals[id]! += n;
    const taking = inPeriod.filter((day) => working.has(day.date)).reduce((sum, day) => sum + day.participants, 0);
    const possible = d.headcount * working.size;
    const name = d.agencyName ?? campaign.departments.find((x) => x.id === d.id)?.name ?? { vi: d.id };
    return { id: d.id, name, headcount: d.headcount, rate: possible > 0 ? taking / possible : null, totals };
  });
  rows.sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.name.vi.localeCompare(b.name.vi, 'vi'));
  const office: Record<string, number> = {};
  for (const row of rows) for (const [id, n] of Object.entries(row.totals)) office[id] = (office[id] ?? 0) + n;
  return {
    campaignName: campaign.name,
    period,
    asOf,
    rows,
    actions: campaign.pledges.filter((p) => p.kind === 'action'),
    impacts: impactLines(campaign, office).filter((line) => line.estimate > 0),
    hashtag: campaign.hashtag,
  };
}

/** From the admin's figures over the range it shows, cut at the date of the figures. */
export function standingsFromFigures(
  campaign: Campaign,
  figures: readonly DepartmentFigures[],
  range: DateRange,
  asOf: CalendarDate,
): Standings {
  const departments = figures.map((f) => ({ id: f.id, headcount: f.denominator, days: f.days }));
  return standings(campaign, departments, { from: range.from, to: earlierOf(range.to, asOf) }, asOf);
}

/** A level above's agencies, from their figures over the range, cut at the date of the figures. */
export function standingsFromAgencies(
  campaign: Campaign,
  figures: readonly AgencyFigures[],
  range: DateRange,
  asOf: CalendarDate,
): Standings {
  const agencies = figures.map((f) => ({
    id: f.organisationId,
    agencyName: f.name,
    headcount: f.headcount,
    days: f.days,
  }));
  return {
    ...standings(campaign, agencies, { from: range.from, to: earlierOf(range.to, asOf) }, asOf),
    agencies: true,
  };
}

/** From a loaded bulletin: the campaign's start up to the day the bulletin was made. */
export function standingsFromBulletin(campaign: Campaign, bulletin: Bulletin): Standings {
  const asOf = earlierOf(bulletinDay(bulletin), campaign.end);
  return standings(campaign, bulletin.departments, { from: campaign.start, to: asOf }, asOf);
}
