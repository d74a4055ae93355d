import { describe, expect, it } from 'vitest';
import { readAdmin, setAdminMode, setHeadcount } from '@/storage/admin/office';
import { importRoster } from '@/storage/admin/roster';
import { summaryFormat } from '@/storage/admin/summaries';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import { campaignOf, startOnBuiltIn } from '@/tests/fixtures/campaign';
import { storedSettings } from '@/tests/fixtures/stored';
import { generateSummaries, summaryFile } from '@/tests/fixtures/summaries.js';

// The admin office of the built-in campaign: kinh-te is "Phòng Kinh tế" / "Economic Affairs Department".
const campaign = BUILT_IN_CAMPAIGN;
const ID = campaign.id;
const AT = '2024-07-01T09:00:00+07:00';

describe('a department headcount', () => {
  const headcounts = async () => (await readAdmin(ID)).headcounts.map((h) => [h.department, h.headcount]);

  it('is set, changed, and cleared with null back to the campaign file’s', async () => {
    await setHeadcount(ID, 'kinh-te', 12);
    await setHeadcount(ID, 'ldvp', 0);
    expect(await headcounts()).toEqual(
      expect.arrayContaining([
        ['kinh-te', 12],
        ['ldvp', 0],
      ]),
    );
    await setHeadcount(ID, 'kinh-te', 15);
    expect(await headcounts()).toEqual(
      expect.arrayContaining([
        ['kinh-te', 15],
        ['ldvp', 0],
      ]),
    );
    await setHeadcount(ID, 'kinh-te', null);
    expect(await headcounts()).toEqual([['ldvp', 0]]);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 100_001])(
    'refuses %s and keeps the one it had',
    async (n) => {
      await setHeadcount(ID, 'kinh-te', 12);
      await expect(setHeadcount(ID, 'kinh-te', n)).rejects.toThrow(RangeError);
      expect(await headcounts()).toEqual([['kinh-te', 12]]);
    },
  );
});

describe('the admin section', () => {
  it('is turned on and off, and the change is timed', async () => {
    await startOnBuiltIn('2024-06-05T08:00:00+07:00');
    await setAdminMode(true, AT);
    expect(await storedSettings()).toMatchObject({ adminMode: true, updatedAt: AT });
    await setAdminMode(false, '2024-07-02T09:00:00+07:00');
    expect(await storedSettings()).toMatchObject({ adminMode: false, updatedAt: '2024-07-02T09:00:00+07:00' });
  });

  it('keeps the other settings as they were', async () => {
    await startOnBuiltIn('2024-06-05T08:00:00+07:00');
    const before = await storedSettings();
    await setAdminMode(true, AT);
    expect(await storedSettings()).toEqual({ ...before, adminMode: true, updatedAt: AT });
  });
});

describe('what the admin office has kept', () => {
  const { summaries } = generateSummaries({ campaign, people: 8, seed: 21 });
  const importAt = async (at: string, from: number, to: number) =>
    commitFiles(
      summaryFormat,
      await previewFiles(
        summaryFormat,
        summaries.slice(from, to).map((s) => summaryFile(s)),
        campaign,
      ),
      ID,
      at,
    );

  it('lists the merge log newest import first', async () => {
    await importAt('2024-07-01T09:00:00+07:00', 0, 1);
    await importAt('2024-07-03T09:00:00+07:00', 1, 2);
    await importAt('2024-07-02T09:00:00+07:00', 2, 3);
    const { mergeLog } = await readAdmin(ID);
    expect(mergeLog.map((l) => l.at)).toEqual([
      '2024-07-03T09:00:00+07:00',
      '2024-07-02T09:00:00+07:00',
      '2024-07-01T09:00:00+07:00',
    ]);
  });

  // Questionable (storage/admin/office.ts, readAdmin): every line of one import shares its `at`, and
  // ties fall back to the random line id, so within one import the lines come back in random
  // order rather than the last file first. (8 files: a chance pass is 1 in 40 320.)
  it('lists the lines of one import newest first too (the last file first)', async () => {
    const lines = await importAt(AT, 0, 8);
    const { mergeLog } = await readAdmin(ID);
    expect(mergeLog.map((l) => l.fileName)).toEqual(lines.map((l) => l.fileName).reverse());
  });

  it('holds only the chosen campaign’s submissions, log, staff list and headcounts', async () => {
    const other = campaignOf();
    const theirs = generateSummaries({ campaign: other, people: 2, seed: 4 }).summaries;
    await commitFiles(
      summaryFormat,
      await previewFiles(
        summaryFormat,
        theirs.map((s) => summaryFile(s)),
        other,
      ),
      other.id,
      AT,
    );
    await importRoster(other, 'Nguyễn Thị Lan,ldvp\n');
    await setHeadcount(other.id, 'ldvp', 4);
    await importAt(AT, 0, 3);
    await importRoster(campaign, 'Phạm Thu Hà,kinh-te\n');
    const mine = await readAdmin(ID);
    expect(mine.submissions.map((s) => s.participantId).sort()).toEqual(
      summaries
        .slice(0, 3)
        .map((s) => s.participant.id)
        .sort(),
    );
    expect(mine.mergeLog).toHaveLength(3);
    expect(mine.roster.map((r) => r.name)).toEqual(['Phạm Thu Hà']);
    expect(mine.headcounts).toEqual([]);
  });

  it('is empty before anything was merged', async () => {
    expect(await readAdmin(ID)).toEqual({ submissions: [], mergeLog: [], roster: [], headcounts: [], held: [] });
  });
});
