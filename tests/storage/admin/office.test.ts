import { describe, expect, it } from 'vitest';
import { commitImport } from '@/storage/admin/commit';
import { previewImport } from '@/storage/admin/import';
import { importRoster, readAdmin, setAdminMode, setHeadcount } from '@/storage/admin/office';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { getSettings } from '@/storage/staff/settings';
import { campaignOf, startOnBuiltIn } from '@/tests/fixtures/campaign';
import { generateSummaries, summaryFile } from '@/tests/fixtures/summaries.js';

// The admin office of the built-in campaign: kinh-te is "Phòng Kinh tế" / "Economic Affairs Department".
const campaign = BUILT_IN_CAMPAIGN;
const ID = campaign.id;
const AT = '2024-07-01T09:00:00+07:00';

const staffList = async () => (await readAdmin(ID)).roster.map((r) => [r.name, r.department]);

describe('the staff list', () => {
  it('is read with a Vietnamese header row, whose "Phòng, ban" holds a comma inside quotes', async () => {
    const csv = 'Họ và tên,"Phòng, ban"\nNguyễn Thị Lan,ldvp\nTrần Văn Bình,Phòng Kinh tế\n';
    expect(await importRoster(campaign, csv)).toEqual({ ok: true, rows: 2 });
    expect(await staffList()).toEqual(
      expect.arrayContaining([
        ['Nguyễn Thị Lan', 'ldvp'],
        ['Trần Văn Bình', 'kinh-te'],
      ]),
    );
  });

  it('is read without a header row', async () => {
    expect(await importRoster(campaign, 'Nguyễn Thị Lan,ldvp\r\nTrần Văn Bình,kinh-te\r\n')).toEqual({
      ok: true,
      rows: 2,
    });
    expect(await staffList()).toHaveLength(2);
  });

  it.each([
    ['its id', 'kinh-te'],
    ['its Vietnamese name', 'Phòng Kinh tế'],
    ['its English name', 'Economic Affairs Department'],
    ['its name in capitals', 'PHÒNG KINH TẾ'],
    ['its id with spaces around', '  kinh-te  '],
  ])('takes a department given by %s', async (_how, department) => {
    expect(await importRoster(campaign, `Họ và tên,Phòng\nLê Minh Châu,${department}\n`)).toEqual({
      ok: true,
      rows: 1,
    });
    expect(await staffList()).toEqual([['Lê Minh Châu', 'kinh-te']]);
  });

  it('reads a file that starts with a byte order mark, as Excel saves “CSV UTF-8”', async () => {
    expect(await importRoster(campaign, '\uFEFFNguyễn Thị Lan,ldvp\nHoàng Đức Cường,ldvp\n')).toEqual({
      ok: true,
      rows: 2,
    });
    expect(await staffList()).toEqual(
      expect.arrayContaining([
        ['Nguyễn Thị Lan', 'ldvp'],
        ['Hoàng Đức Cường', 'ldvp'],
      ]),
    );
  });

  it('keeps names as written, a comma inside quotes or a leading = included', async () => {
    const csv = 'Họ và tên,Phòng\n"Lê, Văn Tám",ldvp\n"=HYPERLINK(""http://x"",""y"")",ldvp\n';
    expect(await importRoster(campaign, csv)).toEqual({ ok: true, rows: 2 });
    expect((await staffList()).map(([name]) => name).sort()).toEqual(
      ['=HYPERLINK("http://x","y")', 'Lê, Văn Tám'].sort(),
    );
  });

  it('replaces the previous list whole', async () => {
    await importRoster(campaign, 'Nguyễn Thị Lan,ldvp\nTrần Văn Bình,ldvp\n');
    await importRoster(campaign, 'Phạm Thu Hà,kinh-te\n');
    expect(await staffList()).toEqual([['Phạm Thu Hà', 'kinh-te']]);
  });

  it('of one campaign leaves another campaign’s list alone', async () => {
    const other = campaignOf();
    await importRoster(other, 'Nguyễn Thị Lan,ldvp\n');
    await importRoster(campaign, 'Phạm Thu Hà,kinh-te\n');
    await importRoster(campaign, 'Trần Văn Bình,ldvp\n');
    expect((await readAdmin(other.id)).roster.map((r) => r.name)).toEqual(['Nguyễn Thị Lan']);
  });

  it.each([
    ['a department the campaign does not have', 'Trần Văn Bình,Phòng Tài chính', 'department-unknown'],
    ['no department', 'Trần Văn Bình', 'department-unknown'],
    ['an empty name', ',ldvp', 'participant-name'],
    ['a name of blanks', '   ,ldvp', 'participant-name'],
    ['a name of 101 characters', `${'Ư'.repeat(101)},ldvp`, 'participant-name'],
  ])('is refused for %s, naming the row, and the previous list stays', async (_name, row, rule) => {
    await importRoster(campaign, 'Nguyễn Thị Lan,ldvp\n');
    const before = (await readAdmin(ID)).roster;
    const result = await importRoster(
      campaign,
      `Họ và tên,"Phòng, ban"\nHoàng Đức Cường,ldvp\n${row}\nPhạm Thu Hà,kinh-te\n`,
    );
    expect(result).toEqual({ ok: false, issue: { path: 'row 3', rule } });
    expect((await readAdmin(ID)).roster).toEqual(before);
  });

  it.each([
    ['an empty file', ''],
    ['a header row only', 'Họ và tên,"Phòng, ban"\n'],
    ['blank lines only', '\n , \n\n'],
    ['a byte order mark only', '\uFEFF'],
  ])('is refused when empty (%s), and the previous list stays', async (_name, csv) => {
    await importRoster(campaign, 'Nguyễn Thị Lan,ldvp\n');
    const before = (await readAdmin(ID)).roster;
    expect(await importRoster(campaign, csv)).toEqual({ ok: false, issue: { path: '', rule: 'roster-empty' } });
    expect((await readAdmin(ID)).roster).toEqual(before);
  });

  // A bug this test caught, since fixed (storage/admin/office.ts, importRoster); it was: any first row whose department is not recognised is
  // taken for a header and skipped, so a list without a header whose first person has a
  // mistyped department is accepted with that person silently left out.
  it('refuses a first row with an unknown department instead of skipping it as a header', async () => {
    const result = await importRoster(campaign, 'Nguyễn Thị Lan,Phòng Tài chính\nTrần Văn Bình,ldvp\n');
    expect(result).toEqual({ ok: false, issue: { path: 'row 1', rule: 'department-unknown' } });
  });

  // A bug this test caught, since fixed (storage/admin/office.ts, importRoster); it was: rows are numbered after blank lines are dropped, so
  // the row named in the refusal is not the line the admin sees in the spreadsheet.
  it('names the line of the file when a blank line comes before the bad row', async () => {
    const result = await importRoster(
      campaign,
      'Họ và tên,Phòng\n\nHoàng Đức Cường,ldvp\nTrần Văn Bình,Phòng Tài chính\n',
    );
    expect(result).toEqual({ ok: false, issue: { path: 'row 4', rule: 'department-unknown' } });
  });
});

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
    expect(await getSettings()).toMatchObject({ adminMode: true, updatedAt: AT });
    await setAdminMode(false, '2024-07-02T09:00:00+07:00');
    expect(await getSettings()).toMatchObject({ adminMode: false, updatedAt: '2024-07-02T09:00:00+07:00' });
  });

  it('keeps the other settings as they were', async () => {
    await startOnBuiltIn('2024-06-05T08:00:00+07:00');
    const before = await getSettings();
    await setAdminMode(true, AT);
    expect(await getSettings()).toEqual({ ...before, adminMode: true, updatedAt: AT });
  });
});

describe('what the admin office has kept', () => {
  const { summaries } = generateSummaries({ campaign, people: 8, seed: 21 });
  const importAt = async (at: string, from: number, to: number) =>
    commitImport(
      await previewImport(
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
    await commitImport(
      await previewImport(
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
