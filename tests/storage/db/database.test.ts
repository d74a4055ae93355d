import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db, GreenOfficeDb } from '@/storage/db/database';
import v1Rows from '@/tests/fixtures/db-v1.json';
import v2Rows from '@/tests/fixtures/db-v2.json';
import v3Rows from '@/tests/fixtures/db-v3.json';
import v4Rows from '@/tests/fixtures/db-v4.json';
import v5Rows from '@/tests/fixtures/db-v5.json';
import { releasedDatabase } from '@/tests/fixtures/released-database';

/**
 * The database's versions as released. Dexie versions are append-only: if this test fails
 * because an old version was edited, add a new version instead (with an upgrade, and a
 * fixture test of the old shape below).
 */
const VERSION_1 = {
  profile: { primaryKey: 'key', indexes: [] },
  settings: { primaryKey: 'key', indexes: [] },
  campaigns: { primaryKey: 'id', indexes: [] },
  entries: { primaryKey: '[campaignId+date+pledgeId]', indexes: ['[campaignId+date]', 'campaignId'] },
  notes: { primaryKey: '[campaignId+date]', indexes: ['campaignId'] },
  changes: { primaryKey: 'id', indexes: ['[campaignId+seq]'] },
};
const VERSION_2 = {
  ...VERSION_1,
  submissions: { primaryKey: '[campaignId+participantId]', indexes: ['campaignId'] },
  mergeLog: { primaryKey: 'id', indexes: ['[campaignId+at]'] },
  roster: { primaryKey: '[campaignId+id]', indexes: ['campaignId'] },
  headcounts: { primaryKey: '[campaignId+department]', indexes: ['campaignId'] },
};

const VERSION_3 = {
  ...VERSION_2,
  keys: { primaryKey: 'id', indexes: [] },
  pins: { primaryKey: 'participantId', indexes: [] },
  held: { primaryKey: 'id', indexes: ['campaignId'] },
  bulletins: { primaryKey: 'campaignId', indexes: [] },
};

const VERSION_4 = {
  ...VERSION_3,
  reportDetails: { primaryKey: 'campaignId', indexes: [] },
};

const VERSION_5 = {
  ...VERSION_4,
  agencyReports: {
    primaryKey: '[campaignId+organisationId+periodStart+periodEnd]',
    indexes: ['campaignId'],
  },
  agencyTotals: {
    primaryKey: '[campaignId+organisationId+periodStart+periodEnd]',
    indexes: ['campaignId'],
  },
  agencyPins: { primaryKey: 'organisationId', indexes: [] },
  agencyHeld: { primaryKey: 'id', indexes: ['campaignId'] },
  agencyLog: { primaryKey: 'id', indexes: ['[campaignId+at]'] },
};

const VERSION_6 = {
  ...VERSION_5,
  digests: { primaryKey: '[campaignId+participantId]', indexes: ['campaignId'] },
};

const VERSION_7 = {
  ...VERSION_6,
  activities: { primaryKey: 'id', indexes: ['[campaignId+date]'] },
  photos: { primaryKey: 'id', indexes: ['activityId'] },
};

describe('the database', () => {
  it('opens at version 7', async () => {
    await db.open();
    expect(db.verno).toBe(7);
  });

  it('has the tables, primary keys and indexes of version 7', async () => {
    await db.open();
    const schema = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        { primaryKey: table.schema.primKey.src, indexes: table.schema.indexes.map((index) => index.src).sort() },
      ]),
    );
    expect(schema).toEqual(VERSION_7);
  });

  it('created exactly those object stores in IndexedDB', async () => {
    await db.open();
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(Object.keys(VERSION_7).sort());
  });

  it('keys entries by campaign, date and pledge, so one pledge has one row a day', async () => {
    const fresh = new GreenOfficeDb('green-office-key-test');
    try {
      const row = {
        campaignId: 'c',
        date: '2024-06-12',
        pledgeId: 'p',
        late: false,
        recordedAt: '',
        updatedAt: '',
        deleted: false,
      };
      await fresh.entries.put({ ...row, count: 1 });
      await fresh.entries.put({ ...row, count: 2 });
      expect(await fresh.entries.toArray()).toEqual([{ ...row, count: 2 }]);
      expect(await fresh.entries.get(['c', '2024-06-12', 'p'])).toMatchObject({ count: 2 });
    } finally {
      await fresh.delete();
    }
  });
});

