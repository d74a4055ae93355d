import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Campaign } from '@/storage/types';
import { expectedFigures, generateReports, levelAboveCampaign } from '@/tests/fixtures/reports.js';
import { chooseLanguage, ScreenChecks } from './a11y';
import { browserInVietnam, freshBrowsers, openAdmin, openAdminSection, REPORT_DAY } from './helpers';
import { scratchFolders } from './scratch';

// The level above's report (issue #15) in the built extension, in real Chromium: a province
// merges generated agency reports through the file input, opens its printable report (the
// figures on the page equal the generator's, worked out from the files alone), saves the Word
// file and opens the poster; every new screen has no axe-core violation and no sideways scroll
// at 320 px, in Vietnamese and in English.

browserInVietnam();
const browserAt = freshBrowsers();
const province: Campaign = levelAboveCampaign({ agencies: 12, silent: 3 });
const { reports } = generateReports({ campaign: province, agencies: 12, departments: 4, seed: 44, unknownEvery: 5 });
const expected = expectedFigures(reports, province);
const nameOf = (id: string) => province.agencies!.find((a) => a.id === id)!.name;
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

const scratchDir = scratchFolders('green-office-agency-report-');

/** Picks the generated reports in the level above's part and commits them. */
async function mergeAll(page: Page) {
  await page.getByLabel(/^Chọn các tệp báo cáo của cơ quan \(\.json\)/).setInputFiles(
    reports.map((r, i) => ({
      name: `r${i}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(r)),
    })),
  );
  await page
    .getByRole('button', { name: /^Ghi vào dữ liệu \([\d.]+ tệp mới/ })
    .last()
    .click();
  await page.locator('table[data-table="agencies"] tbody tr').nth(11).waitFor({ timeout: 60_000 });
}

/** The rows of a table of the print page, each the text of its cells. */
const tableRows = (page: Page, id: string) =>
  page.evaluate(
    (table) =>
      [...document.querySelectorAll(`table[data-table="${table}"] tbody tr`)].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      ),
    id,
  );

/** No axe-core violation of WCAG 2.2 AA, and no sideways scroll of the page at 320 px or 200% zoom. */
async function expectSound(page: Page, what: string) {
  const checks = new ScreenChecks();
  await checks.axe(page, what);
  await checks.reflowsNarrow(page, what, page.viewportSize()!);
  expect(checks.problems).toEqual([]);
}

describe('the level above’s printable report, Word file and poster', () => {
  test('a province merges its agencies’ reports, prints its report, saves the .docx and pins up the poster', async () => {
    const scratch = await scratchDir();
    const file = join(scratch, 'province.json');
    await writeFile(file, JSON.stringify(province));
    const ext = await browserAt(REPORT_DAY, file);
    const page = await openAdminSection(ext.context, ext.extensionId, undefined, 'agencies');
    await page.getByRole('heading', { name: 'Tổng hợp báo cáo của các cơ quan' }).waitFor();
    await mergeAll(page);

    // The two report files of a province, named so that an officer knows which one goes up.
    await page
      .getByRole('button', { name: 'Tải tệp báo cáo tổng hợp các cơ quan để gửi lên cấp trên (.json)' })
      .waitFor();
    // The office's own file is with its own report, one page over.
    await openAdmin(page, 'report');
    await page
      .getByRole('button', { name: 'Tải tệp báo cáo riêng của cơ quan mình, chỉ các phòng, ban (.json)' })
      .waitFor();
    await openAdmin(page, 'agencies');

    // The printable report: the agencies ranked, with the generator's figures; who has not reported.
    const [print] = await Promise.all([
      ext.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Mở bản in báo cáo tổng hợp các cơ quan' }).click(),
    ]);
    expect(new URL(print.url()).hash).toBe('#agency-report?from=2024-06-01&to=2024-06-30&date=2024-07-01');
    await print.getByRole('heading', { name: 'BÁO CÁO', exact: true, level: 1 }).waitFor();
    await print.getByText('Tổng hợp kết quả thực hiện Văn phòng xanh toàn tỉnh 2024 của các cơ quan, đơn vị').waitFor();
    const rows = await tableRows(print, 'participation');
    expect(rows.slice(0, -1).map((r) => r.slice(1, 5))).toEqual(
      expected.ranking.map((id) => {
        const a = expected.agencies[id]!;
        return [nameOf(id).vi, vi(a.headcount), vi(a.submitted), vi(a.tookPart)];
      }),
    );
    expect((await tableRows(print, 'not-reported')).map((r) => r[1])).toEqual(
      expected.notReported.map((id) => nameOf(id).vi),
    );
    const pledges = Object.fromEntries((await tableRows(print, 'pledges')).map((r) => [r[1], r[3]]));
    expect(pledges['Trồng cây xanh']).toBe(vi(expected.pledgeTotals['tree-planting']!));
    await print
      .getByRole('img', { name: /^Biểu đồ thanh ngang: tỷ lệ đã tham gia \(ít nhất 1 ngày\) của từng cơ quan/ })
      .waitFor();
    await print.waitForTimeout(500);
    await expectSound(print, 'the print of the agencies’ report');

    // The Word file holds the same agencies and figures.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải báo cáo tổng hợp các cơ quan (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`bao-cao-tong-hop_${province.id}_2024-06-01_2024-06-30.docx`);
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const id of expected.ranking) expect(xml).toContain(`>${nameOf(id).vi}<`);
    expect(xml).toContain(`>${vi(expected.pledgeTotals['tree-planting']!)}<`);
    expect(xml).toContain('>Cơ quan, đơn vị chưa gửi báo cáo<');
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(2);

    // The poster: the agencies by name, ranked by participation.
    const [poster] = await Promise.all([
      ext.context.waitForEvent('page'),
      page.getByRole('link', { name: 'Áp phích số liệu các cơ quan (A4)' }).click(),
    ]);
    const standings = poster.getByRole('table', { name: 'Xếp hạng tham gia của các cơ quan, đơn vị' });
    await standings.waitFor();
    expect(await standings.locator('tbody tr').count()).toBe(12);
    for (const id of expected.ranking)
      expect(await standings.getByText(nameOf(id).vi, { exact: true }).count()).toBe(1);
    await expectSound(poster, 'the agencies’ poster');

    // In English: the same screens, in words about agencies.
    await chooseLanguage(ext.context, ext.extensionId, 'en');
    await print.reload();
    await print.getByRole('heading', { name: 'REPORT', exact: true, level: 1 }).waitFor();
    await print.getByRole('table', { name: 'Table 1. Participation by agency' }).waitFor();
    expect((await tableRows(print, 'not-reported')).map((r) => r[1])).toEqual(
      expected.notReported.map((id) => nameOf(id).en),
    );
    await print.waitForTimeout(500);
    await expectSound(print, 'the print in English');
    await poster.reload();
    await poster.getByRole('table', { name: 'Participation ranking of the agencies' }).waitFor();
    await expectSound(poster, 'the poster in English');
  }, 180_000);
});
