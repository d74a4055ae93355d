import { describe, expect, it } from 'vitest';
import { backupBlob, checkBackup, restoreBackup } from '../../storage/backup';
import { BUILT_IN_CAMPAIGN, ensureBuiltInCampaign } from '../../storage/campaigns';
import { db } from '../../storage/db';
import { setPledgeCount, saveNote } from '../../storage/entries';
import { saveProfile } from '../../storage/profile';

const campaign = BUILT_IN_CAMPAIGN;

async function everything() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

async function recordSomeDays() {
  await ensureBuiltInCampaign('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Đặng Văn Bình', department: 'ldvp' }, campaign, '2024-06-01T00:00:00Z');
  await setPledgeCount({ campaign, date: '2024-06-10', pledgeId: 'tree-planting', count: 4, today: '2024-06-12', at: '2024-06-12T01:00:00Z' });
  await setPledgeCount({ campaign, date: '2024-06-12', pledgeId: 'no-nylon-bags', count: 1, today: '2024-06-12', at: '2024-06-12T01:01:00Z' });
  await saveNote({ campaign, date: '2024-06-12', note: '=Trồng ở vườn Chi đoàn', today: '2024-06-12', at: '2024-06-12T01:02:00Z' });
}

const file = (text: string) => new Blob([text], { type: 'application/json' });

describe('backup and restore', () => {
  it('restores exactly what was backed up after the data was cleared', async () => {
    await recordSomeDays();
    const before = await everything();
    const backup = await backupBlob();
    await Promise.all(db.tables.map((t) => t.clear()));
    expect((await everything()).entries).toEqual([]);
    expect(await restoreBackup(backup)).toMatchObject({ ok: true });
    expect(await everything()).toEqual(before);
  });

  it.each([
    ['an empty file', '', 'json'],
    ['truncated JSON', '{"formatName":"dexie","data":{', 'json'],
    ['JSON that is not a backup', '{"format":"green-office/campaign"}', 'backup-format'],
    ['another app’s Dexie backup', JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'someone-else', databaseVersion: 1, tables: [], data: [] } }), 'backup-foreign'],
    ['a backup from a newer app', JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'green-office', databaseVersion: 99, tables: [], data: [] } }), 'version-newer'],
    ['a backup with an unknown table', JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'green-office', databaseVersion: 1, tables: [], data: [{ tableName: 'passwords', inbound: true, rows: [] }] } }), 'backup-foreign'],
  ])('refuses %s and leaves the current data untouched', async (_name, text, rule) => {
    await recordSomeDays();
    const before = await everything();
    expect(await checkBackup(file(text))).toMatchObject({ ok: false, issue: { rule } });
    expect(await restoreBackup(file(text))).toMatchObject({ ok: false, issue: { rule } });
    expect(await everything()).toEqual(before);
  });

  it('refuses a backup whose rows break the store, leaving the current data untouched', async () => {
    await recordSomeDays();
    const before = await everything();
    const damaged = JSON.parse(await (await backupBlob()).text());
    const entries = damaged.data.data.find((t: { tableName: string }) => t.tableName === 'entries');
    entries.rows.push({ note: 'no key fields at all' });
    expect(await restoreBackup(file(JSON.stringify(damaged)))).toMatchObject({ ok: false, issue: { rule: 'backup-damaged' } });
    expect(await everything()).toEqual(before);
  });
});
