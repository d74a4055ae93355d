import { describe, expect, it } from 'vitest';
import { backupBlob, restoreBackup } from '@/storage/backup/backup';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import type { FileIssue } from '@/storage/files/file-issues';
import { saveProfile } from '@/storage/staff/profile';
import { recordOnBuiltIn, startOnBuiltIn } from '@/tests/fixtures/campaign';
import { bytesFile, deeplyNested, everyRow, legacyEncoded, textFile, utf16le } from '@/tests/fixtures/damaged-files';

const campaign = BUILT_IN_CAMPAIGN;
const AT = '2024-06-20T00:00:00Z';

type Backup = {
  formatName: string;
  formatVersion: number;
  data: {
    tables: { name: string; rowCount: number }[];
    data: { tableName: string; rows: Record<string, unknown>[] }[];
  };
};

async function recordSomething() {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Đặng Văn Bình', department: 'ldvp' }, campaign, '2024-06-01T00:00:00Z');
  await recordOnBuiltIn('2024-06-12', 'tree-planting', 4, '2024-06-12', '2024-06-12T01:00:00Z');
}

/** The index of a table in the backup's data, and its rows. */
const table = (b: Backup, name: string) => {
  const index = b.data.data.findIndex((t) => t.tableName === name);
  return { index, rows: b.data.data[index]!.rows };
};
/** Keeps the header honest after a change of rows, so that the rule under test is the one broken. */
const recount = (b: Backup) => {
  for (const t of b.data.tables) t.rowCount = table(b, t.name).rows.length;
};

