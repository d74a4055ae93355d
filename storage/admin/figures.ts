import type { HeadcountRow, RosterRow, SubmissionRow } from '@/storage/db/database';
import { plainText } from '@/storage/files/limits';
import { campaignDates } from '@/storage/time/calendar';
import { type DateRange, wholeCampaign, within } from '@/storage/time/range';
import type { CalendarDate, Campaign } from '@/storage/types';

/**
 * Department figures for the admin office, as pure functions of the kept submissions, the
 * campaign, the headcounts and the staff list, over any date range inside the campaign.
 */

export interface DepartmentDay {
  date: CalendarDate;
  participants: number;
  /** participants ÷ the department's denominator; null when nobody is known there. */
  rate: number | null;
  pledges: Record<string, number>;
}

export interface DepartmentFigures {
  id: string;
  /** Headcount used: the admin's, else the campaign file's, else people known. */
  denominator: number;
  denominatorFrom: 'headcount' | 'known';
  /** People known in the department: submitters and staff-list names, counted once. */
  known: number;
  submitted: number;
  /** Summaries kept without a valid signature (accepted, and marked so). */
  unsigned: number;
  /** People who took part at least once in the range. */
  tookPart: number;
  /** Days taken part in the range per person of the denominator. */
  averageDays: number | null;
  pledgeTotals: Record<string, number>;
  impacts: { pledgeId: string; estimate: number }[];
  days: DepartmentDay[];
}

/** A name as people would match it by eye: case, spaces and accents aside. */
export function personKey(name: string, department: string): string {
  const plain = plainText(name).replace(/\s+/g, ' ').trim();
  return `${department}\u0000${plain}`;
}

/**
 * The people known in a department and the denominator of its figures: each submitter is a
 * person (namesakes too); staff-list names add those not yet submitted. The headcount used is
 * the admin's, else the campaign file's, else the people known.
 */
export function peopleOf(
  department: Campaign['departments'][number],
  people: readonly { name: string; department: string }[],
  roster: readonly RosterRow[],
  headcounts: ReadonlyMap<string, number>,
): { known: number; headcount: number | undefined; denominator: number } {
  const submitterNames = new Set(people.map((s) => personKey(s.name, s.department)));
  const known =
    people.length +
    roster.filter((r) => r.department === department.id && !submitterNames.has(personKey(r.name, r.department))).length;
  const headcount = headcounts.get(department.id) ?? department.headcount;
  return { known, headcount, denominator: headcount ?? known };
}

/** What a person looks at first, per department: who is known, who sent, who took part, days per person. */
export type FirstFigures = Pick<
  DepartmentFigures,
  'id' | 'denominator' | 'denominatorFrom' | 'known' | 'submitted' | 'unsigned' | 'tookPart' | 'averageDays'
>;

/** A department's first figures from its people and the days each took part in the range. */
export function headOf(
  id: string,
  people: readonly { signed: boolean }[],
  { known, headcount, denominator }: ReturnType<typeof peopleOf>,
  daysTaken: readonly number[],
): FirstFigures {
  const total = daysTaken.reduce((sum, n) => sum + n, 0);
  return {
    id,
    denominator,
    denominatorFrom: headcount === undefined ? 'known' : 'headcount',
    known,
    submitted: people.length,
    unsigned: people.filter((p) => !p.signed).length,
    tookPart: daysTaken.filter((n) => n > 0).length,
    averageDays: denominator > 0 ? total / denominator : null,
  };
}

export function departmentFigures(
  campaign: Campaign,
  submissions: readonly SubmissionRow[],
  headcounts: readonly HeadcountRow[],
  roster: readonly RosterRow[],
  range: DateRange = wholeCampaign(campaign),
): DepartmentFigures[] {
  const dates = campaignDates(campaign).filter((d) => within(d, range));
  const admin = new Map(headcounts.map((h) => [h.department, h.headcount]));
  return campaign.departments.map((department) => {
    const people = submissions.filter((s) => s.department === department.id);
    const { known, headcount, denominator } = peopleOf(department, people, roster, admin);
    const inRange = people.map((p) => p.days.filter((d) => within(d.date, range) && Object.keys(d.pledges).length > 0));
    const inRangeByDate = inRange.map((days) => new Map(days.map((d) => [d.date, d])));
    const pledgeTotals = Object.fromEntries(campaign.pledges.map((p) => [p.id, 0]));
    for (const days of inRange)
      for (const d of days)
        for (const [id, n] of Object.entries(d.pledges)) if (id in pledgeTotals) pledgeTotals[id]! += n;
    const days = dates.map((date): DepartmentDay => {
      const pledges: Record<string, number> = {};
      let participants = 0;
      for (const byDate of inRangeByDate) {
        const day = byDate.get(date);
        if (!day) continue;
        participants++;
        for (const [id, n] of Object.entries(day.pledges)) pledges[id] = (pledges[id] ?? 0) + n;
      }
      return { date, participants, rate: denominator > 0 ? participants / denominator : null, pledges };
    });
    return {
      ...headOf(
        department.id,
        people,
        { known, headcount, denominator },
        inRange.map((d) => d.length),
      ),
      pledgeTotals,
      impacts: campaign.pledges.flatMap((p) =>
        p.impact ? [{ pledgeId: p.id, estimate: (pledgeTotals[p.id] ?? 0) * p.impact.perUnit }] : [],
      ),
      days,
    };
  });
}

/** Departments from the highest average days per person down; unknown averages last. */
export function ranking<F extends Pick<DepartmentFigures, 'id' | 'averageDays'>>(figures: readonly F[]): F[] {
  return [...figures].sort((a, b) => (b.averageDays ?? -1) - (a.averageDays ?? -1) || a.id.localeCompare(b.id));
}

/** Staff-list names with no summary from the same department (a name match, accents aside). */
export function notSubmitted(
  roster: readonly RosterRow[],
  submissions: readonly Pick<SubmissionRow, 'name' | 'department'>[],
): RosterRow[] {
  const seen = new Set(submissions.map((s) => personKey(s.name, s.department)));
  return roster.filter((r) => !seen.has(personKey(r.name, r.department)));
}
