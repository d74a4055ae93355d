import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type MessageKey, translate } from '@/components/i18n';
import { withLimits } from '@/components/i18n/format';
import { viOptions } from '@/components/i18n/vi/options';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Summary } from '@/storage/summary/schema';
import type { Campaign } from '@/storage/types';
import { badSummaries, NAMES_LIKE_CODE } from '@/tests/fixtures/bad-summaries';
import { generateSummaries, summaryTotals, type Totals } from '@/tests/fixtures/summaries.js';
import {
  axeViolations,
  browserInVietnam,
  commitPicked,
  describeViolations,
  freshBrowsers,
  openAdmin,
  openAdminSection,
  pdfPageCount,
  pickSummaryFiles,
  REPORT_DAY,
  ROOT,
  writeSummaryFiles,
} from './helpers';
import { scratchFolders } from './scratch';
import { screenshotPath } from './screenshots';

// The admin office's section of the built extension in real Chromium, fed only as the office
// feeds it: summary files picked in the page's own file input, a staff list picked the same
// way, files downloaded through the page's buttons. Each test gets a fresh browser and
// profile, the clock pinned on Monday 1 July 2024, 10:00 in Vietnam (the built-in campaign
// ran 5–30 June 2024). Every figure is held against what the generator worked out from the
// files alone (tests/fixtures/summaries.js), never against product code.

browserInVietnam();

const campaign = campaignJson as unknown as Campaign;
const DEPARTMENT_IDS = campaign.departments.map((d) => d.id);
const departmentName = (id: string) => campaign.departments.find((d) => d.id === id)!.name.vi;
const WEEK_2 = { from: '2024-06-10', to: '2024-06-16' } as const;
/** A Vietnamese message of the product, as a file names it (`rule.json` …). */
/** A Vietnamese message as the page shows it, the limits it quotes filled in. */
const vi = (key: string): string | undefined =>
  key in viOptions ? translate('vi', key as MessageKey, withLimits()) : undefined;

const browserAt = freshBrowsers();
const scratchDir = scratchFolders('green-office-admin-');

/** A fresh browser on the report day, the admin section turned on, and a scratch folder. */
async function start(): Promise<{ page: Page; dir: string }> {
  const ext = await browserAt(REPORT_DAY);
  const page = await openAdminSection(ext.context, ext.extensionId);
  return { page, dir: await scratchDir() };
}

const eventually = <T>(read: () => Promise<T>, timeout = 15_000) => expect.poll(read, { timeout, interval: 100 });

