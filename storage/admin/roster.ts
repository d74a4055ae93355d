import Papa from 'papaparse';
import { db, type RosterRow } from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import { charCount, hasControlCharacters, MAX_NAME, MAX_ROSTER_ROWS, plainText } from '@/storage/files/limits';
import { type PickedFile, readText } from '@/storage/files/read-text';
import type { Campaign } from '@/storage/types';

/** The admin office's staff list, read from the CSV a spreadsheet saves. */

export type RosterResult = { ok: true; rows: number } | { ok: false; issue: FileIssue };

/**
 * Reads a staff list picked by the admin officer: size and encoding first (UTF-8, with or
 * without Excel's byte order mark, or UTF-16 with its mark as Excel's "Unicode text"), then
 * every row, then one transaction that replaces the list.
 */
export async function importRosterFile(campaign: Campaign, file: PickedFile): Promise<RosterResult> {
  const read = await readText(file, { bom: 'strip', utf16: true });
  return read.ok ? importRoster(campaign, read.text) : read;
}

/** What separates the columns: Excel saves `,`, or `;` where the decimal mark is a comma (Vietnamese). */
const DELIMITERS = [',', ';', '\t'];

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
  const text = csv.replace(/^\uFEFF/, '');
  // Guessed on the first lines without blank ones (they would make every guess fail), then the
  // whole file is read with blank lines kept, so that rows are numbered as in the file.
  const { delimiter } = Papa.parse<string[]>(text, {
    preview: 50,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
  }).meta;
  // Reading stops a good way past the cap (blank lines count as lines): a longer file is refused.
  const parsed = Papa.parse<string[]>(text, { delimiter, preview: 2 * (MAX_ROSTER_ROWS + 2) });
  if (parsed.meta.truncated) return refuse('', 'roster-too-long');
  const lines = parsed.data.map((row, i) => ({ row, line: i + 1 }));
  const filled = lines.filter(({ row }) => row.some((cell) => cell.trim()));
  if (filled.length === 0) return refuse('', 'roster-empty');
  const header = isHeader(filled[0]!.row);
  if (filled.length - (header ? 1 : 0) > MAX_ROSTER_ROWS) return refuse('', 'roster-too-long');
  // No row with a second column: the columns are separated by something this reader does not know.
  if (!filled.some(({ row }) => row.length >= 2)) return refuse('', 'roster-columns');
  const departmentOf = new Map<string, string>();
  for (const d of campaign.departments) {
    for (const key of [d.id, ...Object.values(d.name)]) if (key) departmentOf.set(key.trim().toLowerCase(), d.id);
  }
  const rows: RosterRow[] = [];
  for (const [i, { row: line, line: number }] of filled.entries()) {
    if (i === 0 && header) continue;
    const name = (line[0] ?? '').trim();
    const department = departmentOf.get((line[1] ?? '').trim().toLowerCase());
    const path = `row ${number}`;
    if (!name || charCount(name) > MAX_NAME || hasControlCharacters(name)) return refuse(path, 'participant-name');
    if (!department) return refuse(path, 'department-unknown');
    rows.push({ campaignId: campaign.id, id: newId(), name, department });
  }
  if (rows.length === 0) return refuse('', 'roster-empty');
  await db.transaction('rw', db.roster, async () => {
    await db.roster.where('campaignId').equals(campaign.id).delete();
    await db.roster.bulkAdd(rows);
  });
  return { ok: true, rows: rows.length };
}

const refuse = (path: string, rule: FileIssue['rule']): RosterResult => ({ ok: false, issue: { path, rule } });

/** A first row that names the columns ("Họ và tên, Phòng ban" or "name, department"). */
function isHeader(row: readonly string[]): boolean {
  const plain = (cell = '') => plainText(cell);
  return /\b(ten|name)\b/.test(plain(row[0])) && /\b(phong|ban|don vi|department|unit)\b/.test(plain(row[1]));
}
