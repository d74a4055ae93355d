import { type ChangeRow, db, type EntryRow } from '@/storage/db/database';
import { charCount, MAX_COUNT, MAX_NOTE } from '@/storage/files/limits';
import { canRecord } from '@/storage/time/calendar';
import type { CalendarDate, Campaign } from '@/storage/types';
import { RecordRefused } from './record-refused';

/** Recording pledges: the only code that writes day entries. */

/** Undo history kept per install; older changes can no longer be undone. */
const KEPT_CHANGES = 50;

export { RecordRefused } from './record-refused';

export interface PledgeChange {
  campaign: Campaign;
  date: CalendarDate;
  pledgeId: string;
  /** 0 clears the pledge for that day. A daily pledge is 0 or 1. */
  count: number;
  /** Today in the campaign's time zone: decides the backfill window and lateness. */
  today: CalendarDate;
  /** RFC 3339 timestamp of the change. */
  at: string;
}

/**
 * Sets one pledge's count for a day, in one transaction, remembering the old value for undo.
 * Returns the row as written.
 */
export async function setPledgeCount(
  change: PledgeChange,
  newId: () => string = () => crypto.randomUUID(),
): Promise<EntryRow> {
  const { campaign, date, pledgeId, count, today, at } = change;
  const pledge = campaign.pledges.find((p) => p.id === pledgeId);
  if (!pledge) throw new RecordRefused('pledge-unknown');
  const max = pledge.kind === 'daily' ? 1 : MAX_COUNT;
  if (!Number.isInteger(count) || count < 0 || count > max) throw new RecordRefused('count-range');
  if (!canRecord(campaign, today, date)) throw new RecordRefused('date-closed');

  return db.transaction('rw', db.entries, db.changes, async () => {
    const key: [string, string, string] = [campaign.id, date, pledgeId];
    // Reads and then writes each go out together: one round trip apiece, not one per request.
    const [previous, last] = await Promise.all([db.entries.get(key), lastChange(campaign.id)]);
    const { campaignId: _c, date: _d, pledgeId: _p, ...before } = previous ?? ({} as EntryRow);
    const seq = (last?.seq ?? 0) + 1;
    const kept = previous && !previous.deleted ? previous : undefined;
    const row: EntryRow = {
      campaignId: campaign.id,
      date,
      pledgeId,
      count,
      // Late means first recorded after its day; a later edit does not make it late.
      late: kept ? kept.late : date < today,
      recordedAt: kept ? kept.recordedAt : at,
      updatedAt: at,
      deleted: count === 0,
    };
    await Promise.all([
      db.changes.add({
        id: newId(),
        seq,
        at,
        campaignId: campaign.id,
        date,
        pledgeId,
        before: previous ? before : null,
      }),
      db.entries.put(row),
      // Only the last KEPT_CHANGES changes stay undoable.
      seq > KEPT_CHANGES &&
        db.changes
          .where('[campaignId+seq]')
          .between([campaign.id, 0], [campaign.id, seq - KEPT_CHANGES], true, true)
          .delete(),
    ]);
    return row;
  });
}

export async function lastChange(campaignId: string): Promise<ChangeRow | undefined> {
  return db.changes.where('[campaignId+seq]').between([campaignId, 0], [campaignId, Infinity]).last();
}

/**
 * Puts back what the most recent change replaced. Returns the change undone, if any. A change
 * to a day that is no longer open for recording stays as it is (`RecordRefused`).
 */
export async function undoLastChange(input: {
  campaign: Campaign;
  today: CalendarDate;
  at: string;
}): Promise<ChangeRow | undefined> {
  const { campaign, today, at } = input;
  const campaignId = campaign.id;
  return db.transaction('rw', db.entries, db.changes, async () => {
    const change = await lastChange(campaignId);
    if (!change) return undefined;
    if (!canRecord(campaign, today, change.date)) throw new RecordRefused('date-closed');
    const key = { campaignId, date: change.date, pledgeId: change.pledgeId };
    await db.entries.put(
      change.before
        ? { ...key, ...change.before, updatedAt: at }
        : { ...key, count: 0, late: false, recordedAt: at, updatedAt: at, deleted: true },
    );
    await db.changes.delete(change.id);
    return change;
  });
}

/** Pledges kept on one day, straight from the store (no live query to wait for). */
export async function entriesOn(campaignId: string, date: CalendarDate): Promise<EntryRow[]> {
  const rows = await db.entries.where('[campaignId+date]').equals([campaignId, date]).toArray();
  return rows.filter((row) => !row.deleted && row.count > 0);
}

/** Pledges kept (count > 0) in a campaign, tombstones left out. */
export async function listEntries(campaignId: string): Promise<EntryRow[]> {
  const rows = await db.entries.where('campaignId').equals(campaignId).toArray();
  return rows.filter((row) => !row.deleted && row.count > 0);
}

export async function saveNote(input: {
  campaign: Campaign;
  date: CalendarDate;
  note: string;
  today: CalendarDate;
  at: string;
}): Promise<void> {
  const note = input.note.trim();
  if (charCount(note) > MAX_NOTE) throw new RecordRefused('note-long');
  if (!canRecord(input.campaign, input.today, input.date)) throw new RecordRefused('date-closed');
  await db.notes.put({ campaignId: input.campaign.id, date: input.date, note, updatedAt: input.at });
}
