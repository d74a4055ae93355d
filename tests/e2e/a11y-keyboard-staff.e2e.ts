import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { buildWithClipboard as copyWithClipboard } from './clipboard-build';
import {
  ADMIN_VIEWPORT,
  CAMPAIGN_DAY,
  DEPARTMENT,
  freshBrowsers,
  type LaunchedExtension,
  NAME,
  openOptions,
  openPopup,
  PLEDGES,
} from './helpers';
import {
  chooseFilesByKeyboard,
  downloadByEnter,
  eventually as eventuallyWithin,
  expectFocus,
  expectVisibleFocus,
  focused,
  setUpByKeyboard,
  tabTo,
  watchLiveRegions,
} from './keyboard';
import { scratchFolders } from './scratch';

// Issue #17: the staff member's remaining flows by keyboard alone (no clicks): a count typed into
// an action pledge, the share panel (picture made, downloaded, copied), the personal settings,
// and a bulletin that loads. Each outcome in a live region that was there before it.

const eventually = <T>(read: () => Promise<T>) => eventuallyWithin(read, 10_000);
const browserAt = freshBrowsers();
const clipboardBuild = scratchFolders('green-office-keys-clip-');
const scratchDir = scratchFolders('green-office-keys-');

/** The 2024 campaign on its 12 June, in the production build or `dir`. */
const start = (dir?: string): Promise<LaunchedExtension> => browserAt(CAMPAIGN_DAY, undefined, { dir });

/** A copy of the build that declares `clipboardWrite` (headless Chromium cannot answer the prompt). */
const buildWithClipboard = async () => copyWithClipboard(await clipboardBuild());

/** A bulletin of the 2024 campaign as the office makes it on 11 June (docs/formats.md §3): 3 of 5 a day. */
function bulletin() {
  const { id, start, end, timeZone, departments } = campaignJson;
  const days = ['2024-06-05', '2024-06-06', '2024-06-07', '2024-06-10', '2024-06-11'];
  return {
    format: 'green-office/bulletin',
    version: 1,
    campaign: { id, start, end, timeZone },
    generatedAt: '2024-06-11T17:00:00+07:00',
    departments: departments.map((d) => ({
      id: d.id,
      name: d.name,
      headcount: 5,
      days: days.map((date) => ({ date, participants: 3, pledges: {} })),
    })),
  };
}

const TREES = `input[number]: ${PLEDGES.trees}`;

