import Papa from 'papaparse';
import {
  db,
  type HeadcountRow,
  type HeldRow,
  type MergeLogRow,
  type RosterRow,
  type SubmissionRow,
} from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import { charCount, MAX_NAME, plainText } from '@/storage/files/limits';
import type { Campaign } from '@/storage/types';

/** The admin office's own data: kept submissions, merge log, staff list and headcounts. */

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

export type RosterResult = { ok: true; rows: number } | { ok: false; issue: FileIssue };

/**
 * Replaces the staff list from a CSV of `name, department` (a header row is recognised and
 * skipped; the department may be its id or its name in either language). A list with one bad
 * row is refused whole, naming the row.
 */
export async function importRoster(
  campaign: Campaign,
  csv: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<RosterResult> {
  // Lines are numbered as in the file (blank lines count), so a refusal points at the right one.
  const lines = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data.map((row, i) => ({ row, line: i + 1 }));
  const filled = lines.filter(({ row }) => row.some((cell) => cell.trim()));
  const departmentOf = new Map<string, string>();
  for (const d of campaign.departments) {
    for (const key of [d.id, ...Object.values(d.name)]) if (key) departmentOf.set(key.trim().toLowerCase(), d.id);
  }
  const rows: RosterRow[] = [];
  for (const [i, { row: line, line: number }] of filled.entries()) {
    if (i === 0 && isHeader(line)) continue;
    const name = (line[0] ?? '').trim();
    const department = departmentOf.get((line[1] ?? '').trim().toLowerCase());
    const path = `row ${number}`;
    if (!name || charCount(name) > MAX_NAME) return { ok: false, issue: { path, rule: 'participant-name' } };
    if (!department) return { ok: false, issue: { path, rule: 'department-unknown' } };
    rows.push({ campaignId: campaign.id, id: newId(), name, department });
  }
  if (rows.length === 0) return { ok: false, issue: { path: '', rule: 'roster-empty' } };
  await db.transaction('rw', db.roster, async () => {
    await db.roster.where('campaignId').equals(campaign.id).delete();
    await db.roster.bulkAdd(rows);
  });
  return { ok: true, rows: rows.length };
}

/** A first row that names the columns ("Họ và tên, Phòng ban" or "name, department"). */
function isHeader(row: readonly string[]): boolean {
  const plain = (cell = '') => plainText(cell);
  return /\b(ten|name)\b/.test(plain(row[0])) && /\b(phong|ban|don vi|department|unit)\b/.test(plain(row[1]));
}
