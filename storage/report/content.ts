import { departmentFigures, ranking } from '@/storage/admin/figures';
import type { FirstFigures } from '@/storage/admin/first-figures';
import type { AdminData } from '@/storage/admin/office';
import { isWorkingDay } from '@/storage/time/calendar';
import type { DateRange } from '@/storage/time/range';
import type { CalendarDate, Campaign, Label, PledgeKind } from '@/storage/types';

/**
 * What part I of the office's report says, as named fields of plain figures: the
 * print page, the Word document and the drafted assessment all read this one shape.
 */

export interface Participation {
  /** A department id; `''` for the whole office. */
  id: string;
  name: string;
  headcount: number;
  submitted: number;
  /** People who took part at least once in the period. */
  tookPart: number;
  /** tookPart ÷ headcount; null when nobody is counted. */
  rate: number | null;
  /** Days taken part per person of the headcount. */
  averageDays: number | null;
}

export interface PledgeResult {
  id: string;
  label: string;
  kind: PledgeKind;
  /** The campaign's unit (cây, lần, bài đăng); for a daily pledge, empty: it counts days kept. */
  unit: string;
  total: number;
  byDepartment: { id: string; name: string; total: number }[];
  /** The campaign's estimate of what the total is worth, with its source. */
  impact?: { estimate: number; perUnit: number; unit: string; source: string };
}

export interface OfficeDay {
  date: CalendarDate;
  working: boolean;
  participants: number;
  rate: number | null;
}

export interface ReportContent {
  range: DateRange;
  office: Participation;
  /** From the highest average days per person down (the ranking of the admin page). */
  departments: Participation[];
  pledges: PledgeResult[];
  days: OfficeDay[];
  /** A level above's report only: its listed agencies with no report for the range. */
  missing?: { id: string; name: string }[];
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Each department's participation, ranked as the admin page ranks them (average days per person). */
export function participationOf(
  figures: readonly FirstFigures[],
  campaign: Campaign,
  label: (l: Label) => string,
): Participation[] {
  const nameOf = new Map(campaign.departments.map((d) => [d.id, label(d.name)]));
  return ranking(figures).map((f) => ({
    id: f.id,
    name: nameOf.get(f.id) ?? f.id,
    headcount: f.denominator,
    submitted: f.submitted,
    tookPart: f.tookPart,
    rate: share(f.tookPart, f.denominator),
    averageDays: f.averageDays,
  }));
}

export function reportContent(
  campaign: Campaign,
  admin: AdminData,
  range: DateRange,
  label: (l: Label) => string,
): ReportContent {
  const figures = departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster, range);
  const departments = participationOf(figures, campaign, label);
  const sum = (pick: (p: Participation) => number) => departments.reduce((total, p) => total + pick(p), 0);
  const headcount = sum((p) => p.headcount);
  const daysTaken = figures.reduce((total, f) => total + (f.averageDays ?? 0) * f.denominator, 0);
  const office: Participation = {
    id: '',
    name: label(campaign.organisation),
    headcount,
    submitted: sum((p) => p.submitted),
    tookPart: sum((p) => p.tookPart),
    rate: share(
      sum((p) => p.tookPart),
      headcount,
    ),
    averageDays: share(daysTaken, headcount),
  };
  const pledges = campaign.pledges.map((p): PledgeResult => {
    const byDepartment = departments.map((d) => ({
      id: d.id,
      name: d.name,
      total: figures.find((f) => f.id === d.id)?.pledgeTotals[p.id] ?? 0,
    }));
    const total = byDepartment.reduce((n, d) => n + d.total, 0);
    return {
      id: p.id,
      label: label(p.label),
      kind: p.kind,
      unit: p.unit ? label(p.unit) : '',
      total,
      byDepartment,
      impact: p.impact && {
        estimate: total * p.impact.perUnit,
        perUnit: p.impact.perUnit,
        unit: label(p.impact.unit),
        source: p.impact.source,
      },
    };
  });
  const days = (figures[0]?.days ?? []).map((day, i): OfficeDay => {
    const participants = figures.reduce((n, f) => n + (f.days[i]?.participants ?? 0), 0);
    return {
      date: day.date,
      working: isWorkingDay(campaign, day.date),
      participants,
      rate: share(participants, headcount),
    };
  });
  return { range, office, departments, pledges, days };
}

/** What the drafted assessment (part II) says, before it is put in words. */
export interface AssessmentFacts {
  office: Participation;
  /** Departments that led and lagged by average days per person: at most two each, never both. */
  led: Participation[];
  lagged: Participation[];
  /** The working days with the fewest people taking part, at most three, lowest first. */
  weakestDays: OfficeDay[];
}

export function assessmentFacts(content: ReportContent): AssessmentFacts {
  const known = content.departments.filter((d) => d.averageDays !== null && d.headcount > 0);
  const count = Math.min(2, Math.floor(known.length / 2));
  const led = known.slice(0, count);
  const lagged = known.slice(known.length - count).reverse();
  const weakestDays = content.days
    .filter((d) => d.working && d.rate !== null)
    .sort((a, b) => a.participants - b.participants || a.date.localeCompare(b.date))
    .slice(0, 3);
  return { office: content.office, led, lagged, weakestDays };
}
