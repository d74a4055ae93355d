import type { Participation, PledgeResult, ReportContent } from '@/storage/report/content';
import { campaignDates, isWorkingDay } from '@/storage/time/calendar';
import { type DateRange, within } from '@/storage/time/range';
import type { Campaign, Label } from '@/storage/types';
import { type AgencyFigures, actionTotals, agencyRanking, notReported } from './figures';

/**
 * The level above's printable report: the office report's content (storage/report/
 * content.ts) with the agencies as its units, so that the same document, Word file and print
 * lay it out. A pledge id the campaign does not know is kept under the name `unknown` gives it.
 */

export interface AgencyReportWords {
  label: (l: Label) => string;
  /** A pledge id the campaign does not know, as the page names it. */
  unknown: (id: string) => string;
  /** Put after the name of an agency that reported but is not in the campaign's list. */
  notListed: string;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function agencyReportContent(
  campaign: Campaign,
  figures: readonly AgencyFigures[],
  range: DateRange,
  w: AgencyReportWords,
): ReportContent {
  const ranked = agencyRanking(figures);
  const agencies: Participation[] = ranked.map((f) => ({
    id: f.organisationId,
    name: f.listed ? w.label(f.name) : `${w.label(f.name)} ${w.notListed}`,
    headcount: f.headcount,
    submitted: f.submitted,
    tookPart: f.tookPart,
    rate: share(f.tookPart, f.headcount),
    averageDays: f.averageDays,
  }));
  const sum = (pick: (f: AgencyFigures) => number) => ranked.reduce((n, f) => n + pick(f), 0);
  const headcount = sum((f) => f.headcount);
  const whole: Participation = {
    id: '',
    name: w.label(campaign.organisation),
    headcount,
    submitted: sum((f) => f.submitted),
    tookPart: sum((f) => f.tookPart),
    rate: share(
      sum((f) => f.tookPart),
      headcount,
    ),
    averageDays: share(
      sum((f) => f.participantDays),
      headcount,
    ),
  };
  const pledges = actionTotals(campaign, ranked).map(({ pledgeId, total }): PledgeResult => {
    const pledge = campaign.pledges.find((p) => p.id === pledgeId);
    return {
      id: pledgeId,
      label: pledge ? w.label(pledge.label) : w.unknown(pledgeId),
      kind: pledge?.kind ?? 'action',
      unit: pledge?.unit ? w.label(pledge.unit) : pledge ? '' : '–',
      total,
      byDepartment: ranked.map((f, i) => ({
        id: f.organisationId,
        name: agencies[i]!.name,
        total: f.pledges[pledgeId] ?? 0,
      })),
      impact: pledge?.impact && {
        estimate: total * pledge.impact.perUnit,
        perUnit: pledge.impact.perUnit,
        unit: w.label(pledge.impact.unit),
        source: pledge.impact.source,
      },
    };
  });
  const dates = campaignDates(campaign).filter((d) => within(d, range));
  const days = dates.map((date) => {
    const participants = ranked.reduce((n, f) => n + (f.days.find((d) => d.date === date)?.participants ?? 0), 0);
    return { date, working: isWorkingDay(campaign, date), participants, rate: share(participants, headcount) };
  });
  const missing = notReported(campaign, figures).map((a) => ({ id: a.id, name: w.label(a.name) }));
  return { range, office: whole, departments: agencies, pledges, days, missing };
}
