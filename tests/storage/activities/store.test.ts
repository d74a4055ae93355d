import { describe, expect, it } from 'vitest';
import { checkActivity, parseQuantity } from '@/storage/activities/check';
import { deleteActivity, readActivities, readPhotos, reportPhotos, saveActivity } from '@/storage/activities/store';
import { backupBlob, restoreBackup } from '@/storage/backup/backup';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { officeReport } from '@/storage/report-file/build';
import { readReportText } from '@/storage/report-file/read';
import { saveProfile } from '@/storage/staff/profile';
import { photoDraft, turnOut } from '@/tests/fixtures/activities';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';
import { problemsOf } from '@/tests/fixtures/report-check';

const campaign = BUILT_IN_CAMPAIGN;
const AT = '2024-07-01T09:00:00+07:00';
const JUNE = { from: campaign.start, to: campaign.end };
const none = { submissions: [], headcounts: [], roster: [] };

describe('the office’s activities', () => {
  it('are kept with their photos, listed latest first, and a deleted one leaves a tombstone and no photo', async () => {
    await saveActivity(campaign.id, turnOut(), [photoDraft('p1'), photoDraft('p2', false)], AT, 'a1');
    await saveActivity(
      campaign.id,
      { ...turnOut(), date: '2024-06-12', kind: 'tree-planting', title: 'Trồng cây', results: { 'trees-planted': 30 } },
      [],
      AT,
      'a2',
    );
    expect((await readActivities(campaign.id)).map((a) => a.id)).toEqual(['a2', 'a1']);
    const [, first] = await readActivities(campaign.id);
    expect((await readPhotos(first!)).map((p) => [p.id, p.inReport])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    expect((await reportPhotos(campaign.id, JUNE)).map((x) => x.photo.id)).toEqual(['p1']);
    await deleteActivity('a1', '2024-07-02T00:00:00Z');
    expect((await readActivities(campaign.id)).map((a) => a.id)).toEqual(['a2']);
    expect(await db.activities.get('a1')).toMatchObject({ deleted: true, photoIds: [] });
    expect(await db.photos.count()).toBe(0);
  });

  it('drop a photo taken off when saved again, keeping the others', async () => {
    await saveActivity(campaign.id, turnOut(), [photoDraft('p1'), photoDraft('p2')], AT, 'a1');
    await saveActivity(campaign.id, turnOut(), [{ ...photoDraft('p2'), caption: 'Mới' }], AT, 'a1');
    expect((await db.photos.toArray()).map((p) => [p.id, p.caption])).toEqual([['p2', 'Mới']]);
  });

  it('come back from a backup with their photos’ bytes', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    await saveProfile({ name: 'Hà Thị Thu', department: 'tong-hop' }, campaign, '2024-06-01T00:00:00Z');
    await saveActivity(campaign.id, turnOut(), [photoDraft('p1')], AT, 'a1');
    const before = await db.photos.toArray();
    const backup = await backupBlob();
    expect(await backup.text()).toContain('"arraybuffer"');
    await Promise.all([db.activities.clear(), db.photos.clear()]);
    expect(await restoreBackup(backup, AT)).toMatchObject({ ok: true });
    expect(await db.photos.toArray()).toEqual(before);
    expect(new Uint8Array((await db.photos.get('p1'))!.jpeg).slice(0, 2)).toEqual(new Uint8Array([0xff, 0xd8]));
  });

  it('go into the office report file as figures: no place, note, link, department, caption nor picture', async () => {
    const row = await saveActivity(campaign.id, turnOut(), [photoDraft('p1')], AT, 'a1');
    const organisation = { id: 'vp-ubnd-backan', name: { vi: 'Văn phòng' } };
    const report = await officeReport(campaign, none, organisation, JUNE, AT, [row]);
    expect(report.activities).toEqual([
      {
        date: '2024-06-05',
        kind: 'turn-out',
        title: 'Ra quân dọn vệ sinh quanh trụ sở',
        participants: 45,
        results: { 'waste-collected-kg': 120.5, 'roads-cleaned-km': 1.2 },
      },
    ]);
    expect(report.indicators).toEqual({
      'turn-outs': 1,
      'activity-participants': 45,
      'waste-collected-kg': 120.5,
      'roads-cleaned-km': 1.2,
    });
    const text = JSON.stringify(report);
    for (const secret of ['Trụ sở cơ quan', 'backan.gov.vn', 'Cán bộ, công chức', 'jpeg', '/9j/'])
      expect(text.includes(secret), secret).toBe(false);
    expect(problemsOf(JSON.parse(text))).toEqual([]);
    expect((await readReportText(text, campaign)).ok).toBe(true);
  });
});

describe('what an officer types for an activity', () => {
  it.each([
    ['a date before the campaign', { date: '2024-05-30' }, 'date', 'date-outside'],
    ['no title', { title: '  ' }, 'title', 'title-empty'],
    ['a title of 201 characters', { title: 'a'.repeat(201) }, 'title', 'title-long'],
    ['-5 participants', { participants: -5 }, 'participants', 'quantity-negative'],
    ['2.5 participants', { participants: 2.5 }, 'participants', 'quantity-whole'],
    ['2.5 trees', { results: { 'trees-planted': 2.5 } }, 'results.trees-planted', 'quantity-whole'],
    ['two billion kg', { results: { 'waste-collected-kg': 2e9 } }, 'results.waste-collected-kg', 'quantity-absurd'],
    ['a code with odd characters', { results: { 'cây xanh': 1 } }, 'results.cây xanh', 'code'],
    ['a department not in the campaign', { departments: ['phong-x'] }, 'departments', 'department-unknown'],
    ['a javascript: link', { link: 'javascript:alert(1)' }, 'link', 'link'],
  ])('is refused for %s', (_, change, field, problem) => {
    expect(checkActivity({ ...turnOut(), ...change }, campaign)).toEqual({ field, problem });
  });

  it('is accepted as a turn-out of the campaign, kg with a fraction', () => {
    expect(checkActivity(turnOut(), campaign)).toBeNull();
  });

  it.each([
    ['', undefined],
    ['12', 12],
    ['12,5', 12.5],
    [' 1 000 ', 1000],
    ['12kg', Number.NaN],
  ])('reads the quantity "%s" as %s', (text, value) => {
    expect(parseQuantity(text)).toEqual(value);
  });
});
