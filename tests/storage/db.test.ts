import { describe, expect, it } from 'vitest';
import { db, GreenOfficeDb } from '../../storage/db';

/**
 * Version 1 of the database as released. Dexie versions are append-only: if this test fails
 * because version 1 was edited, add a version 2 with an upgrade (and a fixture test of the
 * version 1 shape) instead.
 */
const VERSION_1 = {
  profile: { primaryKey: 'key', indexes: [] },
  settings: { primaryKey: 'key', indexes: [] },
  campaigns: { primaryKey: 'id', indexes: [] },
  entries: { primaryKey: '[campaignId+date+pledgeId]', indexes: ['[campaignId+date]', 'campaignId'] },
  notes: { primaryKey: '[campaignId+date]', indexes: ['campaignId'] },
  changes: { primaryKey: 'id', indexes: ['[campaignId+seq]'] },
};

describe('the database', () => {
  it('opens at version 1', async () => {
    await db.open();
    expect(db.verno).toBe(1);
  });

  it('has the tables, primary keys and indexes of version 1', async () => {
    await db.open();
    const schema = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        { primaryKey: table.schema.primKey.src, indexes: table.schema.indexes.map((index) => index.src).sort() },
      ]),
    );
    expect(schema).toEqual(VERSION_1);
  });

  it('created exactly those object stores in IndexedDB', async () => {
    await db.open();
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(Object.keys(VERSION_1).sort());
  });

  it('keys entries by campaign, date and pledge, so one pledge has one row a day', async () => {
    const fresh = new GreenOfficeDb('green-office-key-test');
    try {
      const row = { campaignId: 'c', date: '2024-06-12', pledgeId: 'p', late: false, recordedAt: '', updatedAt: '', deleted: false };
      await fresh.entries.put({ ...row, count: 1 });
      await fresh.entries.put({ ...row, count: 2 });
      expect(await fresh.entries.toArray()).toEqual([{ ...row, count: 2 }]);
      expect(await fresh.entries.get(['c', '2024-06-12', 'p'])).toMatchObject({ count: 2 });
    } finally {
      await fresh.delete();
    }
  });
});