/** The issue's own damaged backups, and more: each made from a real backup of this install. */
const corpus: [string, (b: Backup) => string | Uint8Array, (b: Backup) => FileIssue][] = [
  [
    'whose header lists every table and row but whose data is empty',
    (b) => JSON.stringify({ ...b, data: { ...b.data, data: [] } }),
    () => ({ path: 'data.tables', rule: 'backup-header' }),
  ],
  [
    'whose entries were cut off while the header still counts them',
    (b) => {
      table(b, 'entries').rows.length = 0;
      return JSON.stringify(b);
    },
    (b) => ({ path: `data.tables[${b.data.tables.findIndex((t) => t.name === 'entries')}]`, rule: 'backup-header' }),
  ],
  [
    'in which the built-in campaign’s row was damaged to its id alone',
    (b) => {
      const { rows } = table(b, 'campaigns');
      rows[0] = { id: rows[0]!.id, campaign: { id: rows[0]!.id } };
      return JSON.stringify(b);
    },
    (b) => ({ path: `data.data[${table(b, 'campaigns').index}].rows[0].campaign`, rule: 'backup-damaged' }),
  ],
  [
    'made by a newer export format (formatVersion 99)',
    (b) => JSON.stringify({ ...b, formatVersion: 99 }),
    () => ({ path: 'formatVersion', rule: 'version-newer' }),
  ],
  [
    'with a __proto__ key in a row',
    (b) => JSON.stringify(b).replace('"participantId":', '"__proto__":{"isAdmin":true},"participantId":'),
    (b) => ({ path: `data.data[${table(b, 'profile').index}].rows[0].__proto__`, rule: 'forbidden-key' }),
  ],
  [
    'without the profile, which would send the popup back to first-run set-up',
    (b) => {
      table(b, 'profile').rows.length = 0;
      recount(b);
      return JSON.stringify(b);
    },
    () => ({ path: 'data.data', rule: 'backup-incomplete' }),
  ],
  [
    'whose settings record into a campaign it does not hold',
    (b) => {
      table(b, 'settings').rows[0]!.activeCampaignId = 'some-other-campaign';
      return JSON.stringify(b);
    },
    () => ({ path: 'data.data', rule: 'backup-incomplete' }),
  ],
  [
    'whose settings are in a language the extension does not speak',
    (b) => {
      table(b, 'settings').rows[0]!.language = 'fr';
      return JSON.stringify(b);
    },
    (b) => ({ path: `data.data[${table(b, 'settings').index}].rows[0].language`, rule: 'backup-damaged' }),
  ],
  [
    'with a pledge count that is not a number',
    (b) => {
      table(b, 'entries').rows[0]!.count = 'bốn';
      return JSON.stringify(b);
    },
    (b) => ({ path: `data.data[${table(b, 'entries').index}].rows[0].count`, rule: 'backup-damaged' }),
  ],
  [
    'whose campaign row is filed under another id than its campaign’s',
    (b) => {
      table(b, 'campaigns').rows[0]!.id = 'renamed';
      return JSON.stringify(b);
    },
    (b) => ({ path: `data.data[${table(b, 'campaigns').index}].rows[0]`, rule: 'backup-damaged' }),
  ],
  [
    'with the same entry twice (the store refuses the second)',
    (b) => {
      const { rows } = table(b, 'entries');
      rows.push({ ...rows[0]! });
      recount(b);
      return JSON.stringify(b);
    },
    () => ({ path: '', rule: 'backup-damaged' }),
  ],
  [
    'that lists a table twice',
    (b) => {
      b.data.data.push({ ...table(b, 'notes'), tableName: 'notes' } as never);
      return JSON.stringify(b);
    },
    (b) => ({ path: `data.data[${b.data.data.length}].tableName`, rule: 'backup-header' }),
  ],
  [
    'with a row nested 200,000 levels deep',
    (b) => {
      const text = JSON.stringify(b);
      return text.replace('"participantId":', `"junk":${'['.repeat(200_000)}${']'.repeat(200_000)},"participantId":`);
    },
    (b) => ({
      // Shortened in the middle, as the person reads it (59 `[0]` in the file).
      path: `data.data[${table(b, 'profile').index}].rows[0].junk[0][0][0]…[0][0][0]`,
      rule: 'too-deep',
    }),
  ],
  [
    'saved again in a legacy 8-bit encoding',
    (b) => legacyEncoded(JSON.stringify(b)),
    () => ({ path: '', rule: 'encoding' }),
  ],
  ['saved again as UTF-16', (b) => utf16le(JSON.stringify(b)), () => ({ path: '', rule: 'encoding' })],
  [
    'whose export format version is missing',
    ({ formatVersion: _v, ...b }) => JSON.stringify(b),
    () => ({ path: 'formatVersion', rule: 'backup-format' }),
  ],
];

describe('a damaged backup is refused whole, and every table stays as it was (issue #10)', () => {
  it.each(corpus)('refuses a backup %s', async (_name, damage, issue) => {
    await recordSomething();
    const backup = JSON.parse(await (await backupBlob()).text()) as Backup;
    const before = await everyRow();
    const damaged = damage(structuredClone(backup));
    const file = typeof damaged === 'string' ? textFile('sao-luu.json', damaged) : bytesFile('sao-luu.json', damaged);
    expect(await restoreBackup(file, AT)).toEqual({ ok: false, issue: issue(backup) });
    expect(await everyRow()).toEqual(before);
  });

  it('refuses a file nested deeply from its top, without overflowing the stack', async () => {
    await recordSomething();
    const before = await everyRow();
    const text = deeplyNested({ formatName: 'dexie', formatVersion: 1 }, 'data');
    expect(await restoreBackup(textFile('sao-luu.json', text), AT)).toMatchObject({ ok: false });
    expect(await everyRow()).toEqual(before);
  });

  it('still restores an untouched backup, after all these checks', async () => {
    await recordSomething();
    const backup = await backupBlob();
    const { settings: _s, ...before } = await everyRow();
    expect(await restoreBackup(backup, AT)).toMatchObject({ ok: true });
    const { settings: _t, ...after } = await everyRow();
    expect(after).toEqual(before);
  });
});
