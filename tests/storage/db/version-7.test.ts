import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { GreenOfficeDb } from '@/storage/db/database';
import v2Rows from '@/tests/fixtures/db-v2.json';
import v5Rows from '@/tests/fixtures/db-v5.json';
import v6Rows from '@/tests/fixtures/db-v6.json';
import { releasedDatabase } from '@/tests/fixtures/released-database';

describe('upgrading an install from version 6', () => {
  it('keeps the digests, submissions and the level above’s rows, and adds activities and photos empty', async () => {
    const name = 'green-office-upgrade-6-test';
    const old = releasedDatabase(name, 6);
    await old.open();
    await old.table('submissions').bulkAdd(v2Rows.submissions);
    await old.table('digests').bulkAdd(v6Rows.digests);
    await old.table('agencyTotals').bulkAdd(v5Rows.agencyTotals);
    old.close();

    const upgraded = new GreenOfficeDb(name);
    try {
      await upgraded.open();
      expect(upgraded.verno).toBe(7);
      expect(await upgraded.digests.toArray()).toEqual(v6Rows.digests);
      expect(await upgraded.submissions.toArray()).toEqual(v2Rows.submissions);
      expect(await upgraded.agencyTotals.toArray()).toEqual(v5Rows.agencyTotals);
      expect(await upgraded.activities.count()).toBe(0);
      expect(await upgraded.photos.count()).toBe(0);
      expect(await upgraded.activities.where('[campaignId+date]').between(['a', ''], ['z', '\uffff']).count()).toBe(0);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });

  it('keeps a photo’s JPEG bytes', async () => {
    const name = 'green-office-photo-test';
    const fresh = new GreenOfficeDb(name);
    try {
      const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
      const jpeg = bytes.slice().buffer;
      await fresh.photos.put({
        id: 'p1',
        activityId: 'a1',
        jpeg,
        width: 4,
        height: 3,
        caption: 'Ra quân',
        inReport: true,
      });
      const row = await fresh.photos.get('p1');
      expect(new Uint8Array(row!.jpeg)).toEqual(bytes);
    } finally {
      fresh.close();
      await Dexie.delete(name);
    }
  });
});
