import { fromBase64 } from '@/storage/files/base64';

/**
 * A photo's bytes in a backup: dexie-export-import writes an ArrayBuffer as base64 marked
 * `arraybuffer`. That mark is read back only where this database keeps bytes (a photo's `jpeg`);
 * anywhere else a row carrying it is not ours.
 */

const BYTES_MARK = 'arraybuffer';

/** Whether a row of `table` may carry this Typeson mark at this key. */
export const bytesAllowed = (table: string, key: string, mark: unknown): boolean =>
  mark === BYTES_MARK && table === 'photos' && key === 'jpeg';

/** The row with its marked base64 turned back into bytes (anything unreadable left as text, for the row check to refuse). */
export function withBytes(
  table: string,
  row: Record<string, unknown>,
  marks: Record<string, unknown>,
): Record<string, unknown> {
  for (const [key, mark] of Object.entries(marks)) {
    if (!bytesAllowed(table, key, mark) || typeof row[key] !== 'string') continue;
    const bytes = fromBase64(row[key] as string);
    if (bytes) row[key] = bytes.buffer;
  }
  return row;
}