describe('upgrading an install from version 1', () => {
  it('keeps every row of a version 1 database and adds the admin tables empty', async () => {
    const name = 'green-office-upgrade-test';
    const old = releasedDatabase(name, 1);
    const tables = ['profile', 'settings', 'entries', 'notes', 'changes'] as const;
    await old.open();
    for (const table of tables) await old.table(table).bulkAdd(v1Rows[table]);
    await old.table('campaigns').add({
      id: BUILT_IN_CAMPAIGN.id,
      campaign: BUILT_IN_CAMPAIGN,
      source: 'built-in',
      loadedAt: '2024-06-05T01:00:00.000Z',
    });
    old.close();

    const upgraded = new GreenOfficeDb(name);
    try {
      await upgraded.open();
      expect(upgraded.verno).toBe(7);
      for (const table of tables) expect(await upgraded.table(table).toArray()).toEqual(v1Rows[table]);
      expect((await upgraded.campaigns.get(BUILT_IN_CAMPAIGN.id))?.campaign).toEqual(BUILT_IN_CAMPAIGN);
      expect(await upgraded.submissions.count()).toBe(0);
      expect(await upgraded.mergeLog.count()).toBe(0);
      expect(await upgraded.keys.count()).toBe(0);
      expect(await upgraded.bulletins.count()).toBe(0);
      // The upgraded indexes answer queries on the old rows.
      expect(
        await upgraded.entries.where('[campaignId+date]').equals([BUILT_IN_CAMPAIGN.id, '2024-06-11']).count(),
      ).toBe(1);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});

describe('upgrading an install from version 2', () => {
  it('keeps the admin office’s submissions, log, staff list and headcounts', async () => {
    const name = 'green-office-upgrade-2-test';
    const old = releasedDatabase(name, 2);
    const tables = ['submissions', 'mergeLog', 'roster', 'headcounts'] as const;
    await old.open();
    for (const table of tables) await old.table(table).bulkAdd(v2Rows[table]);
    old.close();

    const upgraded = new GreenOfficeDb(name);
    try {
      await upgraded.open();
      expect(upgraded.verno).toBe(7);
      for (const table of tables) expect(await upgraded.table(table).toArray()).toEqual(v2Rows[table]);
      expect(await upgraded.pins.count()).toBe(0);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});

describe('upgrading an install from version 3', () => {
  it('keeps the pinned keys, held files and bulletins, and adds the report details empty', async () => {
    const name = 'green-office-upgrade-3-test';
    const old = releasedDatabase(name, 3);
    const tables = ['pins', 'held', 'bulletins'] as const;
    await old.open();
    for (const table of tables) await old.table(table).bulkAdd(v3Rows[table]);
    old.close();

    const upgraded = new GreenOfficeDb(name);
    try {
      await upgraded.open();
      expect(upgraded.verno).toBe(7);
      for (const table of tables) expect(await upgraded.table(table).toArray()).toEqual(v3Rows[table]);
      expect(await upgraded.held.where('campaignId').equals('backan-vp-wed-2024').count()).toBe(1);
      expect(await upgraded.reportDetails.count()).toBe(0);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});

describe('upgrading an install from version 4', () => {
  it('keeps the report details, and adds the level above’s tables empty', async () => {
    const name = 'green-office-upgrade-4-test';
    const old = releasedDatabase(name, 4);
    await old.open();
    await old.table('reportDetails').bulkAdd(v4Rows.reportDetails);
    await old.table('held').bulkAdd(v3Rows.held);
    old.close();

    const upgraded = new GreenOfficeDb(name);
    try {
      await upgraded.open();
      expect(upgraded.verno).toBe(7);
      expect(await upgraded.reportDetails.toArray()).toEqual(v4Rows.reportDetails);
      expect(await upgraded.held.toArray()).toEqual(v3Rows.held);
      for (const table of [upgraded.agencyReports, upgraded.agencyTotals, upgraded.agencyPins, upgraded.agencyHeld])
        expect(await table.count()).toBe(0);
      expect(await upgraded.agencyReports.where('campaignId').equals('backan-vp-wed-2024').count()).toBe(0);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});

describe('upgrading an install from version 5', () => {
  it('keeps the level above’s rows, and gives each kept submission its digest for the first figures', async () => {
    const name = 'green-office-upgrade-5-test';
    const old = releasedDatabase(name, 5);
    await old.open();
    const signedOne = {
      ...v2Rows.submissions[0]!,
      participantId: 'a9d8c7b6-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
      signed: true,
    };
    await old.table('submissions').bulkAdd([...v2Rows.submissions, signedOne]);
    const v5Tables = ['agencyReports', 'agencyTotals', 'agencyPins', 'agencyHeld', 'agencyLog'] as const;
    for (const table of v5Tables) await old.table(table).bulkAdd(v5Rows[table]);
    old.close();

    const upgraded = new GreenOfficeDb(name);
    try {
      await upgraded.open();
      expect(upgraded.verno).toBe(7);
      for (const table of v5Tables) expect(await upgraded.table(table).toArray()).toEqual(v5Rows[table]);
      expect(await upgraded.submissions.count()).toBe(2);
      const lan = {
        campaignId: 'backan-vp-wed-2024',
        participantId: '6f1c2e0a-3b7d-4f8e-9a21-5c4d3e2f1a0b',
        name: 'Nguyễn Thị Lan',
        department: 'hctc-qttv',
        signed: false,
        taken: '2024-06-10,2024-06-11',
      };
      expect(await upgraded.digests.where('campaignId').equals('backan-vp-wed-2024').sortBy('signed')).toEqual([
        lan,
        { ...lan, participantId: signedOne.participantId, signed: true },
      ]);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
