import type { EntryRow } from '@/storage/db/database';

/**
 * The pledges kept (count > 0, no tombstones) once `row` is written over `entries`, with no read
 * of the store: the popup draws the badge from what it already holds the moment a click commits
 * (issue #16), instead of reading the day back.
 */
export function withEntry(entries: readonly EntryRow[], row: EntryRow): EntryRow[] {
  const others = entries.filter(
    (e) => !(e.campaignId === row.campaignId && e.date === row.date && e.pledgeId === row.pledgeId),
  );
  return row.deleted || row.count <= 0 ? others : [...others, row];
}
