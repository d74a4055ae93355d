import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteActivity, reportPhotos, saveActivity } from '@/storage/activities/store';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { photoDraft, turnOut } from '@/tests/fixtures/activities';

const campaign = BUILT_IN_CAMPAIGN;
const AT = '2024-07-01T09:00:00+07:00';

afterEach(() => vi.restoreAllMocks());

/** Activities over June and July, with photos ticked and not, one deleted, one of another campaign. */
async function someActivities() {
  const on = (date: string, title = 'Ra quân') => ({ ...turnOut(), date, title });
  await saveActivity(campaign.id, on('2024-06-04'), [photoDraft('before')], AT, 'a0');
  await saveActivity(
    campaign.id,
    on('2024-06-05'),
    [photoDraft('p1'), photoDraft('p2', false), photoDraft('p3')],
    AT,
    'a1',
  );
  await saveActivity(campaign.id, on('2024-06-12', 'B'), [photoDraft('p5')], AT, 'a3');
  await saveActivity(campaign.id, on('2024-06-12', 'A'), [photoDraft('p4')], AT, 'a2');
  await saveActivity(campaign.id, on('2024-06-20'), [photoDraft('gone')], AT, 'a4');
  await deleteActivity('a4', AT);
  await saveActivity(campaign.id, on('2024-06-30'), [photoDraft('last')], AT, 'a5');
  await saveActivity(campaign.id, on('2024-07-01'), [photoDraft('after')], AT, 'a6');
  await saveActivity('another-campaign', on('2024-06-15'), [photoDraft('elsewhere')], AT, 'b1');
}

describe('the photos of a report’s appendix', () => {
  it('come by date, each activity’s in its order, only those ticked, of the period’s activities alone', async () => {
    await someActivities();
    const photos = await reportPhotos(campaign.id, { from: '2024-06-05', to: '2024-06-30' });
    expect(photos.map(({ activity, photo }) => `${activity.id}:${photo.id}`)).toEqual([
      'a1:p1',
      'a1:p3',
      'a3:p5',
      'a2:p4',
      'a5:last',
    ]);
  });

  it('are read at once, not activity by activity', async () => {
    await someActivities();
    const reads = vi.spyOn(db.photos, 'bulkGet');
    await reportPhotos(campaign.id, { from: '2024-06-01', to: '2024-06-30' });
    expect(reads).toHaveBeenCalledOnce();
  });

  it('leave out a photo another activity holds now', async () => {
    await saveActivity(campaign.id, turnOut(), [photoDraft('p1')], AT, 'a1');
    await db.photos.update('p1', { activityId: 'a9' });
    expect(await reportPhotos(campaign.id, { from: '2024-06-01', to: '2024-06-30' })).toEqual([]);
  });
});
