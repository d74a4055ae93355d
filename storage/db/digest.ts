import type { DigestRow, SubmissionRow } from './rows/office';

/**
 * The digest of a kept submission: who, where, signed or not, and the dates taken
 * part (a day with at least one pledge, as storage/admin/figures.ts counts them).
 */
export function digestOf(row: SubmissionRow): DigestRow {
  return {
    campaignId: row.campaignId,
    participantId: row.participantId,
    name: row.name,
    department: row.department,
    signed: row.signed,
    taken: row.days
      .filter((d) => Object.keys(d.pledges).length > 0)
      .map((d) => d.date)
      .join(','),
  };
}

/** The dates of a digest, in order. */
export const takenDates = (digest: Pick<DigestRow, 'taken'>): string[] =>
  digest.taken === '' ? [] : digest.taken.split(',');
