import { db } from '@/storage/db/database';
import { readRow } from '@/storage/db/rows/schemas';
import { deeperThan, type FileIssue, forbiddenKeyPath, type RuleCode } from '@/storage/files/file-issues';
import { MAX_BACKUP_BYTES, MAX_JSON_DEPTH } from '@/storage/files/limits';
import { type PickedFile, readText } from '@/storage/files/read-text';
import { bytesAllowed, withBytes } from './photo-bytes';

/**
 * Whether a file is a backup this install can restore without losing or breaking anything:
 * a dexie-export-import file of this database, of a format and version this app
 * reads, whose header matches its data, every row of which the current schema can hold, and
 * which leaves a profile, settings and the campaign they record into. Nothing is written here.
 */

/** The newest export format dexie-export-import reads (its `VERSION`, not exported by the package). */
const DEXIE_EXPORT_FORMAT = 1;

/**
 * The signing key stays out of backups: it cannot leave this install (non-extractable). The
 * submissions' digests stay out too: a restore rebuilds them from the submissions.
 */
export const NOT_BACKED_UP = ['keys', 'digests'];
export const restorable = () => db.tables.filter((t) => !NOT_BACKED_UP.includes(t.name));

export type Tables = { tableName: string; rows: Record<string, unknown>[] }[];
export type BackupCheck = { ok: true; tables: Tables } | { ok: false; issue: FileIssue };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const refuse = (rule: RuleCode, path = ''): BackupCheck => ({ ok: false, issue: { path, rule } });

export async function checkBackup(file: PickedFile, limit = MAX_BACKUP_BYTES): Promise<BackupCheck> {
  const read = await readText(file, { limit, bom: 'strip' });
  if (!read.ok) return refuse(read.issue.rule === 'too-large' ? 'backup-too-large' : read.issue.rule);
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    return refuse('json');
  }
  if (!isObject(json) || json.formatName !== 'dexie' || !isObject(json.data)) return refuse('backup-format');
  if (!Number.isInteger(json.formatVersion)) return refuse('backup-format', 'formatVersion');
  if ((json.formatVersion as number) > DEXIE_EXPORT_FORMAT) return refuse('version-newer', 'formatVersion');
  const forbidden = forbiddenKeyPath(json);
  if (forbidden !== null) return refuse('forbidden-key', forbidden);
  // Rows are kept as read, fields this version does not know included: none may nest without end.
  const deep = deeperThan(json, MAX_JSON_DEPTH);
  if (deep !== null) return refuse('too-deep', deep);
  const data = json.data;
  if (data.databaseName !== db.name) return refuse('backup-foreign', 'data.databaseName');
  if (typeof data.databaseVersion !== 'number' || data.databaseVersion > db.verno)
    return refuse('version-newer', 'data.databaseVersion');
  const tables = readTables(data);
  if (!Array.isArray(tables)) return tables;
  const header = checkHeader(data.tables, tables);
  if (header) return { ok: false, issue: header };
  const checked: Tables = [];
  for (const [i, { tableName, rows }] of tables.entries()) {
    const out: Record<string, unknown>[] = [];
    for (const [j, row] of rows.entries()) {
      const result = readRow(
        tableName,
        withBytes(tableName, withoutTypes({ ...row }), isObject(row.$types) ? row.$types : {}),
      );
      const at = `data.data[${i}].rows[${j}]`;
      if (!result.ok) return refuse('backup-damaged', result.issue.path ? `${at}.${result.issue.path}` : at);
      out.push(result.row);
    }
    checked.push({ tableName, rows: out });
  }
  return usable(checked) ? { ok: true, tables: checked } : refuse('backup-incomplete', 'data.data');
}

/** The tables of the data, each a known table of rows as dexie-export-import writes them, or the first that is not. */
function readTables(data: Json): { tableName: string; rows: Json[] }[] | BackupCheck {
  if (!Array.isArray(data.data)) return refuse('backup-format', 'data.data');
  const known = new Set(restorable().map((t) => t.name));
  const seen = new Set<string>();
  for (const [i, table] of (data.data as unknown[]).entries()) {
    if (!isObject(table)) return refuse('backup-format', `data.data[${i}]`);
    if (typeof table.tableName !== 'string' || !known.has(table.tableName))
      return refuse('backup-foreign', `data.data[${i}].tableName`);
    if (seen.has(table.tableName)) return refuse('backup-header', `data.data[${i}].tableName`);
    seen.add(table.tableName);
    if (!Array.isArray(table.rows)) return refuse('backup-format', `data.data[${i}].rows`);
    const odd = table.rows.findIndex((row) => !isPlainRow(row, table.tableName as string));
    if (odd >= 0) return refuse('backup-format', `data.data[${i}].rows[${odd}]`);
  }
  return data.data as { tableName: string; rows: Json[] }[];
}

/**
 * The header lists each table with its row count: a file whose data lacks a table or rows the
 * header promises was cut short or edited (one with an empty `data` once emptied every table).
 */
function checkHeader(header: unknown, tables: { tableName: string; rows: unknown[] }[]): FileIssue | null {
  if (!Array.isArray(header) || header.length !== tables.length) return { path: 'data.tables', rule: 'backup-header' };
  for (const [i, entry] of header.entries()) {
    const table = isObject(entry) ? tables.find((t) => t.tableName === entry.name) : undefined;
    if (!table || !isObject(entry) || entry.rowCount !== table.rows.length)
      return { path: `data.tables[${i}]`, rule: 'backup-header' };
  }
  return null;
}

/** A profile, settings, and the campaign the settings record into: or the popup could show nothing. */
function usable(tables: Tables): boolean {
  const rows = (name: string) => tables.find((t) => t.tableName === name)?.rows ?? [];
  const settings = rows('settings').find((row) => row.key === 'me');
  return (
    rows('profile').some((row) => row.key === 'me') &&
    settings !== undefined &&
    rows('campaigns').some((row) => row.id === settings.activeCampaignId)
  );
}

/**
 * dexie-export-import writes rows through Typeson, which marks every array as
 * `arrayNonindexKeys` (harmless: arrays come back as arrays) and writes a field left undefined
 * as `0` marked `undef` (the merge log has such fields: a restore of an admin office's backup
 * once failed on them). Any other marked type (a date, a blob) never occurs in this database,
 * so a row carrying one is not ours.
 */
const TYPESON_MARKS = new Set(['arrayNonindexKeys', 'undef']);

function isPlainRow(row: unknown, table: string): row is Json {
  if (!isObject(row)) return false;
  const types = row.$types;
  return (
    types === undefined ||
    (isObject(types) &&
      Object.entries(types).every(([key, t]) => TYPESON_MARKS.has(t as string) || bytesAllowed(table, key, t)))
  );
}

/** The row as it was stored: without Typeson's marks, and without the fields it wrote for `undefined`. */
function withoutTypes({ $types: types, ...row }: Json): Json {
  for (const [path, type] of Object.entries((types as Record<string, string> | undefined) ?? {})) {
    if (type !== 'undef') continue;
    const keys = path.split('.');
    const last = keys.pop()!;
    let owner: unknown = row;
    for (const key of keys) owner = isObject(owner) ? owner[key] : undefined;
    if (isObject(owner)) delete owner[last];
  }
  return row;
}
