import { exportDB } from 'dexie-export-import';
import { db } from '@/storage/db/database';
import type { FileIssue, RuleCode } from '@/storage/files/file-issues';

/**
 * Full backups of this install's data, written by dexie-export-import's `exportDB`. A restore
 * is checked whole before anything is written, then put back in ONE transaction: a bad or
 * foreign file leaves the current data exactly as it was. (Not `importInto`: its
 * `clearTablesBeforeImport` empties each table in a transaction of its own before importing,
 * so a file that failed half-way left an empty database; a test shows it.)
 */

/** Far above any real backup; refuses a wrong pick (a video) before reading it. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/**
 * The signing key stays out of backups: it cannot leave this install (non-extractable), and a
 * restore keeps the install's own key, so the office's pinned key still matches.
 */
const NOT_BACKED_UP = ['keys'];
const restorable = () => db.tables.filter((t) => !NOT_BACKED_UP.includes(t.name));

export async function backupBlob(): Promise<Blob> {
  return exportDB(db, { skipTables: NOT_BACKED_UP });
}

export function backupFileName(date: string): string {
  return `sao-luu_cam-ket-van-phong-xanh_${date}.json`;
}

export async function markBackedUp(at: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = await db.settings.get('me');
    if (settings) await db.settings.put({ ...settings, lastBackupAt: at });
  });
}

type Tables = { tableName: string; rows: Record<string, unknown>[] }[];
export type BackupCheck = { ok: true; tables: Tables } | { ok: false; issue: FileIssue };

/** Is this a backup of this extension's database, of a version this app can read? */
export async function checkBackup(file: Blob): Promise<BackupCheck> {
  const refuse = (rule: RuleCode, path = ''): BackupCheck => ({ ok: false, issue: { path, rule } });
  if (file.size > MAX_BACKUP_BYTES) return refuse('backup-too-large');
  let json: unknown;
  try {
    json = JSON.parse((await file.text()).replace(/^\uFEFF/, ''));
  } catch {
    return refuse('json');
  }
  const data = (json as { formatName?: unknown; data?: Record<string, unknown> } | null)?.data;
  if ((json as { formatName?: unknown } | null)?.formatName !== 'dexie' || typeof data !== 'object' || data === null) {
    return refuse('backup-format');
  }
  if (data.databaseName !== db.name) return refuse('backup-foreign', 'data.databaseName');
  if (typeof data.databaseVersion !== 'number' || data.databaseVersion > db.verno)
    return refuse('version-newer', 'data.databaseVersion');
  const known = new Set(restorable().map((t) => t.name));
  const tables = Array.isArray(data.data) ? (data.data as { tableName?: unknown; rows?: unknown }[]) : null;
  if (!tables) return refuse('backup-format', 'data.data');
  for (const [i, table] of tables.entries()) {
    if (typeof table.tableName !== 'string' || !known.has(table.tableName))
      return refuse('backup-foreign', `data.data[${i}].tableName`);
    if (!Array.isArray(table.rows)) return refuse('backup-format', `data.data[${i}].rows`);
    const odd = table.rows.findIndex((row) => !isPlainRow(row));
    if (odd >= 0) return refuse('backup-format', `data.data[${i}].rows[${odd}]`);
  }
  const plain = (tables as Tables).map(({ tableName, rows }) => ({ tableName, rows: rows.map(withoutTypes) }));
  return { ok: true, tables: plain };
}

/**
 * dexie-export-import writes rows through Typeson, which marks every array as
 * `arrayNonindexKeys` (harmless: arrays come back as arrays). Any other marked type (a date,
 * a blob) never occurs in this database, so a row carrying one is not ours.
 */
function isPlainRow(row: unknown): row is Record<string, unknown> {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  const types = (row as { $types?: unknown }).$types;
  return (
    types === undefined ||
    (typeof types === 'object' && types !== null && Object.values(types).every((t) => t === 'arrayNonindexKeys'))
  );
}

function withoutTypes({ $types: _types, ...row }: Record<string, unknown>): Record<string, unknown> {
  return row;
}

/**
 * Replaces every table with the backup's content, all in one transaction. Two things are not
 * taken back in time: the summary revision (docs/formats.md §2: it only grows, or the office would
 * skip the next export as older) and the backup date (the data now equals a file in hand).
 */
export async function restoreBackup(file: Blob, at: string = new Date().toISOString()): Promise<BackupCheck> {
  const check = await checkBackup(file);
  if (!check.ok) return check;
  const rowsOf = new Map(check.tables.map((t) => [t.tableName, t.rows]));
  try {
    await db.transaction('rw', restorable(), async () => {
      const revision = (await db.profile.get('me'))?.summaryRevision ?? 0;
      for (const table of restorable()) {
        await table.clear();
        await table.bulkAdd(rowsOf.get(table.name) ?? []);
      }
      const profile = await db.profile.get('me');
      if (profile && (profile.summaryRevision ?? 0) < revision)
        await db.profile.put({ ...profile, summaryRevision: revision });
      const settings = await db.settings.get('me');
      if (settings) await db.settings.put({ ...settings, lastBackupAt: at });
    });
  } catch {
    // A row the store refused aborted the transaction: nothing was cleared or written.
    return { ok: false, issue: { path: '', rule: 'backup-damaged' } };
  }
  return check;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * A reminder is due when the last backup (or, before any, the first thing recorded) is more
 * than a week old: nothing to nag about on the first day, nor with nothing to lose.
 */
export function isBackupDue(
  lastBackupAt: string | undefined,
  now: number,
  firstRecordedAt: string | undefined,
): boolean {
  const since = lastBackupAt ?? firstRecordedAt;
  return since !== undefined && now - Date.parse(since) > WEEK_MS;
}
