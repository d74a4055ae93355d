import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { isWorkingDay } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';
import { datesOf, generateSummaries } from '@/tests/fixtures/summaries.js';
import {
  ADMIN_VIEWPORT,
  axeViolations,
  browserInVietnam,
  commitPicked,
  DEPARTMENT,
  describeViolations,
  extensionUrl,
  freshBrowsers,
  type LaunchedExtension,
  NAME,
  openAdmin,
  openAdminSection,
  openOptions,
  pickSummaryFiles,
  REPORT_DAY,
  writeSummaryFiles,
} from './helpers';
import { scratchFolders } from './scratch';

// The department bulletin (issue #5) end to end, in two browser profiles of the built
// extension: the admin office merges summaries and exports the bulletin through its buttons;
// a staff member, set up in the popup, loads that very file in the Department section and sees
// their department, the others and the office average. Both clocks on Monday 1 July 2024,
// 10:00 in Vietnam, the day after the built-in campaign (5–30 June 2024) ended. Figures are held
// against the generated summaries alone (tests/fixtures/summaries.js), not product code.

browserInVietnam();

const campaign = campaignJson as unknown as Campaign;
const BULLETIN_BUTTON = 'Xuất bản tin phòng, ban (.json)';
const BULLETIN_INPUT = 'Tải bản tin phòng, ban do cơ quan gửi (.json)';
const FILE_NAME = 'ban-tin_backan-vp-wed-2024_2024-07-01.json';

const fresh = freshBrowsers();
const scratchDir = scratchFolders('green-office-bulletin-');

/** A fresh browser and profile whose pages and background believe it is the report day. */
const start = (): Promise<LaunchedExtension> => fresh(REPORT_DAY);

/**
 * Name and department in the settings: after the campaign ended the popup no longer asks in its
 * name (issue #9), so a person who joins late says who they are there.
 */
async function setUpStaff(ext: LaunchedExtension): Promise<void> {
  const page = await openOptions(ext.context, ext.extensionId, 'settings');
  await page.getByLabel('Họ và tên').fill(NAME);
  await page.getByLabel('Phòng, ban, đơn vị').selectOption(DEPARTMENT.id);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor();
  await page.close();
}

/** `participants` of every date for a department (or `office`) as the days table holds them. */
function tableColumn(page: Page, department: string): Promise<Record<string, { participants: number; text: string }>> {
  return page.locator('table[data-table="days"]').evaluate((table, id) => {
    const out: Record<string, { participants: number; text: string }> = {};
    for (const tr of table.querySelectorAll('tr[data-date]')) {
      const td = tr.querySelector(`td[data-department="${id}"]`)!;
      out[tr.getAttribute('data-date')!] = {
        participants: Number(td.getAttribute('data-participants')),
        text: td.textContent ?? '',
      };
    }
    return out;
  }, department);
}

/** "45,5%" as the page writes a share in Vietnamese, from a count over a headcount. */
const share = (n: number, of: number) => `${String(Math.round((n / of) * 1000) / 10).replace('.', ',')}%`;

