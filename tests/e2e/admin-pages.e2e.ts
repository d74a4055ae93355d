import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Campaign } from '@/storage/types';
import { generateReports, levelAboveCampaign } from '@/tests/fixtures/reports.js';
import { generateSummaries } from '@/tests/fixtures/summaries.js';
import { ScreenChecks } from './a11y';
import {
  ADMIN_PAGES,
  type AdminPageName,
  adminLink,
  browserInVietnam,
  commitPicked,
  freshBrowsers,
  openAdmin,
  openAdminSection,
  pickSummaryFiles,
  REPORT_DAY,
  writeSummaryFiles,
} from './helpers';
import { adminPageByKeyboard, chooseFilesByKeyboard, expectFocus, openAdminByKeyboard, tabTo } from './keyboard';
import { scratchFolders } from './scratch';
import { screenshotPath } from './screenshots';

// The admin section as a workflow: each of its pages reached by keyboard from the section's own
// navigation, with a typical office's data (60 summaries), fits on three screens at 1280×900, has
// no axe violation of the WCAG 2.2 rules, reflows at 320 px; the back button walks the pages.

browserInVietnam();
const browserAt = freshBrowsers();
const campaign = campaignJson as unknown as Campaign;
const SCREEN = { width: 1280, height: 900 };

const scratchDir = scratchFolders('green-office-admin-pages-');

/** What each page shows once its data is read: the test waits for it before looking. */
const READY: Record<Exclude<AdminPageName, 'agencies'>, string> = {
  overview: '#not-sent-title',
  files: '#log-title',
  figures: 'table.departments tbody tr',
  activities: '#activities-add',
  report: 'section[aria-labelledby="reports-title"] button',
  share: 'section[aria-labelledby="bulletin-title"]',
  campaign: 'section[aria-labelledby="create-title"] fieldset',
};

/** The address shown, after `#`. */
const hashOf = (page: Page) => page.evaluate(() => window.location.hash);

async function officeWith60(): Promise<Page> {
  const ext = await browserAt(REPORT_DAY);
  const scratch = await scratchDir();
  const page = await openAdminSection(ext.context, ext.extensionId, SCREEN, 'files');
  const { summaries } = generateSummaries({ campaign, people: 60, seed: 606 });
  await pickSummaryFiles(page, await writeSummaryFiles(scratch, summaries));
  await commitPicked(page, summaries.length);
  return page;
}

describe('the admin section’s pages', () => {
  test('each page by keyboard: no axe violation, no sideways scroll at 320 px, at most three screens tall', async () => {
    const page = await officeWith60();
    const checks = new ScreenChecks();
    const tall: string[] = [];
    for (const name of Object.keys(READY) as (keyof typeof READY)[]) {
      await adminPageByKeyboard(page, name);
      expect(await hashOf(page)).toBe(name === 'overview' ? '#admin' : `#admin/${name}`);
      await page.locator(READY[name]).first().waitFor({ timeout: 30_000 });
      expect(await page.locator('nav.subnav a[aria-current="page"]').textContent()).toBe(ADMIN_PAGES[name]);
      await checks.axe(page, `#admin ${name}`);
      await checks.reflowsNarrow(page, `#admin ${name}`, SCREEN);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height > 3 * SCREEN.height) tall.push(`${name}: ${height} px`);
      if (name === 'campaign') {
        // The full editor, folded as the page opens, unfolded by the person: checked too.
        await page.locator('details.editor-fold > summary').click();
        await page.locator('section[aria-labelledby="editor-title"] fieldset').first().waitFor();
        await checks.axe(page, '#admin campaign, the editor unfolded');
        await checks.reflowsNarrow(page, '#admin campaign, the editor unfolded', SCREEN);
        await page.locator('details.editor-fold > summary').click();
      }
      await page.screenshot({ path: await screenshotPath(`admin/${name}.png`), fullPage: true });
    }
    expect(checks.problems).toEqual([]);
    expect(tall, 'pages taller than three screens at 1280×900').toEqual([]);
  }, 240_000);

  test('the overview says what came in and leads to what is due; the back button walks back the pages', async () => {
    const page = await officeWith60();
    await openAdmin(page, 'overview');
    await page.getByText('60 người (chưa có danh sách cán bộ)').waitFor();
    // The campaign is over: the report due is for the whole campaign, its period in the link.
    const due = page.getByRole('link', { name: 'Lập báo cáo kỳ 05/06/2024 – 30/06/2024' });
    await due.focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, /^h2: Báo cáo — /);
    expect(await hashOf(page)).toBe('#admin/report?from=2024-06-05&to=2024-06-30');
    await page.getByText('Kỳ số liệu: từ 05/06/2024 đến 30/06/2024.').waitFor();
    await adminLink(page, 'figures').click();
    await page.locator('table.departments tbody tr').first().waitFor();

    await page.goBack();
    await page.locator('nav.subnav a[aria-current="page"]', { hasText: ADMIN_PAGES.report }).waitFor();
    await page.goBack();
    await page.locator('nav.subnav a[aria-current="page"]', { hasText: ADMIN_PAGES.overview }).waitFor();
    await page.goBack();
    await page.locator('nav.subnav a[aria-current="page"]', { hasText: ADMIN_PAGES.files }).waitFor();
    await page.goForward();
    await page.locator('nav.subnav a[aria-current="page"]', { hasText: ADMIN_PAGES.overview }).waitFor();
    // Moving by Back puts the focus on the page's heading, as a link does.
    await expectFocus(page, /^h2: Tổng hợp báo cáo — /);
  }, 120_000);

  test('the level above’s page, for a campaign that lists agencies: by keyboard, axe, 320 px, three screens', async () => {
    const province = levelAboveCampaign({ agencies: 12, silent: 3 });
    const { reports } = generateReports({ campaign: province, agencies: 12, departments: 4, seed: 45 });
    const scratch = await scratchDir();
    const file = join(scratch, 'province.json');
    await writeFile(file, JSON.stringify(province));
    const paths: string[] = [];
    for (const [i, report] of reports.entries()) {
      paths.push(join(scratch, `r${i}.json`));
      await writeFile(paths.at(-1)!, JSON.stringify(report));
    }
    const ext = await browserAt(REPORT_DAY, file);
    const page = await openAdminByKeyboard(ext.context, ext.extensionId, 'agencies');
    expect(await hashOf(page)).toBe('#admin/agencies');
    await tabTo(page, /^input\[file\]: Chọn các tệp báo cáo của cơ quan \(\.json\)/);
    await chooseFilesByKeyboard(page, paths);
    await tabTo(page, /^button\[button\]: Ghi vào dữ liệu \([\d.]+ tệp mới/);
    await page.keyboard.press('Enter');
    await page.locator('table[data-table="agencies"] tbody tr').nth(11).waitFor({ timeout: 60_000 });
    await page.setViewportSize(SCREEN);
    const checks = new ScreenChecks();
    await checks.axe(page, '#admin agencies');
    await checks.reflowsNarrow(page, '#admin agencies', SCREEN);
    expect(checks.problems).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(3 * SCREEN.height);
    await page.screenshot({ path: await screenshotPath('admin/agencies.png'), fullPage: true });
  }, 180_000);
});
