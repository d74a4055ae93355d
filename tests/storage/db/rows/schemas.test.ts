import { describe, expect, it } from 'vitest';
import { deleteActivity, saveActivity } from '@/storage/activities/store';
import { setHeadcount } from '@/storage/admin/office';
import { importRoster } from '@/storage/admin/roster';
import { summaryFormat } from '@/storage/admin/summaries';
import { reportFormat } from '@/storage/agencies/reports';
import { backupBlob, restoreBackup } from '@/storage/backup/backup';
import { NOT_BACKED_UP } from '@/storage/backup/check';
import { buildBulletin, loadBulletinFile } from '@/storage/bulletin/store';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { ROW_SCHEMAS } from '@/storage/db/rows/schemas';
import { defaultDetails } from '@/storage/report/details';
import { saveReportDetails } from '@/storage/report/store';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import { saveNote, setPledgeCount } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import { signSummary } from '@/storage/summary/signing';
import { photoDraft, turnOut } from '@/tests/fixtures/activities';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';
import { everyRow } from '@/tests/fixtures/damaged-files';
import {
  generateReports,
  levelAboveCampaign,
  reportFile,
  reportKeyPair,
  signReport,
} from '@/tests/fixtures/reports.js';
import { generateSummaries, summaryFile, textFile } from '@/tests/fixtures/summaries.js';

const campaign = BUILT_IN_CAMPAIGN;

/** Every table filled through the code that fills it: a person's days, and the admin office's whole loop. */
async function fillEveryTable() {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Hà Thị Thu', department: 'tong-hop' }, campaign, '2024-06-01T00:00:00Z');
  const day = { campaign, today: '2024-06-12', at: '2024-06-12T02:00:00Z' };
  await setPledgeCount({ ...day, date: '2024-06-12', pledgeId: 'tree-planting', count: 2 });
  await setPledgeCount({ ...day, date: '2024-06-12', pledgeId: 'tree-planting', count: 0 });
  await saveNote({ ...day, date: '2024-06-12', note: 'Trồng ở vườn' });
  const [a, b] = generateSummaries({ campaign, people: 2, seed: 7 }).summaries;
  const signed = await signSummary(a!, '2024-07-01T10:00:00+07:00');
  const first = await previewFiles(
    summaryFormat,
    [summaryFile(signed), summaryFile(b!), textFile('x.json', '{')],
    campaign,
  );
  await commitFiles(summaryFormat, first, campaign.id, '2024-07-01T03:00:00Z');
  await db.keys.clear();
  const otherKey = await signSummary({ ...a!, revision: a!.revision + 1 }, '2024-07-01T10:00:00+07:00');
  await commitFiles(
    summaryFormat,
    await previewFiles(summaryFormat, [summaryFile(otherKey)], campaign),
    campaign.id,
    '2024-07-02T03:00:00Z',
  );
  await importRoster(campaign, 'Nguyễn Thị Lan,ldvp\n');
  await setHeadcount(campaign.id, 'ldvp', 5);
  const admin = {
    submissions: await db.submissions.toArray(),
    headcounts: await db.headcounts.toArray(),
    roster: await db.roster.toArray(),
  };
  const bulletin = buildBulletin(campaign, admin, '2024-07-02T10:00:00+07:00');
  await loadBulletinFile(textFile('b.json', JSON.stringify(bulletin)), '2024-07-02T04:00:00Z');
  const details = { ...defaultDetails(campaign, (l) => l.vi, 'Lưu: VT'), signer: 'Hoàng Văn Minh' };
  await saveReportDetails(campaign.id, details, '2024-07-02T05:00:00Z');
  // What the office organised, with a photo's bytes, and a deleted activity's tombstone.
  await saveActivity(campaign.id, turnOut(), [photoDraft('p-1')], '2024-07-02T05:30:00Z', 'a-1');
  await saveActivity(campaign.id, { ...turnOut(), title: 'Bỏ' }, [], '2024-07-02T05:31:00Z', 'a-2');
  await deleteActivity('a-2', '2024-07-02T05:32:00Z');
  // The level above's tables (issue #15): a kept signed report, its pinned key, a held one, the log.
  const above = levelAboveCampaign({ agencies: 1, silent: 0 });
  const [report] = generateReports({ campaign: above, agencies: 1, departments: 2, days: 3 }).reports;
  const signedReport = await signReport(report!, await reportKeyPair());
  await commitFiles(
    reportFormat,
    await previewFiles(reportFormat, [reportFile(signedReport)], above),
    above.id,
    '2024-07-03T03:00:00Z',
  );
  const other = await signReport({ ...report!, generatedAt: '2024-07-02T09:00:00+07:00' }, await reportKeyPair());
  await commitFiles(
    reportFormat,
    await previewFiles(reportFormat, [reportFile(other)], above),
    above.id,
    '2024-07-03T04:00:00Z',
  );
}

describe('what the current schema can hold, table by table (issue #10)', () => {
  it('has a row schema for every table a backup holds (a new table needs one, or its backups are refused)', () => {
    const backedUp = db.tables.map((t) => t.name).filter((name) => !NOT_BACKED_UP.includes(name));
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual(backedUp.sort());
  });

  it('holds every row the extension itself writes: a backup of every table restores exactly', async () => {
    await fillEveryTable();
    const { settings: _s, keys: _k, ...before } = await everyRow();
    for (const [name, rows] of Object.entries(before)) expect(rows.length, name).toBeGreaterThan(0);
    const backup = await backupBlob();
    await Promise.all(db.tables.map((t) => t.clear()));
    expect(await restoreBackup(backup, '2024-07-03T00:00:00Z')).toMatchObject({ ok: true });
    const { settings: _t, keys: _l, ...after } = await everyRow();
    expect(after).toEqual(before);
  });
});
