import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  ADMIN_VIEWPORT,
  axeViolations,
  badgeText,
  CAMPAIGN_INPUT,
  commitPicked,
  describeViolations,
  freshBrowsers,
  type LaunchedExtension,
  openAdmin,
  openPopup,
  pickSummaryFiles,
  waitForBadge,
} from './helpers';
import { scratchFolders } from './scratch';
import { screenshotPath } from './screenshots';

// Issue #9, with the REAL clock (no pinned date): whoever installs the extension today records
// a pledge within a minute with no file from anyone, and an office starts its own campaign
// without typing JSON. Each test gets fresh browsers and profiles.

const fresh = freshBrowsers();
const scratchDir = scratchFolders('green-office-start-');

/** A fresh install, as it comes: the real clock, no campaign file loaded. */
const freshInstall = (): Promise<LaunchedExtension> => fresh(null, null);

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });
const statusLine = (page: Page) => page.locator('p.status[role="status"]');
const NYLON = 'Không sử dụng túi nilon khó phân hủy';
const PLASTIC = 'Không sử dụng sản phẩm nhựa dùng một lần';
const CHALLENGE = 'Bắt đầu thử thách 30 ngày hôm nay';
const OFFICE = 'Tạo chiến dịch cho cơ quan (người thu thập báo cáo)';

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

/** Clicks a button of the popup that opens a page of the dashboard; returns that page. */
async function opened(context: BrowserContext, popup: Page, button: string): Promise<Page> {
  const [page] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: button }).click()]);
  await page.waitForLoadState();
  await page.setViewportSize(ADMIN_VIEWPORT);
  return page;
}

async function tick(popup: Page, label: string): Promise<void> {
  await popup.getByRole('checkbox', { name: label, exact: true }).click();
  await eventually(() => statusLine(popup).textContent()).toBe(`Đã ghi: ${label}`);
}

async function saveDownload(page: Page, button: string, dir: string): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, download.suggestedFilename());
  await writeFile(path, await readFile(await download.path()));
  return { name: download.suggestedFilename(), path };
}

