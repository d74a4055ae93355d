import { db } from '@/storage/db/database';
import type { ActivityRow, PhotoRow } from '@/storage/db/rows/activities';
import type { DateRange } from '@/storage/time/range';
import type { ActivityDraft } from './check';

/**
 * What an office organised, kept per campaign (Dexie version 7). The pages call these, never
 * the tables. An activity and its photos are written in one transaction; a deleted activity
 * stays as a tombstone, its photos removed (they are the bulk of the store).
 */

/** A photo as the form holds it: made smaller already (`./reduce.ts`). */
export type PhotoDraft = Omit<PhotoRow, 'activityId'>;

export async function saveActivity(
  campaignId: string,
  draft: ActivityDraft,
  photos: readonly PhotoDraft[],
  at: string,
  id: string = crypto.randomUUID(),
): Promise<ActivityRow> {
  const row: ActivityRow = {
    id,
    campaignId,
    date: draft.date,
    kind: draft.kind,
    title: draft.title.trim(),
    place: draft.place.trim(),
    departments: [...draft.departments],
    ...(draft.participants !== undefined ? { participants: draft.participants } : {}),
    results: { ...draft.results },
    link: draft.link.trim(),
    note: draft.note.trim(),
    photoIds: photos.map((p) => p.id),
    updatedAt: at,
  };
  await db.transaction('rw', db.activities, db.photos, async () => {
    const before = await db.photos.where('activityId').equals(id).primaryKeys();
    const kept = new Set(row.photoIds);
    await db.photos.bulkDelete(before.filter((photoId) => !kept.has(photoId)));
    await db.photos.bulkPut(photos.map((p) => ({ ...p, activityId: id })));
    await db.activities.put(row);
  });
  return row;
}

/** Leaves a tombstone and frees the photos' space. */
export async function deleteActivity(id: string, at: string): Promise<void> {
  await db.transaction('rw', db.activities, db.photos, async () => {
    const row = await db.activities.get(id);
    if (!row) return;
    await db.photos.where('activityId').equals(id).delete();
    await db.activities.put({ ...row, photoIds: [], deleted: true, updatedAt: at });
  });
}

/** The campaign's activities not deleted, latest first. */
export async function readActivities(campaignId: string): Promise<ActivityRow[]> {
  return activitiesBetween(campaignId, ['', '\uffff']);
}

/** An activity's photos in its order. */
export async function readPhotos(activity: Pick<ActivityRow, 'id' | 'photoIds'>): Promise<PhotoRow[]> {
  const rows = await db.photos.bulkGet(activity.photoIds);
  return rows.filter((p): p is PhotoRow => p !== undefined && p.activityId === activity.id);
}

/**
 * The photos ticked "in the report" of the activities of a period, by date then in each activity's
 * order: the period's activities in one range of the `[campaignId+date]` index, their photos in one read.
 */
export async function reportPhotos(
  campaignId: string,
  period: DateRange,
): Promise<{ activity: ActivityRow; photo: PhotoRow }[]> {
  const activities = (await activitiesBetween(campaignId, [period.from, period.to])).reverse();
  const photos = await db.photos.bulkGet(activities.flatMap((a) => a.photoIds));
  const byId = new Map(photos.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  return activities.flatMap((activity) =>
    activity.photoIds.flatMap((id) => {
      const photo = byId.get(id);
      return photo?.activityId === activity.id && photo.inReport ? [{ activity, photo }] : [];
    }),
  );
}

/** Activities not deleted dated from `from` to `to` (both included), latest first, on one date by title. */
async function activitiesBetween(campaignId: string, [from, to]: [string, string]): Promise<ActivityRow[]> {
  const rows = await db.activities
    .where('[campaignId+date]')
    .between([campaignId, from], [campaignId, to], true, true)
    .toArray();
  return rows.filter((r) => !r.deleted).sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}