/** "1.234" or "8,8" as the page writes numbers in Vietnamese → 1234 or 8.8; "–" → null. */
function viNumber(text: string): number | null {
  const t = text.replace(/\*$/, '').trim();
  if (t === '–' || t === '') return null;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

const departmentsTable = (page: Page) => page.getByRole('table', { name: 'Theo phòng, ban', exact: true });
const previewTable = (page: Page) => page.getByRole('table', { name: 'Kết quả kiểm tra từng tệp (chưa ghi gì)' });
const logTable = (page: Page) => page.getByRole('table', { name: /dòng mới nhất trên tổng số \d+/ });

/** Body rows of a table as { outcome, cells by column heading } (columns found by their headings). */
async function rowsByHeading(table: Locator): Promise<{ outcome: string | null; cells: Record<string, string> }[]> {
  return table.evaluate((element) => {
    const heads = [...element.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
    return [...element.querySelectorAll('tbody tr')].map((tr) => ({
      outcome: tr.getAttribute('data-outcome'),
      cells: Object.fromEntries([...tr.children].map((cell, i) => [heads[i] ?? String(i), cell.textContent ?? ''])),
    }));
  });
}
const FILE = 'Tệp';
const NAME = 'Họ và tên';
const REVISION = 'Lần xuất';
const REASON = 'Lý do';

interface DepartmentRow {
  submitted: number | null;
  tookPart: number | null;
  average: number | null;
  pledges: Record<string, number | null>;
}

/** Every row of the department table, as the page shows it. */
async function departmentRows(page: Page): Promise<Record<string, DepartmentRow>> {
  return departmentsTable(page)
    .evaluate((table) => {
      const rows: Record<
        string,
        { submitted: string; tookPart: string; average: string; pledges: Record<string, string> }
      > = {};
      for (const tr of table.querySelectorAll('tr[data-department]')) {
        const cell = (name: string) => tr.querySelector(`td[data-cell="${name}"]`)?.textContent ?? '';
        rows[tr.getAttribute('data-department')!] = {
          submitted: cell('submitted'),
          tookPart: cell('took-part'),
          average: cell('average'),
          pledges: Object.fromEntries(
            [...tr.querySelectorAll('td[data-pledge]')].map((td) => [
              td.getAttribute('data-pledge')!,
              td.textContent ?? '',
            ]),
          ),
        };
      }
      return rows;
    })
    .then((rows) =>
      Object.fromEntries(
        Object.entries(rows).map(([id, r]) => [
          id,
          {
            submitted: viNumber(r.submitted),
            tookPart: viNumber(r.tookPart),
            average: viNumber(r.average),
            pledges: Object.fromEntries(Object.entries(r.pledges).map(([p, n]) => [p, viNumber(n)])),
          },
        ]),
      ),
    );
}

/**
 * What the department table must say for the generator's totals: no headcount and no staff
 * list, so each department's denominator is the people who sent a file, and the average is
 * days taken part per such person, rounded to one decimal as the page shows it.
 */
function expectedRows(totals: Totals): Record<string, DepartmentRow> {
  return Object.fromEntries(
    Object.entries(totals.departments).map(([id, d]) => [
      id,
      {
        submitted: d.people,
        tookPart: d.tookPart,
        average: d.people === 0 ? null : Math.round((d.daysTakenPart / d.people) * 100) / 100,
        pledges: { ...d.pledges },
      },
    ]),
  );
}

/** Picks the period option that starts with `prefix` ("Tuần 2:") in "Khoảng thời gian". */
async function choosePeriod(page: Page, prefix: string): Promise<string> {
  const select = page.getByLabel('Khoảng thời gian');
  const labels = await select.locator('option').allTextContents();
  const label = labels.find((l) => l.startsWith(prefix));
  expect(label, `a period "${prefix}…" among ${labels.join(' | ')}`).toBeDefined();
  await select.selectOption({ label });
  return label!;
}

async function download(
  page: Page,
  button: string | RegExp,
): Promise<{ name: string; content: Buffer; download: Download }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), content: await readFile(await file.path()), download: file };
}

/** Imports summaries through the page's file input; returns the commit button's text and the status line. */
async function importSummaries(page: Page, dir: string, summaries: readonly Summary[], prefix = 'tong-hop') {
  const paths = await writeSummaryFiles(dir, summaries, prefix);
  const button = await pickSummaryFiles(page, paths);
  const status = await commitPicked(page, summaries.length);
  return { paths, button, status };
}

/**
 * "Đã xử lý 52 tệp: 3 mới · 0 cập nhật (lần xuất mới hơn) · … · 49 bị từ chối." → the number of
 * files and each outcome's count, by its Vietnamese words.
 */
function statusCounts(status: string): { files: number; counts: Record<string, number> } {
  const match = /^Đã xử lý ([\d.]+) tệp: (.*)\.$/.exec(status.trim());
  expect(match, `a status line "Đã xử lý N tệp: …": ${status}`).not.toBeNull();
  const counts = Object.fromEntries(
    match![2]!.split(' · ').map((part) => {
      const [, n, words] = /^([\d.]+) (.+)$/.exec(part)!;
      return [words!, Number(n!.replace(/\./g, ''))];
    }),
  );
  return { files: Number(match![1]!.replace(/\./g, '')), counts };
}

