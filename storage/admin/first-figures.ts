import type { DigestRow, HeadcountRow, RosterRow } from '@/storage/db/database';
import { takenDates } from '@/storage/db/digest';
import { type DateRange, wholeCampaign, within } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import { type FirstFigures, headOf, peopleOf } from './figures';

export type { FirstFigures } from './figures';

/**
 * The figures a person looks at first, per department, from the submissions'
 * digests instead of every day's pledges: the same numbers as `departmentFigures` gives for
 * them, over any range (tests/storage/admin/recount.test.ts compares them).
 */
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
    const taken = people.map((p) => takenDates(p).filter((d) => within(d, range)).length);
    return headOf(department.id, people, peopleOf(department, people, roster, admin), taken);
  });
}
