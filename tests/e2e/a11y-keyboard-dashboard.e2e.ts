import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { validCampaignJson } from '@/tests/fixtures/campaign';
import {
  BUILT_IN_FILE,
  browserInVietnam,
  CAMPAIGN_DAY,
  CAMPAIGN_INPUT,
  CAMPAIGN_NAME,
  freshBrowsers,
  type LaunchedExtension,
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

// Issue #17: the dashboard's flows by keyboard alone (no clicks): its sections, the summary
// export with its preview, backup and restore, loading a campaign file. File choosers are
// opened by Space on the focused file input; Playwright's chooser stands in for the system's.

// The challenge of the carry-over test runs in the computer's zone, the office file in Vietnam's.
browserInVietnam();
const fresh = freshBrowsers();
const eventually = <T>(read: () => Promise<T>) => eventuallyWithin(read, 10_000);
const scratchDir = scratchFolders('green-office-keys-');

/** Set up in the popup by keyboard, with one pledge ticked by Space. */
async function setUpWithAPledge(ext: LaunchedExtension): Promise<void> {
  const popup = await openPopup(ext.context, ext.extensionId);
  await setUpByKeyboard(popup);
  await tabTo(popup, `input[checkbox]: ${PLEDGES.nylon}`);
  await popup.keyboard.press('Space');
  await popup.getByText(`Đã ghi: ${PLEDGES.nylon}`).waitFor();
  await popup.close();
}

/** Today in Vietnam, `days` later. */
function vietnamDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A fresh install on the real clock that started the 30-day challenge and ticked a pledge, all
 * by keyboard, then loaded by keyboard an office file that covers today: the carry-over offer.
 */
async function carryOverOffered(): Promise<Page> {
  const ext = await fresh(null, null);
  const popup = await openPopup(ext.context, ext.extensionId);
  await tabTo(popup, 'input[text]: Họ và tên');
  await popup.keyboard.type('Đỗ Thị Mai');
  await popup.keyboard.press('Enter');
  await expectFocus(popup, /^h1: /);
  await tabTo(popup, `input[checkbox]: ${PLEDGES.nylon}`);
  await popup.keyboard.press('Space');
  await popup.getByText(`Đã ghi: ${PLEDGES.nylon}`).waitFor();

  const scratch = await scratchDir();
  const file = join(scratch, 'chien-dich_co-quan.json');
  const office = { ...validCampaignJson(), id: 'co-quan', start: vietnamDay(-3), end: vietnamDay(27) };
  await writeFile(file, JSON.stringify({ ...office, workingDays: [1, 2, 3, 4, 5, 6, 7] }));
  const page = await openOptions(ext.context, ext.extensionId, 'settings');
  await page.getByLabel(CAMPAIGN_INPUT).waitFor();
  await tabTo(page, `input[file]: ${CAMPAIGN_INPUT}`);
  await chooseFilesByKeyboard(page, file);
  await expectFocus(page, 'p: Đã tải chiến dịch «Chiến dịch thử». Các ngày đã ghi vẫn được giữ nguyên.');
  await page.getByRole('region', { name: 'Chuyển các ngày đã ghi sang chiến dịch mới?' }).waitFor();
  return page;
}

describe('the dashboard by keyboard alone (issue #17)', () => {
  test('sections: Enter on a link of the nav moves the focus to that section heading', async () => {
    const ext = await fresh(CAMPAIGN_DAY);
    const page = await openOptions(ext.context, ext.extensionId);
    await page.getByRole('heading', { name: 'Tiến độ của tôi trong chiến dịch' }).waitFor();

    const visits: [string, string][] = [
      ['Phòng, ban của tôi', 'h2: Phòng, ban của tôi so với cả cơ quan'],
      ['Cài đặt', 'h2: Thông tin của tôi'],
      ['Dữ liệu của tôi', 'h2: Tệp tổng hợp tham gia gửi Phòng Hành chính tổ chức – Quản trị tài vụ'],
      ['Tiến độ của tôi', 'h2: Tiến độ của tôi trong chiến dịch'],
    ];
    for (const [link, heading] of visits) {
      // From the section's heading, Shift+Tab goes back up into the nav.
      await tabTo(page, `a: ${link}`, { back: (await focused(page)) !== 'body' });
      await page.keyboard.press('Enter');
      await expectFocus(page, heading);
      await expectVisibleFocus(page);
      expect(await page.getByRole('link', { name: link }).getAttribute('aria-current')).toBe('page');
    }
  });

  test('summary export: the preview takes the focus, Enter saves the file, the focus comes back, it is announced', async () => {
    const ext = await fresh(CAMPAIGN_DAY);
    await setUpWithAPledge(ext);
    const page = await openOptions(ext.context, ext.extensionId, 'data');
    await page.getByRole('button', { name: 'Xem trước nội dung sẽ gửi' }).waitFor();
    const announced = await watchLiveRegions(page);

    await tabTo(page, 'button[button]: Xem trước nội dung sẽ gửi');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'h3: Nội dung sẽ được chia sẻ');
    expect(await page.getByRole('region', { name: 'Nội dung sẽ được chia sẻ' }).textContent()).toContain(PLEDGES.nylon);

    await tabTo(page, 'button[button]: Tải bảng tính (.csv)');
    const csv = await downloadByEnter(page);
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.bytes.toString('utf8')).toContain(PLEDGES.nylon);
    await eventually(announced).toContain(`Đã tạo bảng tính «${csv.name}».`);

    await tabTo(page, 'button[button]: Tải tệp tổng hợp để gửi (.json)', { back: true });
    const json = await downloadByEnter(page);
    expect(JSON.parse(json.bytes.toString('utf8')).format).toBe('green-office/summary');
    await eventually(announced).toContain(
      `Đã tạo tệp «${json.name}» (lần xuất 1). Hãy gửi tệp này cho Phòng Hành chính tổ chức – Quản trị tài vụ.`,
    );
    // The preview is put away: the focus is back on the button that opened it.
    await expectFocus(page, 'button[button]: Xem trước nội dung sẽ gửi');
  });

  test('backup and restore: saved by Enter, the file input by Space, the question takes the focus, the outcome too', async () => {
    const ext = await fresh(CAMPAIGN_DAY);
    await setUpWithAPledge(ext);
    const scratch = await scratchDir();
    const page = await openOptions(ext.context, ext.extensionId, 'data');
    await page.getByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu' }).waitFor();
    const announced = await watchLiveRegions(page);

    await tabTo(page, 'button[button]: Tải bản sao lưu toàn bộ dữ liệu');
    const backup = await downloadByEnter(page);
    const backupPath = join(scratch, backup.name);
    await writeFile(backupPath, backup.bytes);
    await eventually(announced).toContain('Đã tạo bản sao lưu. Hãy cất tệp ở nơi an toàn.');

    // Cancel gives the focus back to the file input.
    await tabTo(page, 'input[file]: Khôi phục từ tệp sao lưu (.json)');
    await chooseFilesByKeyboard(page, backupPath);
    const question = `p: Khôi phục từ «${backup.name}» sẽ thay toàn bộ dữ liệu hiện tại bằng dữ liệu trong bản sao lưu. Tiếp tục?`;
    await expectFocus(page, question);
    await tabTo(page, 'button[button]: Huỷ');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'input[file]: Khôi phục từ tệp sao lưu (.json)');
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    // A file that is no backup: refused, said in an alert that takes the focus.
    const notBackup = join(scratch, 'khong-phai.json');
    await writeFile(notBackup, '{"format": "something-else"}');
    await chooseFilesByKeyboard(page, notBackup);
    await expectFocus(page, question.replace(backup.name, 'khong-phai.json'));
    await tabTo(page, 'button[button]: Khôi phục');
    await page.keyboard.press('Enter');
    await expectFocus(page, /^p: Không khôi phục từ «khong-phai\.json»: .+ Dữ liệu hiện tại vẫn giữ nguyên\.$/);
    expect(await page.getByRole('alert').textContent()).toContain('khong-phai.json');

    // The backup itself: restored, said in the status that takes the focus.
    await tabTo(page, 'input[file]: Khôi phục từ tệp sao lưu (.json)', { back: true });
    await chooseFilesByKeyboard(page, backupPath);
    await expectFocus(page, question);
    await tabTo(page, 'button[button]: Khôi phục');
    await page.keyboard.press('Enter');
    await expectFocus(page, `p: Đã khôi phục dữ liệu từ «${backup.name}».`);
    await expectVisibleFocus(page);
  });

  test('campaign loading: the file input by Space; loaded or refused, the message takes the focus', async () => {
    const ext = await fresh(CAMPAIGN_DAY, null);
    const scratch = await scratchDir();
    const page = await openOptions(ext.context, ext.extensionId, 'settings');
    await page.getByLabel(CAMPAIGN_INPUT).waitFor();
    const announced = await watchLiveRegions(page);

    const broken = join(scratch, 'hong.json');
    await writeFile(broken, '{ not json');
    await tabTo(page, `input[file]: ${CAMPAIGN_INPUT}`);
    await chooseFilesByKeyboard(page, broken);
    await expectFocus(page, /^p: Không tải được tệp «hong\.json»: /);
    expect(await page.getByRole('alert').textContent()).toMatch(/^Không tải được tệp «hong\.json»/);
    await eventually(announced).toEqual(expect.arrayContaining([expect.stringMatching(/^Không tải được tệp/)]));

    await tabTo(page, `input[file]: ${CAMPAIGN_INPUT}`, { back: true });
    await chooseFilesByKeyboard(page, BUILT_IN_FILE);
    await expectFocus(page, `p: Đã tải chiến dịch «${CAMPAIGN_NAME}». Các ngày đã ghi vẫn được giữ nguyên.`);
    await expectVisibleFocus(page);
    await eventually(announced).toContain(`Đã tải chiến dịch «${CAMPAIGN_NAME}». Các ngày đã ghi vẫn được giữ nguyên.`);
    expect(await page.getByRole('radio', { name: new RegExp(CAMPAIGN_NAME) }).isChecked()).toBe(true);
  });

  test('bulletin: the file input by Space; a refused file is said in an alert that takes the focus', async () => {
    const ext = await fresh(CAMPAIGN_DAY);
    const scratch = await scratchDir();
    const broken = join(scratch, 'ban-tin.json');
    await writeFile(broken, '{"format": "green-office/bulletin"}');
    const page = await openOptions(ext.context, ext.extensionId, 'department');
    await page.getByLabel('Tải bản tin phòng, ban do cơ quan gửi (.json)').waitFor();
    const announced = await watchLiveRegions(page);
    await tabTo(page, 'input[file]: Tải bản tin phòng, ban do cơ quan gửi (.json)');
    await chooseFilesByKeyboard(page, broken);
    await expectFocus(page, /^p: Không tải được bản tin «ban-tin\.json»: .+ Không có gì thay đổi\.$/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await eventually(announced).toEqual(expect.arrayContaining([expect.stringContaining('«ban-tin.json»')]));
  });

  test('carry-over: answered yes by Enter, the outcome takes the focus and is announced', async () => {
    const page = await carryOverOffered();
    const announced = await watchLiveRegions(page);
    await tabTo(page, 'button[button]: Chuyển 1 ngày sang');
    await page.keyboard.press('Enter');
    await expectFocus(page, /^p: Đã chuyển 1 ngày sang «Chiến dịch thử»/);
    await expectVisibleFocus(page);
    await eventually(announced).toEqual(expect.arrayContaining([expect.stringMatching(/^Đã chuyển 1 ngày sang/)]));
  });

  test('carry-over: declined by Enter, the focus goes back to the file input', async () => {
    const page = await carryOverOffered();
    await tabTo(page, 'button[button]: Không, giữ riêng');
    await page.keyboard.press('Enter');
    await expectFocus(page, `input[file]: ${CAMPAIGN_INPUT}`);
    expect(await page.getByRole('region', { name: 'Chuyển các ngày đã ghi sang chiến dịch mới?' }).count()).toBe(0);
  });
});
