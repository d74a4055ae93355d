import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { readReportText } from '@/storage/report-file/read';
import type { Campaign } from '@/storage/types';
import { problemsOf } from '@/tests/fixtures/report-check';
import {
  axeViolations,
  browserInVietnam,
  describeViolations,
  freshBrowsers,
  openAdmin,
  openAdminSection,
  REPORT_DAY,
  WCAG_22_AA,
} from './helpers';
import { scratchFolders } from './scratch';

// What the office organised, in the built extension in real Chromium: an officer records a
// clean-up turn-out with a photo (made smaller in the page), then finds it in the Word report
// (read back with JSZip), photo and caption in its appendix, and in the report file for the
// level above as figures only: the activity and the totals, never the picture.

browserInVietnam();

const campaign = campaignJson as unknown as Campaign;
const TITLE = 'Ra quân dọn vệ sinh quanh trụ sở';
const CAPTION = 'Cán bộ, công chức ra quân dọn vệ sinh';

const browserAt = freshBrowsers();
const scratchDir = scratchFolders('green-office-activities-');

async function adminPage(): Promise<Page> {
  const ext = await browserAt(REPORT_DAY);
  return openAdminSection(ext.context, ext.extensionId, undefined, 'activities');
}

const section = (page: Page): Locator => page.getByRole('region', { name: 'Hoạt động cơ quan, đơn vị tổ chức' });

/** A 2400 × 1800 PNG drawn by the browser itself: a real photo-sized picture to make smaller. */
async function bigPng(page: Page): Promise<string> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1800;
    const c = canvas.getContext('2d')!;
    for (let i = 0; i < 60; i++) {
      c.fillStyle = `hsl(${i * 6}, 60%, 50%)`;
      c.fillRect((i * 40) % 2400, (i * 30) % 1800, 400, 300);
    }
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  const path = join(await scratchDir(), 'ra-quan.png');
  await writeFile(path, Buffer.from(base64, 'base64'));
  return path;
}

async function download(page: Page, press: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), press()]);
  return { name: file.suggestedFilename(), content: await readFile((await file.path())!) };
}

/** Axe with the product's rules, run on the activities section alone (the dialog is inside it). */
const violationsIn = async (page: Page) =>
  describeViolations(await axeViolations(page, WCAG_22_AA, 'section.activities'));

describe('what the office organised', () => {
  test('a turn-out with a photo: in the Word report with its photo, in the report file as figures only', async () => {
    const page = await adminPage();
    const s = section(page);
    await s.getByRole('button', { name: 'Thêm hoạt động' }).click();
    await s.getByLabel('Ngày').fill('2024-06-05');
    await s.getByLabel('Tên hoạt động').fill(TITLE);
    await s.getByLabel('Số người tham gia').fill('45');
    await s.getByLabel(/^Chất thải thu gom/).fill('120,5');
    await s.getByRole('checkbox', { name: /Phòng Tổng hợp/ }).check();
    await s.getByLabel('Thêm ảnh (JPEG, PNG, WebP)').setInputFiles(await bigPng(page));
    await s.getByRole('img', { name: 'Ảnh 1 của hoạt động' }).waitFor();
    await s.getByLabel('Chú thích ảnh 1').fill(CAPTION);
    expect(await violationsIn(page), 'axe on the activity form').toBe('');
    await s.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await s
      .getByRole('status')
      .filter({ hasText: `Đã lưu hoạt động “${TITLE}”.` })
      .waitFor();
    await s.getByRole('rowheader', { name: new RegExp(TITLE) }).waitFor();
    expect(await violationsIn(page), 'axe on the list').toBe('');

    // The Word report, on the report page: the activity in its table, the photo (a JPEG of at most
    // 1,600 px) in the appendix.
    await openAdmin(page, 'report');
    await page.getByLabel(/Kèm phụ lục “Hình ảnh hoạt động” \(1 ảnh/).waitFor();
    const docx = await download(page, () => page.getByRole('button', { name: 'Tải báo cáo Word (.docx)' }).click());
    const zip = await JSZip.loadAsync(docx.content);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of [TITLE, 'Kết quả theo chỉ tiêu', 'HÌNH ẢNH HOẠT ĐỘNG'.toLowerCase(), CAPTION])
      expect(xml.toLowerCase()).toContain(text.toLowerCase());
    const photos = Object.keys(zip.files).filter((name) => /^word\/media\/.*\.jpg$/.test(name));
    expect(photos).toHaveLength(1);
    const jpeg = await zip.file(photos[0]!)!.async('uint8array');
    expect([...jpeg.slice(0, 2)]).toEqual([0xff, 0xd8]);
    expect(jpeg.length).toBeLessThan(400 * 1024);

    // The workbook: a sheet of the activities (with its place and departments) and one of the totals.
    const xlsx = await download(page, () => page.getByRole('button', { name: 'Tải sổ tổng hợp (.xlsx)' }).click());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const organised = book.getWorksheet('Hoạt động đã tổ chức')!;
    expect(organised.getRow(2).getCell(3).value).toBe(TITLE);
    expect(organised.getRow(2).getCell(5).value).toMatch(/Phòng Tổng hợp/);
    const totals = book.getWorksheet('Kết quả theo chỉ tiêu')!;
    const waste = totals.getRows(2, totals.rowCount - 1)!.find((r) => r.getCell(1).value === 'waste-collected-kg');
    expect(waste?.getCell(6).value).toBe(120.5);

    // The report file: the activity and the totals, no picture, no caption.
    const files = page.getByRole('region', { name: 'Tệp báo cáo gửi cấp trên' });
    await files.getByLabel('Mã cơ quan').fill('vp-ubnd-backan');
    const file = await download(page, () =>
      files.getByRole('button', { name: 'Tải tệp báo cáo gửi cấp trên (.json)' }).click(),
    );
    const text = file.content.toString('utf8');
    expect(problemsOf(JSON.parse(text))).toEqual([]);
    const read = await readReportText(text, campaign);
    expect(read.ok && read.report.activities).toEqual([
      {
        date: '2024-06-05',
        kind: 'turn-out',
        title: TITLE,
        participants: 45,
        results: { 'waste-collected-kg': 120.5 },
      },
    ]);
    expect(read.ok && read.report.indicators).toMatchObject({
      'turn-outs': 1,
      'activity-participants': 45,
      'waste-collected-kg': 120.5,
    });
    for (const secret of [CAPTION, '/9j/', 'jpeg', 'data:image']) expect(text.includes(secret), secret).toBe(false);
  }, 180_000);

  test('at 320 px, with Enter on each control: a refused quantity is told and its field takes the focus', async () => {
    const page = await adminPage();
    await page.setViewportSize({ width: 320, height: 900 });
    const s = section(page);
    const add = s.getByRole('button', { name: 'Thêm hoạt động' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('act-date');
    // A date field takes Tab for its day, month and year: the title is reached directly.
    await s.getByLabel('Tên hoạt động').focus();
    await page.keyboard.type('Trồng cây');
    await s.getByLabel(/^Cây xanh trồng/).focus();
    await page.keyboard.type('2,5');
    await s.getByRole('button', { name: 'Lưu hoạt động' }).focus();
    await page.keyboard.press('Enter');
    await s.getByRole('alert').filter({ hasText: 'phải là số nguyên' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('act-result-trees-planted');
    expect(await violationsIn(page), 'axe at 320 px with a refusal').toBe('');
    const overflow = await s.evaluate(
      (el) =>
        [el, ...el.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .length,
    );
    expect(overflow).toBe(0);
  }, 180_000);
});
