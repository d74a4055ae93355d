import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readReportText } from '@/storage/report-file/read';
import { baseReport, levelAbove } from '@/tests/fixtures/bad-reports';
import { otherAgency, withActivities } from '@/tests/fixtures/report-activities';
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

// A province merges two agencies' reports that carry totals by indicator, their tree pledges
// named differently: its figures show each code summed (an unknown one under its code), and its
// own report file, downloaded from the page, carries the sums up to the ministry.

browserInVietnam();
const browserAt = freshBrowsers();

const scratchDir = scratchFolders('green-office-indicators-');

const cells = (page: Page, code: string) =>
  page.locator(`tr[data-indicator="${code}"] > *`).evaluateAll((all) => all.map((c) => c.textContent));

describe('a province adding up indicators', () => {
  test('shows the sums of its agencies’ indicators and writes them in its own report file', async () => {
    const scratch = await scratchDir();
    const campaignPath = join(scratch, 'province.json');
    await writeFile(campaignPath, JSON.stringify(levelAbove));
    const files = [withActivities(baseReport()), otherAgency(baseReport())].map((r, i) => {
      const path = join(scratch, `report-${i}.json`);
      return { path, text: JSON.stringify(r) };
    });
    for (const f of files) await writeFile(f.path, f.text);

    const ext = await browserAt(REPORT_DAY, campaignPath);
    const page = await openAdminSection(ext.context, ext.extensionId, undefined, 'agencies');
    await page.getByLabel(/^Chọn các tệp báo cáo của cơ quan \(\.json\)/).setInputFiles(files.map((f) => f.path));
    await page
      .getByRole('button', { name: /^Ghi vào dữ liệu \(2 tệp mới/ })
      .last()
      .click();
    await page.locator('table[data-table="indicators"]').waitFor();
    expect(await cells(page, 'trees-planted')).toEqual(['Cây xanh trồng, trao tặng', 'cây', '53', '2']);
    expect(await cells(page, 'turn-outs')).toEqual(['Đợt ra quân vệ sinh môi trường', 'đợt', '2', '2']);
    expect(await cells(page, 'bao-rac')).toEqual(['bao-rac', '', '3', '1']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp báo cáo tổng hợp các cơ quan để gửi lên cấp trên (.json)' }).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    expect(problemsOf(JSON.parse(text))).toEqual([]);
    const read = await readReportText(text, { id: levelAbove.id });
    expect(read.ok && read.report.indicators).toMatchObject({ 'trees-planted': 53, 'turn-outs': 2, 'bao-rac': 3 });

    // The province organises a tree planting itself: its part shows beside its agencies', and its
    // report file carries the activity and the totals with it, for the ministry.
    await openAdmin(page, 'activities');
    const own = page.getByRole('region', { name: 'Hoạt động cơ quan, đơn vị tổ chức' });
    await own.getByRole('button', { name: 'Thêm hoạt động' }).click();
    await own.getByLabel('Ngày').fill('2024-06-20');
    await own.getByLabel('Loại hoạt động').selectOption('tree-planting');
    await own.getByLabel('Tên hoạt động').fill('Trồng cây tại trụ sở Sở');
    await own.getByLabel(/^Cây xanh trồng/).fill('100');
    await own.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await own.getByRole('rowheader', { name: /Trồng cây tại trụ sở Sở/ }).waitFor();
    await openAdmin(page, 'agencies');
    await page.getByRole('columnheader', { name: 'Từ hoạt động tự tổ chức' }).waitFor();
    expect(await cells(page, 'trees-planted')).toEqual(['Cây xanh trồng, trao tặng', 'cây', '53', '100', '153', '2']);
    expect(await describeViolations(await axeViolations(page, WCAG_22_AA)), 'axe with the province’s own part').toBe(
      '',
    );
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp báo cáo tổng hợp các cơ quan để gửi lên cấp trên (.json)' }).click(),
    ]);
    const up = await readReportText(await readFile((await again.path())!, 'utf8'), { id: levelAbove.id });
    expect(up.ok && up.report.activities?.map((a) => [a.kind, a.title])).toEqual([
      ['tree-planting', 'Trồng cây tại trụ sở Sở'],
    ]);
    expect(up.ok && up.report.indicators?.['trees-planted']).toBe(153);
  }, 180_000);
});
