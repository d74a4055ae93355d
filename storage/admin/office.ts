import {
  type DigestRow,
  db,
  type HeadcountRow,
  type HeldRow,
  type MergeLogRow,
  type RosterRow,
  type SubmissionRow,
} from '@/storage/db/database';

/** The admin office's own data: kept submissions, merge log, staff list and headcounts (the list is read in roster.ts). */

export interface AdminData {
  submissions: SubmissionRow[];
  mergeLog: MergeLogRow[];
  roster: RosterRow[];
  headcounts: HeadcountRow[];
  /** Files waiting for a decision on a changed key. */
  held: HeldRow[];
}

export async function readAdmin(campaignId: string): Promise<AdminData> {
  const [submissions, mergeLog, roster, headcounts, held] = await Promise.all([
    db.submissions.where('campaignId').equals(campaignId).toArray(),
    db.mergeLog.where('[campaignId+at]').between([campaignId, ''], [campaignId, '\uffff']).toArray(),
    db.roster.where('campaignId').equals(campaignId).toArray(),
    db.headcounts.where('campaignId').equals(campaignId).toArray(),
    db.held.where('campaignId').equals(campaignId).toArray(),
  ]);
  // Newest first: by time, then the last file of an import first.
  mergeLog.sort((a, b) => b.at.localeCompare(a.at) || (b.order ?? 0) - (a.order ?? 0));
  return { submissions, mergeLog, roster, headcounts, held };
}

/** What the admin page paints first: the digests of the kept submissions, staff list, headcounts. */
export interface FirstData {
  digests: DigestRow[];
  roster: RosterRow[];
  headcounts: HeadcountRow[];
}

export async function readFirst(campaignId: string): Promise<FirstData> {
  const [digests, roster, headcounts] = await Promise.all([
    db.digests.where('campaignId').equals(campaignId).toArray(),
    db.roster.where('campaignId').equals(campaignId).toArray(),
    db.headcounts.where('campaignId').equals(campaignId).toArray(),
  ]);
  return { digests, roster, headcounts };
}

/** Turns the admin section on or off ("I collect the reports for my office"). */
export async function setAdminMode(on: boolean, at: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = await db.settings.get('me');
    if (settings) await db.settings.put({ ...settings, adminMode: on, updatedAt: at });
  });
}

/** Sets a department's headcount; `null` goes back to the campaign file's (or people known). */
export async function setHeadcount(campaignId: string, department: string, headcount: number | null): Promise<void> {
  if (headcount === null) return db.headcounts.delete([campaignId, department]);
  if (!Number.isInteger(headcount) || headcount < 0 || headcount > 100_000) throw new RangeError('headcount');
  await db.headcounts.put({ campaignId, department, headcount });
}
