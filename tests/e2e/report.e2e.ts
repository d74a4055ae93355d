import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Campaign } from '@/storage/types';
import { generateSummaries, summaryTotals } from '@/tests/fixtures/summaries.js';
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

// The report an office files (issue #12), in the built extension: the officer imports 200
// summaries, fills in the report's details once, and downloads the Word report and the
// workbook; both are read back here by other libraries than the ones that wrote them (JSZip
// for the .docx, ExcelJS reading what it is given), and every figure is held against what the
// generator worked out from the files alone.

browserInVietnam();
const browserAt = freshBrowsers();
const campaign = campaignJson as unknown as Campaign;

const scratchDir = scratchFolders('green-office-report-');

const DETAILS = {
  'Số, ký hiệu (ví dụ 15/BC-VP)': '15/BC-VP',
  'Địa danh ở dòng ngày tháng': 'Bắc Kạn',
  'Cơ quan, tổ chức chủ quản (dòng trên)': 'UBND TỈNH BẮC KẠN',
  'Thẩm quyền ký (ví dụ KT. GIÁM ĐỐC)': 'KT. CHÁNH VĂN PHÒNG',
  'Chức vụ người ký': 'PHÓ CHÁNH VĂN PHÒNG',
  'Họ và tên người ký': 'Hoàng Văn Minh',
};
const RECIPIENTS = ['UBND tỉnh (b/c)', 'Lãnh đạo Văn phòng', 'Lưu: VT, HCTC-QTTV'];
const DIRECTION = 'Tiếp tục duy trì các cam kết trong tháng 7.';

/** A fresh browser on 1 July 2024, the admin section on, 200 generated summaries imported. */
async function officeWith200() {
  const ext = await browserAt(REPORT_DAY);
  const scratch = await scratchDir();
  const { summaries } = generateSummaries({ campaign, people: 200, seed: 1212 });
  const page = await openAdminSection(ext.context, ext.extensionId);
  await pickSummaryFiles(page, await writeSummaryFiles(scratch, summaries));
  await commitPicked(page, summaries.length);
  await openAdmin(page, 'report');
  await page.getByRole('group', { name: 'Thông tin trên báo cáo' }).waitFor();
  return { ext, page, totals: summaryTotals(summaries, campaign) };
}

