import { exportDB } from 'dexie-export-import';
import { type ActivityRow, db, type SubmissionRow } from '@/storage/db/database';
import { digestOf } from '@/storage/db/digest';
import { readRow } from '@/storage/db/rows/schemas';
import { MAX_BACKUP_BYTES } from '@/storage/files/limits';
import type { PickedFile } from '@/storage/files/read-text';
import { type BackupCheck, checkBackup, NOT_BACKED_UP, restorable } from './check';
import { withBytes } from './photo-bytes';

/**
 * Full backups of this install's data, written by dexie-export-import's `exportDB`. A restore
 * is checked whole before anything is written (backup-check.ts), then put back in ONE transaction: a bad or
 * foreign file leaves the current data exactly as it was. (Not `importInto`: its
 * `clearTablesBeforeImport` empties each table in a transaction of its own before importing,
 * so a file that failed half-way left an empty database; a test shows it.)
 */

/**
 * The whole database as a backup file, as dexie-export-import writes it: unmeasured, so the page
 * saves through `backupToSave`. With `readableOnly` (a store holding broken rows), only the rows
 * the current schema can hold go in, the header counted again: a file that this app can restore,
 * where the whole one would be refused for its broken rows. `withoutPhotos` leaves the photos out.
 */
export async function backupBlob(options: BackupChoice = {}): Promise<Blob> {
  const whole = await exportDB(db, { skipTables: skipped(options) });
  return options.readableOnly ? readable(whole) : whole;
}

export interface BackupChoice {
  readableOnly?: boolean;
  /** Leave the photos out: they stay in this install, and restoring the file here keeps them. */
  withoutPhotos?: boolean;
  /** The largest file a restore reads; a test passes a smaller one. */
  limit?: number;
}

/**
 * A backup the page may hand over, or why there is none. A file larger than a restore reads is
 * never handed over (about 500 photos made one): the page says so, and offers the backup without
 * the photos when they are what makes it too large.
 */
export type BackupToSave =
  | { ok: true; blob: Blob; withoutPhotos: boolean }
  | { ok: false; rule: 'backup-too-large'; bytes: number; limit: number; withoutPhotos: boolean; photos: number };

export async function backupToSave(choice: BackupChoice = {}): Promise<BackupToSave> {
  const limit = choice.limit ?? MAX_BACKUP_BYTES;
  const withoutPhotos = choice.withoutPhotos === true;
  const whole = await exportDB(db, { skipTables: skipped(choice) });
  // Measured before the broken rows are taken out: an export this large is not read back as one string.
  const blob = whole.size <= limit && choice.readableOnly ? await readable(whole) : whole;
  if (blob.size <= limit) return { ok: true, blob, withoutPhotos };
  const photos = withoutPhotos ? 0 : await db.photos.count();
  return { ok: false, rule: 'backup-too-large', bytes: blob.size, limit, withoutPhotos, photos };
}

const skipped = (choice: BackupChoice) => (choice.withoutPhotos ? [...NOT_BACKED_UP, 'photos'] : NOT_BACKED_UP);

async function readable(whole: Blob): Promise<Blob> {
  const backup = JSON.parse(await whole.text()) as DexieExport;
  for (const table of backup.data.data) {
    table.rows = table.rows.filter(
      ({ $types: types, ...row }) => readRow(table.tableName, withBytes(table.tableName, row, types ?? {})).ok,
    );
    const listed = backup.data.tables.find((t) => t.name === table.tableName);
    if (listed) listed.rowCount = table.rows.length;
  }
  return new Blob([JSON.stringify(backup)], { type: whole.type });
}

/** The part of a dexie-export-import file that `readableOnly` changes. */
interface DexieExport {
  data: {
    tables: { name: string; rowCount: number }[];
    data: { tableName: string; rows: (Record<string, unknown> & { $types?: Record<string, unknown> })[] }[];
  };
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

/**
 * Replaces every table with the backup's content, all in one transaction, and rebuilds the
 * submissions' digests from it in the same one. Two things are not
 * taken back in time: the summary revision (docs/formats.md §2: it only grows, or the office would
 * skip the next export as older) and the backup date (the data now equals a file in hand). A file
 * saved without photos keeps the photos of this install that its activities name.
 */
export async function restoreBackup(file: PickedFile, at: string, limit = MAX_BACKUP_BYTES): Promise<BackupCheck> {
  const check = await checkBackup(file, limit);
  if (!check.ok) return check;
  const rowsOf = new Map(check.tables.map((t) => [t.tableName, t.rows]));
  try {
    await db.transaction('rw', [...restorable(), db.digests], async () => {
      const revision = (await db.profile.get('me'))?.summaryRevision ?? 0;
      for (const table of restorable()) {
        if (table.name === 'photos' && !rowsOf.has('photos')) {
          await keepNamedPhotos(rowsOf.get('activities') ?? []);
          continue;
        }
        await table.clear();
        await table.bulkAdd(rowsOf.get(table.name) ?? []);
      }
      // Not in the file: the digests of the submissions just put back.
      await db.digests.clear();
      await db.digests.bulkAdd(((rowsOf.get('submissions') ?? []) as unknown as SubmissionRow[]).map(digestOf));
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

/** Deletes the photos no activity of the file names (read by their keys: photos are the bulk of the store). */
async function keepNamedPhotos(activities: readonly Record<string, unknown>[]): Promise<void> {
  const named = new Set(
    activities.flatMap((a) => ((a as unknown as ActivityRow).photoIds ?? []).map((id) => `${a.id}/${id}`)),
  );
  const stale: string[] = [];
  await db.photos.orderBy('activityId').eachKey((activityId, cursor) => {
    if (!named.has(`${activityId}/${cursor.primaryKey}`)) stale.push(cursor.primaryKey as string);
  });
  await db.photos.bulkDelete(stale);
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
