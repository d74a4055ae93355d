import type { DigestRow, HeadcountRow, RosterRow } from '@/storage/db/database';
import { takenDates } from '@/storage/db/digest';
import type { Campaign } from '@/storage/types';
import { type DateRange, type DepartmentFigures, peopleOf, wholeCampaign } from './figures';

/**
 * The figures a person looks at first (issue #16), per department, from the submissions'
 * digests instead of every day's pledges: the same numbers as `departmentFigures` gives for
 * them, over any range (tests/storage/admin/recount.test.ts compares them).
 */
export type FirstFigures = Pick<
  DepartmentFigures,
  'id' | 'denominator' | 'denominatorFrom' | 'known' | 'submitted' | 'unsigned' | 'tookPart' | 'averageDays'
>;

export function firstFigures(
  campaign: Campaign,
  digests: readonly DigestRow[],
  headcounts: readonly HeadcountRow[],
  roster: readonly RosterRow[],
  range: DateRange = wholeCampaign(campaign),
): FirstFigures[] {
  const admin = new Map(headcounts.map((h) => [h.department, h.headcount]));
  return campaign.departments.map((department) => {
    const people = digests.filter((s) => s.department === department.id);
    const { known, headcount, denominator } = peopleOf(department, people, roster, admin);
    const taken = people.map((p) => takenDates(p).filter((d) => d >= range.from && d <= range.to).length);
    const daysTaken = taken.reduce((sum, n) => sum + n, 0);
    return {
      id: department.id,
      denominator,
      denominatorFrom: headcount === undefined ? 'known' : 'headcount',
      known,
      submitted: people.length,
      unsigned: people.filter((p) => !p.signed).length,
      tookPart: taken.filter((n) => n > 0).length,
      averageDays: denominator > 0 ? daysTaken / denominator : null,
    };
  });
}
