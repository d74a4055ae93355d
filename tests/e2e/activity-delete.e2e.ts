import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  axeViolations,
  browserInVietnam,
  describeViolations,
  freshBrowsers,
  openAdminSection,
  REPORT_DAY,
  WCAG_22_AA,
} from './helpers';
import { screenshotPath } from './screenshots';

// Deleting an activity, with the keyboard only, in the built extension in real Chromium: the
// question comes in a modal dialog with "Không xoá" focused, Escape keeps the activity and gives
// the focus back to its delete button, and the deletion confirmed is told in a status while the
// focus goes to the row that took its place. axe on the open dialog, at 1280 and 320 px.

browserInVietnam();
const browserAt = freshBrowsers();
const FIRST = 'Ra quân dọn vệ sinh quanh trụ sở, thu gom rác thải nhựa ven suối';
const SECOND = 'Hội nghị phổ biến chống rác thải nhựa';
const QUESTION = `Xoá hoạt động “${FIRST}” và ảnh của hoạt động này? Việc xoá không hoàn tác được.`;

const section = (page: Page): Locator => page.locator('section.activities');
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });

/** Records an activity through the form, with Enter on its buttons. */
async function record(page: Page, date: string, title: string): Promise<void> {
  const s = section(page);
  await s.getByRole('button', { name: 'Thêm hoạt động' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('act-date');
  await s.getByLabel('Ngày').fill(date);
  await s.getByLabel('Tên hoạt động').focus();
  await page.keyboard.type(title);
  await s.getByLabel('Số người tham gia').focus();
  await page.keyboard.type('1250');
  await s.getByRole('button', { name: 'Lưu hoạt động' }).focus();
  await page.keyboard.press('Enter');
  await s.getByRole('rowheader', { name: new RegExp(title) }).waitFor();
}

/** Axe with the product's rules, run on the activities section alone (the dialog is inside it). */
const violationsIn = async (page: Page) =>
  describeViolations(await axeViolations(page, WCAG_22_AA, 'section.activities'));

describe('deleting an activity', () => {
  test('with the keyboard at 320 px: asked first, Escape keeps it, confirmed deletes it and says so', async () => {
    const ext = await browserAt(REPORT_DAY);
    const page = await openAdminSection(ext.context, ext.extensionId, { width: 1280, height: 800 }, 'activities');
    await record(page, '2024-06-12', FIRST);
    await record(page, '2024-06-05', SECOND);
    const s = section(page);
    // The list is the shared table: numbers written the Vietnamese way, on the right.
    const participants = s.locator('table[data-table="activities"] td.num').first();
    expect(await participants.textContent()).toBe('1.250');

    const remove = s.getByRole('button', { name: `Xoá hoạt động “${FIRST}”` });
    const dialog = page.getByRole('alertdialog', { name: QUESTION });
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await remove.focus();
      await page.screenshot({ path: await screenshotPath(`activities/list-${width}.png`) });
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      expect(await focused(page)).toBe('Không xoá');
      expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
      expect(await violationsIn(page), `axe on the open dialog at ${width} px`).toBe('');
      const box = (await dialog.boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= width, 'the dialog inside the screen').toBe(true);
      await page.screenshot({ path: await screenshotPath(`activities/delete-dialog-${width}.png`) });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await focused(page)).toBe(`Xoá hoạt động “${FIRST}”`);
      await s.getByRole('rowheader', { name: new RegExp(FIRST) }).waitFor();
    }

    // Confirmed with Tab and Enter: gone, told in a status, and the focus on the row that took its place.
    await remove.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Xoá hoạt động và ảnh');
    await page.keyboard.press('Enter');
    await s
      .getByRole('status')
      .filter({ hasText: `Đã xoá hoạt động “${FIRST}”.` })
      .waitFor();
    await expect.poll(() => s.getByRole('rowheader', { name: new RegExp(FIRST) }).count()).toBe(0);
    await expect.poll(() => focused(page)).toBe(SECOND);
    expect(await violationsIn(page), 'axe after the deletion at 320 px').toBe('');
  }, 180_000);
});