/** The status says `files` files, the outcomes in `wanted` with those counts and every other outcome 0. */
function expectStatus(status: string, files: number, wanted: Record<string, number>, soft = false): void {
  const read = statusCounts(status);
  const expected = Object.fromEntries(Object.keys(read.counts).map((k) => [k, wanted[k] ?? 0]));
  (soft ? expect.soft : expect)({ files: read.files, counts: read.counts }, status).toEqual({
    files,
    counts: { ...expected, ...wanted },
  });
}

const NEW = 'mới';
const UPDATED = 'cập nhật (lần xuất mới hơn)';
const OLDER = 'lần xuất cũ hơn, bỏ qua';
const REFUSED = 'bị từ chối';

describe('admin section', () => {
  test('200 summaries imported through the file input give the generator\u2019s own figures', async () => {
    const { page, dir } = await start();
    const { summaries, totals } = generateSummaries({ campaign, people: 200, seed: 20240701 });
    // Every department has people, and some of them never took part: the figures differ.
    for (const id of DEPARTMENT_IDS) expect(totals.departments[id]!.people).toBeGreaterThan(20);
    expect(Object.values(totals.departments).some((d) => d.tookPart < d.people)).toBe(true);

    const paths = await writeSummaryFiles(dir, summaries);
    expect(await pickSummaryFiles(page, paths)).toBe('Ghi vào dữ liệu (200 tệp mới hoặc cập nhật)');
    await expect.poll(() => previewTable(page).locator('tbody tr[data-outcome="new"]').count()).toBe(200);
    expect(await previewTable(page).locator('tbody tr:not([data-outcome="new"])').count()).toBe(0);
    expectStatus(await commitPicked(page, 200), 200, { [NEW]: 200 });
    await openAdmin(page, 'figures');
    await page.getByText('Đang giữ tệp tổng hợp của 200 người.').waitFor();

    await eventually(() => departmentRows(page)).toEqual(expectedRows(totals));

    // Week 2 (Monday 10 to Sunday 16 June): the same people, only that week's days.
    const label = await choosePeriod(page, 'Tuần 2:');
    expect(label).toBe('Tuần 2: 10/06/2024 – 16/06/2024');
    expect(await page.getByLabel('Từ ngày').inputValue()).toBe(WEEK_2.from);
    expect(await page.getByLabel('Đến ngày').inputValue()).toBe(WEEK_2.to);
    const week = summaryTotals(summaries, campaign, WEEK_2);
    expect(week.departments.ldvp!.pledges).not.toEqual(totals.departments.ldvp!.pledges);
    await eventually(() => departmentRows(page)).toEqual(expectedRows(week));
  }, 180_000);

  test('every bad file is refused with its reason and writes nothing', async () => {
    const { page, dir } = await start();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });

    const bad = badSummaries();
    const paths: string[] = [];
    const expectedReason = new Map<string, { name: string; rule: string }>();
    for (const [i, b] of bad.entries()) {
      const fileName = `${String(i + 1).padStart(2, '0')}-${b.file.name}`;
      const path = join(dir, fileName);
      // The corpus's own bytes (the file over 5 MB is 8 MB of a valid summary padded with spaces).
      await writeFile(path, new Uint8Array(await new Response(b.file.stream()).arrayBuffer()));
      paths.push(path);
      expectedReason.set(fileName, { name: b.name, rule: b.rule });
    }
    expect((await readFile(paths[bad.findIndex((b) => b.rule === 'too-large')]!)).length).toBeGreaterThan(
      5 * 1024 * 1024,
    );

    // Three valid people from another seed, two of them named like code.
    const { summaries: valid } = generateSummaries({ campaign, people: 3, seed: 777 });
    valid[0]!.participant.name = NAMES_LIKE_CODE[0];
    valid[1]!.participant.name = NAMES_LIKE_CODE[1];
    const validPaths = await writeSummaryFiles(dir, valid, 'hop-le');
    const all = [...paths, ...validPaths];

    const button = await pickSummaryFiles(page, all);
    const preview = await rowsByHeading(previewTable(page));
    expect(preview).toHaveLength(all.length);
    const wrong: string[] = [];
    for (const row of preview) {
      const file = row.cells[FILE]!;
      const reason = row.cells[REASON] ?? '';
      const want = expectedReason.get(file);
      if (!want) {
        if (row.outcome !== 'new') wrong.push(`${file}: a valid file shown as ${row.outcome}`);
        continue;
      }
      const message = vi(`rule.${want.rule}`);
      if (row.outcome !== 'refused')
        wrong.push(`${file} (${want.name}): ${row.outcome}, should be refused (${want.rule})`);
      else if (!message || !reason.startsWith(message))
        wrong.push(`${file} (${want.name}): reason "${reason}", should start "${message}" (${want.rule})`);
      else if (!/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(reason))
        wrong.push(`${file}: reason "${reason}" is not Vietnamese`);
    }
    // Soft: one file wrongly let in must not hide what the rest of the test finds.
    expect.soft(wrong, 'bad files the preview got wrong').toEqual([]);
    expect.soft(button).toBe('Ghi vào dữ liệu (3 tệp mới hoặc cập nhật)');

    // Names like code are text in the preview: no element made of them, no script run.
    const names = preview.filter((r) => r.outcome === 'new').map((r) => r.cells[NAME]);
    expect(names).toEqual(expect.arrayContaining([NAMES_LIKE_CODE[0], NAMES_LIKE_CODE[1], valid[2]!.participant.name]));
    expect(await page.locator('table img').count()).toBe(0);

    const status = await commitPicked(page, all.length);
    expectStatus(status, all.length, { [NEW]: 3, [REFUSED]: bad.length }, true);

    // The merge log lists every file, the bad ones as refused, the names as text.
    await eventually(() => logTable(page).locator('tbody tr').count()).toBe(all.length);
    const log = (await rowsByHeading(logTable(page))).map((r) => ({
      outcome: r.outcome,
      file: r.cells[FILE],
      name: r.cells[NAME],
    }));
    expect(log.map((l) => l.file).sort()).toEqual(all.map((p) => p.split('/').at(-1)!).sort());
    const outcomeOf = new Map(log.map((l) => [l.file, l.outcome]));
    expect
      .soft(
        [...expectedReason.keys()].filter((file) => outcomeOf.get(file) !== 'refused'),
        'bad files not logged as refused',
      )
      .toEqual([]);
    expect(log.filter((l) => l.outcome === 'new').map((l) => l.name)).toEqual(
      expect.arrayContaining(valid.map((s) => s.participant.name)),
    );
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs, 'dialogs opened by a name').toEqual([]);

    // Only the three valid people were written.
    await openAdmin(page, 'figures');
    await eventually(() => page.getByText(/^Đang giữ tệp tổng hợp của \d+ người\.$/).textContent()).toBe(
      'Đang giữ tệp tổng hợp của 3 người.',
    );
    await eventually(() => departmentRows(page)).toEqual(expectedRows(summaryTotals(valid, campaign)));
  }, 180_000);

  test('revisions: a newer export replaces the older, an older one is skipped', async () => {
    const { page, dir } = await start();
    const [first] = generateSummaries({ campaign, people: 1, seed: 31, days: 6 }).summaries;
    const [other] = generateSummaries({ campaign, people: 1, seed: 32, days: 20 }).summaries;
    const rev1 = first!;
    // The same person exporting again later: other days, revision 2.
    const rev2: Summary = {
      ...structuredClone(rev1),
      revision: 2,
      exportedAt: '2024-06-30T20:00:00+07:00',
      days: structuredClone(other!.days),
    };
    const totals1 = summaryTotals([rev1], campaign);
    const totals2 = summaryTotals([rev2], campaign);
    const dept = rev1.participant.department;
    expect(totals2.departments[dept]!.pledges).not.toEqual(totals1.departments[dept]!.pledges);

    const revFile = async (s: Summary, name: string) => {
      const path = join(dir, name);
      await writeFile(path, JSON.stringify(s, null, 2));
      return path;
    };
    const file1 = await revFile(rev1, 'tong-hop-lan-1.json');
    const file2 = await revFile(rev2, 'tong-hop-lan-2.json');
    const previewOutcomes = () =>
      previewTable(page)
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((tr) => tr.getAttribute('data-outcome')));

    expect(await pickSummaryFiles(page, [file1])).toBe('Ghi vào dữ liệu (1 tệp mới hoặc cập nhật)');
    expect(await previewOutcomes()).toEqual(['new']);
    await commitPicked(page, 1);
    await openAdmin(page, 'figures');
    await eventually(() => departmentRows(page)).toEqual(expectedRows(totals1));

    await openAdmin(page, 'files');
    expect(await pickSummaryFiles(page, [file2])).toBe('Ghi vào dữ liệu (1 tệp mới hoặc cập nhật)');
    expect(await previewOutcomes()).toEqual(['updated']);
    expect((await rowsByHeading(previewTable(page)))[0]!.cells[REVISION]).toBe('2');
    expectStatus(await commitPicked(page, 1), 1, { [UPDATED]: 1 });
    await openAdmin(page, 'figures');
    await eventually(() => departmentRows(page)).toEqual(expectedRows(totals2));
    await page.getByText('Đang giữ tệp tổng hợp của 1 người.').waitFor();

    await openAdmin(page, 'files');
    expect(await pickSummaryFiles(page, [file1])).toBe('Ghi vào dữ liệu (0 tệp mới hoặc cập nhật)');
    expect(await previewOutcomes()).toEqual(['older']);
    expectStatus(await commitPicked(page, 1), 1, { [OLDER]: 1 });
    await page.waitForTimeout(500);
    await openAdmin(page, 'figures');
    await eventually(() => departmentRows(page)).toEqual(expectedRows(totals2));
    await page.waitForTimeout(300);
    expect(await departmentRows(page)).toEqual(expectedRows(totals2));
    await page.getByText('Đang giữ tệp tổng hợp của 1 người.').waitFor();

    // The log, newest first.
    await openAdmin(page, 'files');
    await eventually(async () =>
      (await rowsByHeading(logTable(page))).map((r) => `${r.cells[FILE]} ${r.outcome}`),
    ).toEqual(['tong-hop-lan-1.json older', 'tong-hop-lan-2.json updated', 'tong-hop-lan-1.json new']);
  }, 120_000);

  test('the workbook read back by another library has the right numbers and Vietnamese text', async () => {
    const { page, dir } = await start();
    const { summaries } = generateSummaries({ campaign, people: 70, seed: 4242 });
    summaries[5]!.participant.name = NAMES_LIKE_CODE[1];
    summaries[6]!.participant.name = 'Nông Thị Ước';
    const totals = summaryTotals(summaries, campaign);
    await importSummaries(page, dir, summaries);
    await openAdmin(page, 'figures');
    await eventually(() => departmentRows(page)).toEqual(expectedRows(totals));

    await openAdmin(page, 'report');
    const xlsx = await download(page, 'Tải sổ tổng hợp (.xlsx)');
    expect(xlsx.name).toBe('bao-cao_backan-vp-wed-2024_2024-06-05_2024-06-30.xlsx');
    expect(xlsx.content.subarray(0, 2).toString('latin1')).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Theo phòng, ban',
      'Kết quả từng nội dung',
      'Ước tính lợi ích',
      'Hoạt động đã tổ chức',
      'Kết quả theo chỉ tiêu',
      'Theo ngày',
      'Theo người',
      'Chưa gửi báo cáo',
      'Nhật ký gộp tệp',
    ]);
    const rowsOf = (name: string) => {
      const sheet = book.getWorksheet(name)!;
      const rows: ExcelJS.CellValue[][] = [];
      sheet.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
      return rows;
    };

    // By department: name the department, then the generator's figures.
    const [head, ...deptRows] = rowsOf('Theo phòng, ban');
    expect(head!.slice(0, 6)).toEqual([
      'Hạng',
      'Phòng, ban',
      'Số người',
      'Đã gửi',
      'Đã tham gia (ít nhất 1 ngày)',
      'Số ngày tham gia bình quân mỗi người',
    ]);
    const pledgeColumn = (id: string) => {
      const label = campaign.pledges.find((p) => p.id === id)!.label.vi;
      const i = head!.findIndex((h) => typeof h === 'string' && h.startsWith(label));
      expect(i, `a column for ${label}`).toBeGreaterThanOrEqual(6);
      return i;
    };
    // The departments, then their totals row.
    expect(deptRows).toHaveLength(DEPARTMENT_IDS.length + 1);
    const totalsRow = deptRows.pop()!;
    expect(totalsRow[1]).toBe('Tổng cộng');
    expect(totalsRow[3]).toBe(summaries.length);
    const read: Record<string, unknown> = {};
    const want: Record<string, unknown> = {};
    for (const id of DEPARTMENT_IDS) {
      const row = deptRows.find((r) => r[1] === departmentName(id));
      expect(row, departmentName(id)).toBeDefined();
      const d = totals.departments[id]!;
      read[id] = {
        submitted: row![3],
        tookPart: row![4],
        pledges: Object.fromEntries(campaign.pledges.map((p) => [p.id, row![pledgeColumn(p.id)]])),
      };
      want[id] = { submitted: d.people, tookPart: d.tookPart, pledges: d.pledges };
    }
    expect(read).toEqual(want);
    expect(deptRows.map((r) => r[0])).toEqual(DEPARTMENT_IDS.map((_, i) => i + 1));

    // By day: participants of each department on each date.
    const [dayHead, ...dayRows] = rowsOf('Theo ngày');
    expect(dayHead!.slice(0, 3)).toEqual(['Ngày', 'Phòng, ban', 'Người tham gia']);
    // Every department on every date, then a totals row; dates are real dates (read back at UTC midnight).
    expect(dayRows).toHaveLength(26 * DEPARTMENT_IDS.length + 1);
    expect(dayRows.pop()![0]).toBe('Tổng cộng');
    expect(dayRows.every((r) => r[0] instanceof Date)).toBe(true);
    const idOf = new Map(campaign.departments.map((d) => [d.name.vi, d.id]));
    const isoDate = (cell: ExcelJS.CellValue) => (cell as Date).toISOString().slice(0, 10);
    const dayMismatch = dayRows.filter(
      (r) => totals.departments[idOf.get(r[1] as string)!]?.byDate[isoDate(r[0])]?.participants !== r[2],
    );
    expect(dayMismatch.slice(0, 5)).toEqual([]);

    // By person: every name intact, the formula-like one a plain string cell.
    const [, ...peopleRows] = rowsOf('Theo người');
    expect(peopleRows.pop()![0]).toBe('Tổng cộng');
    expect(peopleRows.map((r) => r[0]).sort()).toEqual(summaries.map((s) => s.participant.name).sort());
    const people = book.getWorksheet('Theo người')!;
    let formulaCell: ExcelJS.Cell | undefined;
    people.eachRow((row) =>
      row.eachCell((cell) => {
        if (
          cell.value === NAMES_LIKE_CODE[1] ||
          (typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value)
        )
          formulaCell = cell;
      }),
    );
    expect(formulaCell, 'the =HYPERLINK name in the sheet').toBeDefined();
    expect(formulaCell!.type).toBe(ExcelJS.ValueType.String);
    expect(formulaCell!.value).toBe(NAMES_LIKE_CODE[1]);
    expect(formulaCell!.formula).toBeUndefined();
    // The header, the lines, and a totals row that counts them.
    expect(rowsOf('Nhật ký gộp tệp')).toHaveLength(1 + summaries.length + 1);
    expect(rowsOf('Nhật ký gộp tệp').at(-1)!.slice(0, 2)).toEqual(['Tổng cộng', summaries.length]);
    expect(rowsOf('Chưa gửi báo cáo')).toEqual([
      ['Họ và tên', 'Phòng, ban'],
      ['Tổng cộng', 0],
    ]);

    // One CSV: UTF-8 with a byte order mark, the names there too, the formula-like one escaped.
    const csv = await download(page, 'Theo người (.csv)');
    expect([...csv.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.content.toString('utf8');
    expect(csvText).toContain('Nông Thị Ước');
    expect(csvText).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const depts = await download(page, 'Theo phòng, ban (.csv)');
    expect([...depts.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  }, 180_000);

  test('the staff list tells who has not submitted', async () => {
    const { page, dir } = await start();
    const { summaries } = generateSummaries({ campaign, people: 14, seed: 55 });
    await importSummaries(page, dir, summaries);
    await openAdmin(page, 'figures');
    await page.getByText('Chưa có danh sách nhân sự: tải danh sách ở mục bên dưới để biết ai chưa gửi.').waitFor();

    const extra = [
      { name: 'Triệu Thị Mây', department: 'kinh-te' },
      { name: 'Lục Văn Sáng', department: 'ldvp' },
    ];
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const lines = ['Họ và tên,"Phòng, ban"'];
    for (const [i, s] of summaries.entries()) {
      // Departments by id or by name, as an office's list has them.
      lines.push(
        `${quote(s.participant.name)},${quote(i % 2 ? departmentName(s.participant.department) : s.participant.department)}`,
      );
    }
    for (const e of extra) lines.push(`${quote(e.name)},${quote(departmentName(e.department))}`);
    await page.getByLabel('Tải danh sách nhân sự (.csv: họ và tên, phòng ban)').setInputFiles({
      name: 'danh-sach-nhan-su.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
    });
    await page
      .getByRole('status')
      .filter({ hasText: `Đã tải danh sách ${summaries.length + extra.length} người.` })
      .waitFor();

    const missing = page
      .getByRole('heading', { name: 'Chưa gửi báo cáo', exact: true })
      .locator('xpath=following-sibling::*[1]')
      .getByRole('listitem');
    await eventually(() => missing.allTextContents()).toEqual(
      expect.arrayContaining(extra.map((e) => `${e.name} — ${departmentName(e.department)}`)),
    );
    expect((await missing.allTextContents()).sort()).toEqual(
      extra.map((e) => `${e.name} — ${departmentName(e.department)}`).sort(),
    );

    // On the list: 2 in each department, plus the two extras.
    const onList = (await rowsByHeading(page.getByRole('table', { name: /^Số người của từng phòng, ban/ }))).map(
      (r) => [r.cells['Phòng, ban'], r.cells['Trong danh sách']],
    );
    const perDepartment = Object.fromEntries(
      DEPARTMENT_IDS.map((id) => [departmentName(id), String(2 + extra.filter((e) => e.department === id).length)]),
    );
    expect(Object.fromEntries(onList)).toEqual(perDepartment);
  }, 120_000);

  test('the print report renders on A4', async () => {
    const { page, dir } = await start();
    const { summaries } = generateSummaries({ campaign, people: 40, seed: 3 });
    const totals = summaryTotals(summaries, campaign);
    await importSummaries(page, dir, summaries);
    await openAdmin(page, 'figures');
    await eventually(() => departmentRows(page)).toEqual(expectedRows(totals));

    await page.screenshot({ path: await screenshotPath('admin.png'), fullPage: true });

    await openAdmin(page, 'report');
    const [report] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Mở báo cáo để in (A4)' }).click(),
    ]);
    await report.waitForLoadState();
    expect(new URL(report.url()).hash).toBe('#report?from=2024-06-05&to=2024-06-30&date=2024-07-01');
    await report.setViewportSize({ width: 900, height: 1273 });
    await report.getByRole('heading', { name: 'BÁO CÁO', exact: true, level: 1 }).waitFor();
    await report.getByText('(Từ ngày 05/06/2024 đến ngày 30/06/2024)').waitFor();
    await report.getByText('Ngày 01 tháng 7 năm 2024').waitFor();
    const tookPart = Object.values(totals.departments).reduce((sum, d) => sum + d.tookPart, 0);
    await report
      .getByText(
        new RegExp(`^Tổng số 40 người; 40 người đã gửi tệp tổng hợp; ${tookPart} người tham gia ít nhất một ngày`),
      )
      .waitFor();

    const table = report.getByRole('table', { name: 'Bảng 1. Sự tham gia theo phòng, ban, đơn vị' });
    // The departments and the office's totals row.
    await expect.poll(() => table.locator('tbody tr').count()).toBe(DEPARTMENT_IDS.length + 1);
    const rows = (await rowsByHeading(table)).slice(0, -1);
    const shown = Object.fromEntries(
      rows.map(({ cells }) => [
        cells['Phòng, ban'],
        { submitted: viNumber(cells['Đã gửi']!), tookPart: viNumber(cells['Đã tham gia (ít nhất 1 ngày)']!) },
      ]),
    );
    expect(shown).toEqual(
      Object.fromEntries(
        DEPARTMENT_IDS.map((id) => [
          departmentName(id),
          { submitted: totals.departments[id]!.people, tookPart: totals.departments[id]!.tookPart },
        ]),
      ),
    );
    // The chart is drawn before the page is printed.
    await report.getByRole('img', { name: /^Biểu đồ thanh ngang:/ }).waitFor();
    await report.getByRole('img', { name: /^Biểu đồ đường:/ }).waitFor();
    await report.waitForTimeout(600);
    await report.screenshot({ path: await screenshotPath('report.png'), fullPage: true });

    const pdf = await report.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages, 'a department report of 7 rows fits on a few A4 pages').toBeLessThanOrEqual(4);
    // The PDF's pages are A4 (210 × 297 mm: 595.3 × 841.9 points), give or take Chromium's rounding to pixels.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box, 'a /MediaBox').not.toBeNull();
    expect(Math.abs(Number(box![1]) - 595.3), `page width ${box![1]} pt`).toBeLessThan(2);
    expect(Math.abs(Number(box![2]) - 841.9), `page height ${box![2]} pt`).toBeLessThan(2);
    await mkdir(join(ROOT, 'tests', '.artifacts'), { recursive: true });
    await writeFile(join(ROOT, 'tests', '.artifacts', 'report.pdf'), pdf);
  }, 120_000);

  test('the admin section and the printed report have no axe-core violations', async () => {
    const { page, dir } = await start();
    const { summaries } = generateSummaries({ campaign, people: 30, seed: 8 });
    summaries[1]!.participant.name = NAMES_LIKE_CODE[0];
    const paths = await writeSummaryFiles(dir, summaries);
    await writeFile(join(dir, 'hong.json'), '{"format":"green-office/summary"');
    await pickSummaryFiles(page, [...paths, join(dir, 'hong.json')]);
    const found: string[] = [];
    const check = async (where: string, target: Page) => {
      const violations = await axeViolations(target);
      if (violations.length) found.push(`${where}:\n${describeViolations(violations)}`);
    };
    await check('#admin/files with the preview open', page);
    await commitPicked(page, summaries.length + 1);
    await check('#admin/files after the commit', page);
    await openAdmin(page, 'figures');
    await eventually(() => departmentRows(page)).toEqual(expectedRows(summaryTotals(summaries, campaign)));
    await check('#admin/figures after the commit', page);
    await openAdmin(page, 'report');
    await check('#admin/report after the commit', page);
    const [report] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Mở báo cáo để in (A4)' }).click(),
    ]);
    await report.getByRole('heading', { name: 'BÁO CÁO', exact: true }).waitFor();
    await report.getByRole('table').first().locator('tbody tr').first().waitFor();
    await check('the report', report);
    expect(found.join('\n\n'), 'axe-core violations').toBe('');
  }, 120_000);
});