async function fillDetails(page: Page) {
  for (const [label, value] of Object.entries(DETAILS)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel('Nơi nhận (mỗi dòng một nơi)').fill(RECIPIENTS.join('\n'));
  await page.getByLabel('III. Phương hướng, kiến nghị').fill(DIRECTION);
}

/** Downloads through the page's button; keeps a copy in tests/.artifacts for a person to open. */
async function download(page: Page, button: string, keep: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const content = await readFile((await file.path())!);
  await mkdir(join(ROOT, 'tests', '.artifacts'), { recursive: true });
  await writeFile(join(ROOT, 'tests', '.artifacts', keep), content);
  return { name: file.suggestedFilename(), content };
}

/** The text of each paragraph of a Word document's XML. */
const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

const treeTotal = (totals: ReturnType<typeof summaryTotals>) =>
  Object.values(totals.departments).reduce((n, d) => n + (d.pledges['tree-planting'] ?? 0), 0);
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

describe('the report an office files', () => {
  test('the details are filled once, kept for the campaign, and have no axe-core violations', async () => {
    const { page } = await officeWith200();
    // Before anything is filled: the issuing body and the first recipient come from the campaign file.
    expect(await page.getByLabel('Cơ quan, tổ chức ban hành', { exact: true }).inputValue()).toBe(
      campaign.organisation.vi,
    );
    expect(await page.getByLabel('Nơi nhận (mỗi dòng một nơi)').inputValue()).toBe(`${campaign.reportTo.vi}\nLưu: VT`);
    expect(await page.getByLabel(/^II\. Đánh giá/).inputValue()).toMatch(/^Trong kỳ báo cáo, \d+\/200 người/);
    await fillDetails(page);
    await mkdir(join(ROOT, 'tests', '.artifacts'), { recursive: true });
    await page
      .locator('section[aria-labelledby="reports-title"]')
      .screenshot({ path: join(ROOT, 'tests', '.artifacts', 'report-details.png') });
    const violations = await axeViolations(page);
    expect(describeViolations(violations), 'axe-core on the report’s details').toBe('');
    await page.getByRole('button', { name: 'Lưu thông tin báo cáo' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu thông tin báo cáo.' }).waitFor();

    await page.reload();
    await page.getByRole('group', { name: 'Thông tin trên báo cáo' }).waitFor();
    for (const [label, value] of Object.entries(DETAILS)) {
      await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe(value);
    }
    expect(await page.getByLabel('Nơi nhận (mỗi dòng một nơi)').inputValue()).toBe(RECIPIENTS.join('\n'));
    expect(await page.getByLabel('III. Phương hướng, kiến nghị').inputValue()).toBe(DIRECTION);
  }, 180_000);

  test('the Word report is A4 in Times New Roman with the header, figures and signer', async () => {
    const { page, totals } = await officeWith200();
    await fillDetails(page);
    const docx = await download(page, 'Tải báo cáo Word (.docx)', 'report.docx');
    expect(docx.name).toBe('bao-cao_backan-vp-wed-2024_2024-06-05_2024-06-30.docx');
    const zip = await JSZip.loadAsync(docx.content);
    const xml = await zip.file('word/document.xml')!.async('string');

    const size = /<w:pgSz [^>]*\/>/.exec(xml)![0];
    expect(size).toMatch(/w:w="11906"/);
    expect(size).toMatch(/w:h="16838"/);
    const margin = /<w:pgMar [^>]*\/>/.exec(xml)![0];
    const mm = (side: string) => (Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)![1]) * 25.4) / 1440;
    expect(mm('top')).toBeGreaterThanOrEqual(20);
    expect(mm('top')).toBeLessThanOrEqual(25);
    expect(mm('bottom')).toBeGreaterThanOrEqual(20);
    expect(mm('bottom')).toBeLessThanOrEqual(25);
    expect(mm('left')).toBeGreaterThanOrEqual(30);
    expect(mm('left')).toBeLessThanOrEqual(35);
    expect(mm('right')).toBeGreaterThanOrEqual(15);
    expect(mm('right')).toBeLessThanOrEqual(20);
    expect(new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(['Times New Roman']));

    const lines = paragraphsOf(xml);
    for (const line of [
      'UBND TỈNH BẮC KẠN',
      campaign.organisation.vi,
      'Số: 15/BC-VP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bắc Kạn, ngày 01 tháng 7 năm 2024',
      'BÁO CÁO',
      'Nơi nhận:',
      '- UBND tỉnh (b/c);',
      '- Lưu: VT, HCTC-QTTV.',
      'KT. CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
      'Hoàng Văn Minh',
      DIRECTION,
    ]) {
      expect(lines, line).toContain(line);
    }
    // The tree total in the table of results equals the generator's.
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => paragraphsOf(tc[0]).join(' ')),
    );
    const trees = rows.find((r) => r[1] === 'Trồng cây xanh');
    expect(trees).toEqual([expect.any(String), 'Trồng cây xanh', 'cây', vi(treeTotal(totals))]);
    // The two charts are pictures in the file.
    expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(2);
  }, 180_000);

  test('the workbook has real dates, percentages and totals, ready to print', async () => {
    const { page, totals } = await officeWith200();
    const xlsx = await download(page, 'Tải sổ tổng hợp (.xlsx)', 'report.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as unknown as ArrayBuffer);

    const departments = book.getWorksheet('Theo phòng, ban')!;
    const heads = (departments.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const rate = heads.indexOf('Tỷ lệ đã tham gia (ít nhất 1 ngày)') + 1;
    expect(rate).toBeGreaterThan(0);
    const last = departments.getRow(departments.rowCount);
    expect(last.getCell(2).value).toBe('Tổng cộng');
    expect(last.getCell(4).value).toBe(200);
    const tookPart = Object.values(totals.departments).reduce((n, d) => n + d.tookPart, 0);
    expect(last.getCell(5).value).toBe(tookPart);
    expect(typeof departments.getRow(2).getCell(rate).value).toBe('number');
    expect(departments.getRow(2).getCell(rate).numFmt).toContain('%');

    const pledges = book.getWorksheet('Kết quả từng nội dung')!;
    const treeRow = (pledges.getSheetValues() as ExcelJS.CellValue[][]).find((r) => r?.[1] === 'Trồng cây xanh')!;
    expect(treeRow.at(-1)).toBe(treeTotal(totals));

    const days = book.getWorksheet('Theo ngày')!;
    const first = days.getRow(2).getCell(1);
    expect(first.value).toBeInstanceOf(Date);
    expect((first.value as Date).toISOString()).toBe('2024-06-05T00:00:00.000Z');
    expect(first.numFmt).toBe('dd/mm/yyyy');
    expect(days.getRow(2).getCell(5).numFmt).toContain('%');
    const dayTotals = days.getRow(days.rowCount);
    expect(dayTotals.getCell(1).value).toBe('Tổng cộng');
    const personDays = Object.values(totals.departments).reduce(
      (n, d) => n + Object.values(d.byDate).reduce((m, day) => m + day.participants, 0),
      0,
    );
    expect(dayTotals.getCell(3).value).toBe(personDays);

    for (const sheet of book.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      // A4 at its own size, flowing over pages rather than shrunk to one page's width.
      expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, scale: 100 });
      expect(sheet.pageSetup.fitToPage, sheet.name).toBeFalsy();
      expect(sheet.pageSetup.printTitlesRow, sheet.name).toBe('1:1');
      // Every column is wide enough for the longest word of its Vietnamese heading.
      const narrow = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).filter((heading, i) => {
        const longest = Math.max(
          ...String(heading)
            .split(' ')
            .map((word) => word.length),
        );
        return (sheet.getColumn(i + 1).width ?? 0) < longest;
      });
      expect(narrow, sheet.name).toEqual([]);
    }
  }, 180_000);

  test('the print view is the same report, on A4 PDF pages, with no axe-core violations', async () => {
    const { ext, page, totals } = await officeWith200();
    await fillDetails(page);
    const [report] = await Promise.all([
      ext.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Mở báo cáo để in (A4)' }).click(),
    ]);
    await report.getByRole('heading', { name: 'BÁO CÁO', exact: true, level: 1 }).waitFor();
    for (const text of ['Số: 15/BC-VP', 'Bắc Kạn, ngày 01 tháng 7 năm 2024', 'Hoàng Văn Minh', DIRECTION]) {
      await report.getByText(text, { exact: true }).waitFor();
    }
    const results = report.getByRole('table', { name: 'Bảng 2. Kết quả từng nội dung' });
    await expect
      .poll(() => results.getByRole('row').filter({ hasText: 'Trồng cây xanh' }).getByRole('cell').last().textContent())
      .toBe(vi(treeTotal(totals)));
    await report.getByRole('img', { name: /^Biểu đồ thanh ngang:/ }).waitFor();
    await report.waitForTimeout(500);
    const violations = await axeViolations(report);
    expect(describeViolations(violations), 'axe-core on the print view').toBe('');

    const pdf = await report.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Math.abs(Number(box![1]) - 595.3)).toBeLessThan(2);
    expect(Math.abs(Number(box![2]) - 841.9)).toBeLessThan(2);
  }, 180_000);
});