describe('start today (issue #9)', () => {
  test('a fresh install starts the 30-day challenge from the popup, records two pledges, and keeps them', async () => {
    const ext = await freshInstall();
    const popup = await openPopup(ext.context, ext.extensionId);
    await popup.getByText('Hôm nay chưa có chiến dịch nào đang diễn ra.').waitFor();
    expect(await popup.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Tải tệp chiến dịch cơ quan gửi'),
      expect.stringContaining(CHALLENGE),
      expect.stringContaining(OFFICE),
    ]);
    expect(await popup.getByText(/2024/).count(), 'nothing in the name of the 2024 campaign').toBe(0);
    await expectNoViolations(popup, 'popup, no campaign running');
    expect(await badgeText(ext)).toBe('');

    // For the README: the popup as a new user first sees it.
    await popup.screenshot({ path: await screenshotPath('popup-first-run.png') });

    // A name, one click: the pledges of day 1.
    await popup.getByLabel('Họ và tên').fill('Đỗ Thị Mai');
    await popup.getByRole('button', { name: CHALLENGE }).click();
    await popup.getByRole('heading', { name: 'Văn phòng xanh 30 ngày' }).waitFor();
    await popup.getByText(/^Ngày 1\/30 · /).waitFor();
    await tick(popup, NYLON);
    await tick(popup, PLASTIC);
    expect(await waitForBadge(ext, '2')).toBe('2');
    await expectNoViolations(popup, 'popup, the challenge running');

    await popup.reload();
    await popup.getByRole('heading', { name: 'Văn phòng xanh 30 ngày' }).waitFor();
    await eventually(() => popup.getByRole('checkbox', { name: NYLON, exact: true }).isChecked()).toBe(true);
    expect(await popup.getByRole('checkbox', { name: PLASTIC, exact: true }).isChecked()).toBe(true);
    expect(await popup.locator('dd[data-stat="days-taken"]').textContent()).toBe('1');
    expect(await badgeText(ext)).toBe('2');
  });

  test('an admin creates the office campaign from three pasted departments; staff load it, record and export; the admin imports the summary as new', async () => {
    const scratch = await scratchDir();

    // The officer who collects reports: from the popup to the form, first in the admin section.
    const office = await freshInstall();
    const officePopup = await openPopup(office.context, office.extensionId);
    const admin = await opened(office.context, officePopup, OFFICE);
    const form = admin.getByRole('region', { name: 'Tạo chiến dịch mới' });
    await form.waitFor();
    await form.getByLabel('Mẫu').selectOption({ label: 'Văn phòng xanh 30 ngày' });
    await form.getByLabel('Cơ quan, đơn vị tổ chức').fill('Sở Tài nguyên và Môi trường');
    await form.getByLabel('Bộ phận nhận báo cáo').fill('Văn phòng Sở');
    await form
      .getByLabel(/^Phòng, ban: dán mỗi dòng/)
      .fill('Phòng Tổng hợp; 12\nPhòng Kế hoạch – Tài chính; 8\nThanh tra Sở; 5');
    const ids = form.getByRole('textbox', { name: /^Mã của «/ });
    await eventually(() => ids.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual([
      'phong-tong-hop',
      'phong-ke-hoach-tai-chinh',
      'thanh-tra-so',
    ]);
    await form.getByText('Mẫu đơn hợp lệ.').waitFor();
    await expectNoViolations(admin, 'the create form');

    await form.getByRole('button', { name: 'Dùng chiến dịch này ở máy này' }).click();
    await form.getByText('Chiến dịch «Văn phòng xanh 30 ngày» đang được dùng ở máy này.').waitFor();
    const file = await saveDownload(admin, 'Tải tệp cho nhân viên', scratch);
    expect(file.name).toMatch(/^chien-dich_van-phong-xanh-30-ngay(-\d+)?\.json$/);
    const campaign = JSON.parse(await readFile(file.path, 'utf8'));
    expect(campaign.departments.map((d: { id: string }) => d.id)).toEqual([
      'phong-tong-hop',
      'phong-ke-hoach-tai-chinh',
      'thanh-tra-so',
    ]);
    const message = await form.getByLabel(/^Lời nhắn cho nhân viên/).inputValue();
    expect(message).toContain(file.name);
    await expectNoViolations(admin, 'the create form, file downloaded');

    // A member of staff, on another computer: the file from the popup's first offer.
    const staff = await freshInstall();
    const staffPopup = await openPopup(staff.context, staff.extensionId);
    const settings = await opened(staff.context, staffPopup, 'Tải tệp chiến dịch cơ quan gửi');
    await settings.getByLabel(CAMPAIGN_INPUT).setInputFiles(file.path);
    await settings
      .getByText('Đã tải chiến dịch «Văn phòng xanh 30 ngày». Các ngày đã ghi vẫn được giữ nguyên.')
      .waitFor();
    const popup = await openPopup(staff.context, staff.extensionId);
    await popup.getByLabel('Họ và tên').fill('Vũ Văn Nam');
    await popup.getByLabel('Phòng, ban, đơn vị').selectOption({ label: 'Thanh tra Sở' });
    await popup.getByRole('button', { name: 'Bắt đầu' }).click();
    await popup.getByRole('heading', { name: 'Văn phòng xanh 30 ngày' }).waitFor();
    await tick(popup, NYLON);
    expect(await waitForBadge(staff, '1')).toBe('1');
    await settings.goto(settings.url().replace(/#.*$/, '#data'));
    await settings.getByRole('button', { name: 'Xem trước nội dung sẽ gửi' }).click();
    const summary = await saveDownload(settings, 'Tải tệp tổng hợp để gửi (.json)', scratch);
    const sent = JSON.parse(await readFile(summary.path, 'utf8'));
    expect([sent.campaign.id, sent.participant.department, sent.revision]).toEqual([campaign.id, 'thanh-tra-so', 1]);

    // Back at the office, on the page that receives files: the summary is new, in the department it names.
    await openAdmin(admin, 'files');
    await admin.getByLabel(/^Chọn các tệp tổng hợp \(\.json\), có thể chọn nhiều tệp/).waitFor();
    await pickSummaryFiles(admin, [summary.path]);
    expect(await commitPicked(admin, 1)).toMatch(/^Đã xử lý 1 tệp: 1 mới · 0 cập nhật/);
  });
});
