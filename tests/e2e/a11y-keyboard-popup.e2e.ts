import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CAMPAIGN_DAY, CAMPAIGN_NAME, freshBrowsers, NAME, openPopup, PLEDGES } from './helpers';
import {
  eventually as eventuallyWithin,
  expectFocus,
  expectVisibleFocus,
  focused,
  setUpByKeyboard,
  tabTo,
  watchLiveRegions,
} from './keyboard';

// Issue #17: the popup's flows by keyboard alone (Tab, Enter, Space, arrows; no clicks), the
// focus where the person expects after each step, and each outcome announced in a live region
// that was on the page before it changed.

const fresh = freshBrowsers();
const eventually = <T>(read: () => Promise<T>) => eventuallyWithin(read, 10_000);
const checkbox = (label: string) => `input[checkbox]: ${label}`;
const isChecked = (page: Page, label: string) => () =>
  page.getByRole('checkbox', { name: label, exact: true }).isChecked();

describe('the popup by keyboard alone (issue #17)', () => {
  test('first run: a missing name or department puts the focus on that field, then set-up lands on today', async () => {
    const ext = await fresh(CAMPAIGN_DAY);
    const page = await openPopup(ext.context, ext.extensionId);
    await page.getByRole('button', { name: 'Bắt đầu' }).waitFor();

    await tabTo(page, 'button[submit]: Bắt đầu');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'input[text]: Họ và tên');
    await expectVisibleFocus(page);
    const name = page.getByLabel('Họ và tên');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe(
      'setup-name-error',
    );
    expect(await page.locator('#setup-name-error').textContent()).toBe('Vui lòng nhập họ và tên.');

    // Enter in the name field sends the form: the department is what is missing now.
    await page.keyboard.type(NAME);
    await page.keyboard.press('Enter');
    await expectFocus(page, /^select: /);
    expect(await page.locator('#setup-department-error').textContent()).toBe('Vui lòng chọn phòng, ban của bạn.');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'button[submit]: Bắt đầu');
    await page.keyboard.press('Enter');
    // The form is replaced by today's pledges: the focus is on their heading, not the page top.
    await expectFocus(page, `h1: ${CAMPAIGN_NAME}`);
    await page.getByRole('checkbox', { name: PLEDGES.nylon }).waitFor();
  });

  test('record and undo: Space records, Enter undoes, both announced in the status line', async () => {
    const ext = await fresh(CAMPAIGN_DAY);
    const page = await openPopup(ext.context, ext.extensionId);
    await setUpByKeyboard(page);
    const announced = await watchLiveRegions(page);

    await tabTo(page, checkbox(PLEDGES.nylon));
    await page.keyboard.press('Space');
    await eventually(isChecked(page, PLEDGES.nylon)).toBe(true);
    await eventually(announced).toContain(`Đã ghi: ${PLEDGES.nylon}`);
    expect(await focused(page), 'the focus stays on the pledge').toBe(checkbox(PLEDGES.nylon));

    // An action's "+" button by Enter, then undo by Enter.
    await tabTo(page, `button[button]: Thêm một: ${PLEDGES.trees}`);
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('spinbutton', { name: PLEDGES.trees }).inputValue()).toBe('1');
    await eventually(announced).toContain(`Đã ghi: ${PLEDGES.trees}`);

    await tabTo(page, 'button[button]: Hoàn tác thay đổi vừa rồi');
    await page.keyboard.press('Enter');
    await eventually(announced).toContain(`Đã hoàn tác: ${PLEDGES.trees}`);
    await eventually(() => page.getByRole('spinbutton', { name: PLEDGES.trees }).inputValue()).toBe('0');
    expect(await focused(page), 'the focus is not lost to the page top').not.toBe('body');
    expect(await isChecked(page, PLEDGES.nylon)()).toBe(true);
  });

  test('a note: typed in its field, saved by Enter on its button, announced as saved', async () => {
    const ext = await fresh(CAMPAIGN_DAY);
    const page = await openPopup(ext.context, ext.extensionId);
    await setUpByKeyboard(page);
    const announced = await watchLiveRegions(page);

    await tabTo(page, 'textarea: Ghi chú cho ngày 12/06/2024 (không bắt buộc)');
    await page.keyboard.type('Mang bình nước riêng');
    await tabTo(page, 'button[submit]: Lưu ghi chú');
    await page.keyboard.press('Enter');
    await eventually(announced).toContain('Đã lưu ghi chú.');
    expect(await focused(page), 'the focus is not lost to the page top').not.toBe('body');
    await expectVisibleFocus(page);

    // Kept: a new popup shows it.
    const again = await openPopup(ext.context, ext.extensionId);
    await eventually(() => again.getByLabel('Ghi chú cho ngày 12/06/2024 (không bắt buộc)').inputValue()).toBe(
      'Mang bình nước riêng',
    );
  });

  test('backfill: the arrows pick an earlier day, Space records a pledge for it', async () => {
    const ext = await fresh(CAMPAIGN_DAY);
    const page = await openPopup(ext.context, ext.extensionId);
    await setUpByKeyboard(page);
    const announced = await watchLiveRegions(page);

    await tabTo(page, 'input[radio]: Hôm nay');
    // Today, then 11/06, then 10/06: the arrows move the choice within the group.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'input[radio]: 10/06/2024 (ghi muộn)');
    await page.getByText('Ngày 10/06/2024 đã qua').waitFor();
    expect(await page.getByRole('radio', { name: '10/06/2024 (ghi muộn)' }).isChecked()).toBe(true);

    await tabTo(page, checkbox(PLEDGES.plastic));
    await page.keyboard.press('Space');
    await eventually(announced).toContain(`Đã ghi: ${PLEDGES.plastic}`);
    await page.getByText('Cam kết của ngày 10/06/2024').first().waitFor();

    // Back to today (Shift+Tab to the group, arrows up): the pledge is not ticked today.
    await tabTo(page, 'input[radio]: 10/06/2024 (ghi muộn)', { back: true });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expectFocus(page, 'input[radio]: Hôm nay');
    await eventually(isChecked(page, PLEDGES.plastic)).toBe(false);
  });

  test('start offers: with no campaign, the 30-day challenge starts by keyboard, an empty name refused first', async () => {
    const ext = await fresh(null, null);
    const page = await openPopup(ext.context, ext.extensionId);
    await page.getByText('Hôm nay chưa có chiến dịch nào đang diễn ra.').waitFor();

    await tabTo(page, 'button[button]: Tải tệp chiến dịch cơ quan gửi');
    await tabTo(page, 'input[text]: Họ và tên');
    await tabTo(page, 'button[submit]: Bắt đầu thử thách 30 ngày hôm nay');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'input[text]: Họ và tên');
    expect(await page.getByLabel('Họ và tên').getAttribute('aria-invalid')).toBe('true');

    await page.keyboard.type(NAME);
    await page.keyboard.press('Enter');
    // The challenge's pledges replace the offers: the focus is on their heading.
    await expectFocus(page, /^h1: /);
    await page.getByRole('checkbox').first().waitFor();
  });

  test('start offers: Enter on "load the file" opens the settings, where the file input is', async () => {
    const ext = await fresh(null, null);
    const page = await openPopup(ext.context, ext.extensionId);
    await page.getByText('Hôm nay chưa có chiến dịch nào đang diễn ra.').waitFor();
    await tabTo(page, 'button[button]: Tải tệp chiến dịch cơ quan gửi');
    const [settings] = await Promise.all([
      ext.context.waitForEvent('page'),
      // The popup closes itself once the tab is open.
      page.keyboard.press('Enter').catch(() => undefined),
    ]);
    await settings.waitForLoadState();
    await settings.getByLabel('Tải tệp chiến dịch (.json) do cơ quan, đơn vị gửi').waitFor();
    expect(new URL(settings.url()).hash).toBe('#settings');
  });
});