describe('the staff member by keyboard alone, what was left (issue #17)', () => {
  test('an action pledge: a count typed into its field is recorded by Enter and announced', async () => {
    const ext = await start();
    const page = await openPopup(ext.context, ext.extensionId);
    await setUpByKeyboard(page);
    const announced = await watchLiveRegions(page);

    await tabTo(page, TREES);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await eventually(announced).toContain(`Đã ghi: ${PLEDGES.trees}`);
    expect(await focused(page), 'the focus stays on the count').toBe(TREES);
    await expectVisibleFocus(page);

    // Kept: a new popup shows the count typed.
    const again = await openPopup(ext.context, ext.extensionId);
    await eventually(() => again.getByRole('spinbutton', { name: PLEDGES.trees }).inputValue()).toBe('4');
  });

  test('share: Enter in the popup opens the panel; the shape by arrows, download and copy by Enter, announced', async () => {
    const ext = await start(await buildWithClipboard());
    const popup = await openPopup(ext.context, ext.extensionId);
    await setUpByKeyboard(popup);
    await tabTo(popup, `input[checkbox]: ${PLEDGES.nylon}`);
    await popup.keyboard.press('Space');
    await popup.getByText(`Đã ghi: ${PLEDGES.nylon}`).waitFor();

    await tabTo(popup, 'button[button]: Chia sẻ tiến độ (ảnh cho Zalo, Facebook)');
    const [page] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.keyboard.press('Enter').catch(() => undefined),
    ]);
    await page.setViewportSize(ADMIN_VIEWPORT);
    const picture = page.getByRole('img', { name: /^Ảnh xem trước\./ });
    await picture.waitFor();
    const announced = await watchLiveRegions(page);

    await tabTo(page, /^input\[radio\]: Vuông 1080 × 1080/);
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, /^input\[radio\]: Ngang 1200 × 630/);
    expect(await page.getByRole('radio', { name: /^Ngang 1200 × 630/ }).isChecked()).toBe(true);
    await tabTo(page, 'input[checkbox]: Ghi họ tên tôi lên ảnh');
    await page.keyboard.press('Space');
    await eventually(() => picture.getAttribute('aria-label')).toContain(`${NAME} đã tham gia`);

    await tabTo(page, 'button[button]: Tải ảnh PNG');
    const png = await downloadByEnter(page);
    expect(png.name).toMatch(/_1200x630\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await eventually(announced).toContain(`Đã tải ảnh ${png.name}.`);
    expect(await focused(page), 'the focus stays on the button').toBe('button[button]: Tải ảnh PNG');

    await tabTo(page, 'button[button]: Chép ảnh');
    await page.keyboard.press('Enter');
    await eventually(announced).toContain('Đã chép ảnh: dán (Ctrl+V) vào nhóm Zalo hoặc bài đăng Facebook.');
    await tabTo(page, 'button[button]: Chép đoạn chữ');
    await page.keyboard.press('Enter');
    await eventually(announced).toContain('Đã chép đoạn chữ: dán (Ctrl+V) vào tin nhắn hoặc bài đăng.');
    await expectVisibleFocus(page);
  });

  test('personal settings: name and department saved by Enter, the language and the reminder by keyboard', async () => {
    const ext = await start();
    const popup = await openPopup(ext.context, ext.extensionId);
    await setUpByKeyboard(popup);
    const page = await openOptions(ext.context, ext.extensionId, 'settings');
    await page.getByLabel('Họ và tên').waitFor();
    const announced = await watchLiveRegions(page);

    // An emptied name is refused, said in the status beside the button.
    await tabTo(page, 'input[text]: Họ và tên');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await eventually(announced).toContain('Vui lòng nhập họ và tên.');
    await page.keyboard.type('Trần Văn Minh');
    await tabTo(page, 'select: Phòng, ban, đơn vị');
    await page.keyboard.press('ArrowUp');
    expect(await page.getByLabel('Phòng, ban, đơn vị').inputValue()).not.toBe(DEPARTMENT.id);
    await tabTo(page, 'button[submit]: Lưu');
    await page.keyboard.press('Enter');
    await eventually(announced).toContain('Đã lưu');
    expect(await focused(page), 'the focus stays on the button').toBe('button[submit]: Lưu');

    // The reminder: on by Space, its time typed.
    await tabTo(page, 'input[checkbox]: Nhắc tôi vào những ngày làm việc chưa ghi cam kết');
    const reminder = page.getByRole('checkbox', { name: 'Nhắc tôi vào những ngày làm việc chưa ghi cam kết' });
    const wasOn = await reminder.isChecked();
    if (!wasOn) {
      await page.keyboard.press('Space');
      await eventually(() => reminder.isChecked()).toBe(true);
    }
    await tabTo(page, 'input[time]: Giờ nhắc (giờ của chiến dịch)');
    await page.keyboard.type('0815');
    // A 12-hour clock has a third part: A for the morning (a 24-hour clock ignores it).
    await page.keyboard.type('A');
    await eventually(() => page.getByLabel('Giờ nhắc (giờ của chiến dịch)').inputValue()).toBe('08:15');

    // The language by arrows: the page turns English, the focus stays on the choice.
    await tabTo(page, 'select: Ngôn ngữ', { back: true });
    await page.keyboard.press('ArrowDown');
    await eventually(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectFocus(page, 'select: Language');
    await expectVisibleFocus(page);

    // All kept: a new page shows them, in English.
    const again = await openOptions(ext.context, ext.extensionId, 'settings');
    await eventually(() => again.getByLabel('Full name').inputValue()).toBe('Trần Văn Minh');
    expect(await again.getByLabel('Reminder time', { exact: false }).inputValue()).toBe('08:15');
  });

  test('bulletin: a good file by Space; the loaded message takes the focus and is announced', async () => {
    const ext = await start();
    const popup = await openPopup(ext.context, ext.extensionId);
    await setUpByKeyboard(popup);
    const scratch = await scratchDir();
    const file = join(scratch, 'ban-tin.json');
    await writeFile(file, JSON.stringify(bulletin()));

    const page = await openOptions(ext.context, ext.extensionId, 'department');
    await page.getByLabel('Tải bản tin phòng, ban do cơ quan gửi (.json)').waitFor();
    const announced = await watchLiveRegions(page);
    await tabTo(page, 'input[file]: Tải bản tin phòng, ban do cơ quan gửi (.json)');
    await chooseFilesByKeyboard(page, file);
    await expectFocus(page, /^p: Đã tải bản tin «ban-tin\.json» của chiến dịch /);
    await expectVisibleFocus(page);
    await eventually(announced).toEqual(expect.arrayContaining([expect.stringMatching(/^Đã tải bản tin «ban-tin/)]));
    await page.getByRole('table', { name: /^Người tham gia mỗi ngày/ }).waitFor();
  });
});
