import { describe, expect, it } from 'vitest';
import { deleteActivity, saveActivity } from '@/storage/activities/store';
import { backupToSave, restoreBackup } from '@/storage/backup/backup';
import { checkBackup } from '@/storage/backup/check';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { saveProfile } from '@/storage/staff/profile';
import { photoDraft, turnOut } from '@/tests/fixtures/activities';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

const campaign = BUILT_IN_CAMPAIGN;
const AT = '2024-07-01T09:00:00+07:00';

/** A photo as large as the form keeps them, scaled down: 20 kB of JPEG-looking bytes. */
function bigPhoto(id: string) {
  const bytes = new Uint8Array(20_000).map((_, i) => (i * 7919) % 251);
  bytes.set([0xff, 0xd8], 0);
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return { ...photoDraft(id), jpeg: bytes.buffer };
}

/** An office with three activities and a photo on each: far more photo than anything else. */
async function officeWithPhotos() {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Hà Thị Thu', department: 'tong-hop' }, campaign, '2024-06-01T00:00:00Z');
  for (const n of [1, 2, 3]) await saveActivity(campaign.id, turnOut(), [bigPhoto(`p${n}`)], AT, `a${n}`);
}

/** The size of the whole backup and of the backup without photos, as a restore measures them. */
async function sizes() {
  const whole = await backupToSave({ limit: Number.MAX_SAFE_INTEGER });
  const light = await backupToSave({ withoutPhotos: true, limit: Number.MAX_SAFE_INTEGER });
  if (!whole.ok || !light.ok) throw new Error('no limit was set');
  return { whole: whole.blob.size, light: light.blob.size };
}

describe('a backup the app hands over can always be restored', () => {
  it('hands over no file a restore would refuse, and says how large it would be and how many photos it holds', async () => {
    await officeWithPhotos();
    const { whole, light } = await sizes();
    const limit = Math.floor((whole + light) / 2);
    expect(await backupToSave({ limit })).toEqual({
      ok: false,
      rule: 'backup-too-large',
      bytes: whole,
      limit,
      withoutPhotos: false,
      photos: 3,
    });
  });

  it('hands over the file of exactly the size a restore reads, and restore takes it', async () => {
    await officeWithPhotos();
    const { whole } = await sizes();
    const saved = await backupToSave({ limit: whole });
    expect(saved).toMatchObject({ ok: true, withoutPhotos: false });
    if (!saved.ok) return;
    expect(await checkBackup(saved.blob, whole)).toMatchObject({ ok: true });
    expect(await checkBackup(saved.blob, whole - 1)).toMatchObject({ ok: false, issue: { rule: 'backup-too-large' } });
  });

  it('saves without photos a backup that fits, and restoring it here keeps the photos its activities name', async () => {
    await officeWithPhotos();
    const { whole, light } = await sizes();
    const limit = Math.floor((whole + light) / 2);
    const saved = await backupToSave({ withoutPhotos: true, limit });
    expect(saved).toMatchObject({ ok: true, withoutPhotos: true });
    if (!saved.ok) return;
    const tables = JSON.parse(await saved.blob.text()).data.tables.map((t: { name: string }) => t.name);
    expect(tables).toContain('activities');
    expect(tables).not.toContain('photos');
    const before = await db.photos.toArray();
    // After the backup: an activity deleted (its photo goes with it), another one added with its photo.
    await deleteActivity('a3', AT);
    await saveActivity(campaign.id, turnOut(), [bigPhoto('p4')], AT, 'a4');
    expect(await restoreBackup(saved.blob, AT, limit)).toMatchObject({ ok: true });
    expect((await db.activities.toArray()).map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3']);
    // a3's photo is gone from this install, p4's activity is not in the file: neither comes back.
    expect(await db.photos.toArray()).toEqual(before.filter((p) => p.id !== 'p3'));
  });

  it('says so when even the backup without photos is larger than a restore reads', async () => {
    await officeWithPhotos();
    const { light } = await sizes();
    expect(await backupToSave({ withoutPhotos: true, limit: light - 1 })).toMatchObject({
      ok: false,
      bytes: light,
      withoutPhotos: true,
    });
  });
});
