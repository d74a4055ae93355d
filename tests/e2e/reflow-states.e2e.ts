import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { validCampaignJson } from '@/tests/fixtures/campaign';
import { DESKTOP, openEveryDisclosure, ScreenChecks } from './a11y';
import { browserInVietnam, freshBrowsers, NAME, openOptions, openPopup } from './helpers';
import { scratchFolders } from './scratch';

// Reflow (WCAG 1.4.10) in the states a campaign from the templates produces, beyond the first
// screens of a11y-screens.e2e.ts: the 30-day challenge with its impact estimates shown (a
// source as long as the EPA's), and a campaign of a year of days with long names. At 320 CSS px
// no section scrolls sideways; a wide table scrolls in its own labelled, focusable region.

browserInVietnam();
const browserAt = freshBrowsers();
const scratchDir = scratchFolders('green-office-reflow-');

const firstPledge = (popup: Page) => popup.locator('.pledge.daily input[type="checkbox"]').first();

/** Every dashboard section at 320 px and 200% zoom, every disclosure open. */
async function everySection(checks: ScreenChecks, page: Page, where: string): Promise<void> {
  for (const section of ['progress', 'department', 'settings', 'data']) {
    await page.locator(`nav a[href="#${section}"]`).click();
    await page.locator(`nav a[href="#${section}"][aria-current="page"]`).waitFor();
    await page.locator('main h2').first().waitFor();
    await openEveryDisclosure(page);
    await checks.reflowsNarrow(page, `${where}: ${section}`);
  }
}

/** The impact estimates' table (found by its caption) sits in a named region the keyboard reaches. */
async function impactsRegion(page: Page): Promise<{ name: string | null; tabIndex: string | null } | null> {
  return page.evaluate(() => {
    const caption = [...document.querySelectorAll('caption')].find((c) =>
      c.textContent?.startsWith('Ước tính tác động'),
    );
    const region = caption?.closest('table')?.closest('[role="region"]');
    if (!region) return null;
    const named = document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent ?? null;
    return { name: region.getAttribute('aria-label') ?? named, tabIndex: region.getAttribute('tabindex') };
  });
}

describe('reflow at 320 px in the states of a template campaign', () => {
  test('the 30-day challenge with its impact estimates shown: no section scrolls sideways', async () => {
    const checks = new ScreenChecks();
    const ext = await browserAt(null, null);
    const popup = await openPopup(ext.context, ext.extensionId);
    await popup.locator('#challenge-name').fill(NAME);
    await popup.locator('.challenge button').click();
    await firstPledge(popup).click();
    await expect.poll(() => firstPledge(popup).isChecked()).toBe(true);
    const page = await openOptions(ext.context, ext.extensionId, 'progress');
    await page.setViewportSize(DESKTOP);
    const impacts = page.getByRole('table', { name: /^Ước tính tác động/ });
    await impacts.waitFor();
    expect(await impacts.textContent()).toMatch(/Environmental Protection Agency/);
    await everySection(checks, page, 'the 30-day challenge, impacts shown');
    expect(checks.problems).toEqual([]);
    await page.locator('nav a[href="#progress"]').click();
    await impacts.waitFor();
    expect(await impactsRegion(page)).toEqual({
      name: 'Ước tính tác động (chỉ là ước tính, theo hệ số trong tệp chiến dịch)',
      tabIndex: '0',
    });
  });

  test('a year of days with long names of pledges and departments: no section scrolls sideways', async () => {
    const scratch = await scratchDir();
    const long = 'Phòng Hành chính tổ chức – Quản trị tài vụ và Công nghệ thông tin của cơ quan';
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    const base = validCampaignJson();
    const json = {
      ...base,
      id: 'mot-nam',
      name: { vi: `Chiến dịch cả năm ${long}` },
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      backfillDays: 7,
      departments: [{ id: 'dai', name: { vi: long }, headcount: 40 }, ...base.departments],
      pledges: [
        ...base.pledges,
        { id: 'dai-nhat', kind: 'daily', label: { vi: `Không dùng đồ nhựa dùng một lần ở ${long}` } },
      ],
    };
    const path = join(scratch, 'chien-dich_mot-nam.json');
    await writeFile(path, JSON.stringify(json));
    const checks = new ScreenChecks();
    const ext = await browserAt(null, path);
    const popup = await openPopup(ext.context, ext.extensionId);
    await popup.locator('#setup-name').fill(NAME);
    await popup.locator('#setup-department').selectOption('dai');
    await popup.locator('form.setup button[type="submit"]').click();
    await firstPledge(popup).click();
    await expect.poll(() => firstPledge(popup).isChecked()).toBe(true);
    const page = await openOptions(ext.context, ext.extensionId, 'progress');
    await page.setViewportSize(DESKTOP);
    await page.locator('canvas').first().waitFor();
    await everySection(checks, page, 'a year of days, long names');
    expect(checks.problems).toEqual([]);
  });
});