test('the office exports a bulletin of figures only; staff load it and see their department beside the office', async () => {
  const scratch = await scratchDir();
  const { summaries, totals } = generateSummaries({ campaign, people: 21, seed: 2024 });
  const admin = await start();
  const adminPage = await openAdminSection(admin.context, admin.extensionId);
  await pickSummaryFiles(adminPage, await writeSummaryFiles(scratch, summaries));
  expect(await commitPicked(adminPage, 21)).toContain('21 mới');
  await openAdmin(adminPage, 'share');

  const [download] = await Promise.all([
    adminPage.waitForEvent('download'),
    adminPage.getByRole('button', { name: BULLETIN_BUTTON }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(FILE_NAME);
  const path = join(scratch, FILE_NAME);
  await download.saveAs(path);
  const text = await readFile(path, 'utf8');
  const bulletin = JSON.parse(text);
  expect(bulletin).toMatchObject({
    format: 'green-office/bulletin',
    version: 1,
    generatedAt: expect.stringMatching(/^2024-07-01T10:0\d:\d\d\+07:00$/),
    campaign: { id: campaign.id },
  });
  for (const s of summaries) {
    expect(text).not.toContain(s.participant.name);
    expect(text).not.toContain(s.participant.id);
    for (const d of s.days) if (d.note) expect(text).not.toContain(d.note);
  }
  await adminPage
    .getByRole('status')
    .filter({ hasText: `Đã tạo tệp «${FILE_NAME}».` })
    .waitFor();

  // A second profile: a staff member of one of those departments.
  const staff = await start();
  await setUpStaff(staff);
  const page = await staff.context.newPage();
  await page.setViewportSize(ADMIN_VIEWPORT);
  await page.goto(extensionUrl(staff.extensionId, 'options.html'));
  await page.getByRole('navigation').getByRole('link', { name: 'Phòng, ban của tôi' }).click();
  await page.getByText('Chưa có bản tin phòng, ban của chiến dịch này.').waitFor();

  await page.getByLabel(BULLETIN_INPUT).setInputFiles(path);
  await page
    .getByRole('status')
    .filter({ hasText: `Đã tải bản tin «${FILE_NAME}»` })
    .waitFor();
  await page.getByText('Số liệu lập ngày 01/07/2024.').waitFor();

  const mine = totals.departments[DEPARTMENT.id]!;
  expect(mine.people).toBeGreaterThan(0);
  const heads = await page.locator('table[data-table="days"] thead th').allTextContents();
  expect(heads[1]).toBe(`${DEPARTMENT.label} (phòng, ban của bạn)`);
  expect(heads.at(-1)).toBe('Bình quân cả cơ quan');
  expect(heads).toHaveLength(campaign.departments.length + 2);

  const dates = datesOf(campaign);
  const ownColumn = await tableColumn(page, DEPARTMENT.id);
  const officeColumn = await tableColumn(page, 'office');
  expect(Object.keys(ownColumn)).toEqual(dates);
  for (const date of dates) {
    const n = mine.byDate[date]!.participants;
    expect(ownColumn[date], date).toEqual({ participants: n, text: `${n}/${mine.people} (${share(n, mine.people)})` });
    const office = Object.values(totals.departments).reduce((sum, d) => sum + d.byDate[date]!.participants, 0);
    expect(officeColumn[date], date).toEqual({ participants: office, text: `${office}/21 (${share(office, 21)})` });
  }
  // The period's share is participation on working days, as the standings of the same bulletin.
  const working = dates.filter((date) => isWorkingDay(campaign, date));
  const minePeriod = working.reduce((sum, d) => sum + mine.byDate[d]!.participants, 0);
  const officePeriod = Object.values(totals.departments).reduce(
    (sum, d) => sum + working.reduce((s, date) => s + d.byDate[date]!.participants, 0),
    0,
  );
  await page
    .getByText(
      `${DEPARTMENT.label} là ${share(minePeriod, mine.people * working.length)}; của cả cơ quan là ${share(officePeriod, 21 * working.length)}.`,
    )
    .waitFor();

  // The chart is drawn: the person's own line in the product green.
  const canvas = page.getByRole('img', { name: /Biểu đồ đường: tỷ lệ tham gia trong ngày của từng phòng, ban/ });
  await expect
    .poll(() =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        let green = 0;
        for (let i = 0; i < data.length; i += 4)
          if (
            Math.abs(data[i]! - 0x2e) < 12 &&
            Math.abs(data[i + 1]! - 0x7d) < 12 &&
            Math.abs(data[i + 2]! - 0x32) < 12
          )
            green++;
        return green;
      }),
    )
    .toBeGreaterThan(50);

  // Nobody's name reached the staff member's page.
  const pageText = (await page.locator('main').textContent()) ?? '';
  for (const s of summaries) expect(pageText).not.toContain(s.participant.name);

  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
});
