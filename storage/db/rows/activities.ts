import type { ActivityKind } from '@/storage/indicators/codes';
import type { CalendarDate } from '@/storage/types';

/**
 * The rows of what an office organises (Dexie version 7): its activities, and their photos kept
 * apart so that a list of activities never loads a picture. Photos stay on this install and in
 * its backups, never in a file that travels (docs/formats.md §4: "never a picture").
 */

export interface ActivityRow {
  /** A UUID made when the activity is first recorded. */
  id: string;
  campaignId: string;
  date: CalendarDate;
  kind: ActivityKind;
  title: string;
  place: string;
  /** Ids of the campaign's departments that took part. */
  departments: string[];
  /** People who took part; absent when not counted. */
  participants?: number;
  /** Indicator code (docs/formats.md §5) → value. */
  results: Record<string, number>;
  /** An article about it (on the portal, the office's site), or empty. */
  link: string;
  note: string;
  /** Its photos (PhotoRow ids) in the order shown. */
  photoIds: string[];
  updatedAt: string;
  /** A deleted activity stays as a tombstone: rows that could one day sync. */
  deleted?: boolean;
}

export interface PhotoRow {
  id: string;
  activityId: string;
  /**
   * The picture made smaller in the browser: the bytes of a JPEG of at most 1,600 px a side. Bytes
   * rather than a Blob: they clone the same in every IndexedDB (a Blob did not survive the test
   * store) and the backup writes them as base64 under a mark it knows how to read back.
   */
  jpeg: ArrayBuffer;
  width: number;
  height: number;
  caption: string;
  /** Shown in the Word and print report's appendix "Hình ảnh hoạt động". */
  inReport: boolean;
}
