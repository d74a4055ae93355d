import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { validCampaignJson } from '@/tests/fixtures/campaign';
import {
  ADMIN_VIEWPORT,
  axeViolations,
  BUILT_IN_FILE,
  badgeText,
  browserInVietnam,
  describeViolations,
  freshBrowsers,
  openOptions,
  openPopup,
  waitForBadge,
} from './helpers';
import { scratchFolders } from './scratch';

// Issue #9, the other new screens, with the real clock: a campaign still to come, one that
// ended, the dashboard with no campaign, and the offer to carry a challenge's days over.
// axe-core finds no violation on any of them.

// A challenge runs in the computer's zone and the office file in Vietnam's: the same here.
browserInVietnam();
const browserAt = freshBrowsers();
const scratchDir = scratchFolders('green-office-phases-');

const NOW = () => new Date();
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

/** Today in Vietnam, `days` later. */
function vietnamDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function campaignFile(name: string, start: string, end: string): Promise<string> {
  const scratch = await scratchDir();
  const path = join(scratch, `chien-dich_${name}.json`);
  await writeFile(
    path,
    JSON.stringify({ ...validCampaignJson(), id: name, start, end, workingDays: [1, 2, 3, 4, 5, 6, 7] }),
  );
  return path;
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

describe('start today, the other phases (issue #9)', () => {
  test('a campaign still to come says when it starts, and the badge shows it waits', async () => {
    const ext = await browserAt(NOW(), await campaignFile('sap-toi', vietnamDay(10), vietnamDay(40)));
    const popup = await openPopup(ext.context, ext.extensionId);
    await popup.getByText(/^Chiến dịch bắt đầu sau 10 ngày, (thứ \S+|chủ nhật) \d\d\/\d\d\/\d{4}\.$/).waitFor();
    await popup.getByLabel('Phòng, ban, đơn vị').waitFor();
    expect(await waitForBadge(ext, '…')).toBe('…');
    await expectNoViolations(popup, 'popup, campaign still to come');
  });

  test('an ended campaign shows how it went and the ways to start again; the dashboard with none offers them too', async () => {
    const ext = await browserAt(NOW(), BUILT_IN_FILE);
    const popup = await openPopup(ext.context, ext.extensionId);
    await popup.getByText(/đã kết thúc ngày 30\/06\/2024\. Bạn đã tham gia 0 ngày\./).waitFor();
    expect(await popup.getByLabel('Phòng, ban, đơn vị').count(), 'nothing asked in its name').toBe(0);
    await popup.getByRole('button', { name: 'Bắt đầu thử thách 30 ngày hôm nay' }).waitFor();
    await expectNoViolations(popup, 'popup, campaign ended');

    const fresh = await browserAt(NOW(), null);
    const page = await openOptions(fresh.context, fresh.extensionId);
    await page.setViewportSize(ADMIN_VIEWPORT);
    await page.getByText('Hôm nay chưa có chiến dịch nào đang diễn ra.').waitFor();
    await expectNoViolations(page, 'dashboard, no campaign');
    expect(await badgeText(fresh)).toBe('');
  });

  test('an office campaign arriving during the 30-day challenge offers to bring the days over', async () => {
    const ext = await browserAt(NOW(), null);
    const popup = await openPopup(ext.context, ext.extensionId);
    await popup.getByLabel('Họ và tên').fill('Đỗ Thị Mai');
    await popup.getByRole('button', { name: 'Bắt đầu thử thách 30 ngày hôm nay' }).click();
    await popup.getByRole('checkbox', { name: 'Không sử dụng túi nilon khó phân hủy', exact: true }).click();
    expect(await waitForBadge(ext, '1')).toBe('1');

    // The office's file covers today (and the days around it, whatever the computer's zone).
    const file = await campaignFile('co-quan', vietnamDay(-3), vietnamDay(27));
    const settings = await openOptions(ext.context, ext.extensionId, 'settings');
    await settings.setViewportSize(ADMIN_VIEWPORT);
    await settings.getByLabel('Tải tệp chiến dịch (.json) do cơ quan, đơn vị gửi').setInputFiles(file);
    const offer = settings.getByRole('region', { name: 'Chuyển các ngày đã ghi sang chiến dịch mới?' });
    await offer.getByText(/^Bạn đã ghi 1 ngày /).waitFor();
    await expectNoViolations(settings, 'settings, the carry-over offer');
    await offer.getByRole('button', { name: 'Chuyển 1 ngày sang' }).click();
    await offer.getByText(/^Đã chuyển 1 ngày sang «Chiến dịch thử»/).waitFor();

    // The popup asks for a department of the office campaign, then shows the day carried over.
    const again = await openPopup(ext.context, ext.extensionId);
    await again.getByRole('heading', { name: 'Chọn lại phòng, ban của bạn' }).waitFor();
    await expectNoViolations(again, 'popup, department asked again');
    await again.getByLabel('Phòng, ban, đơn vị').selectOption('ldvp');
    await again.getByRole('button', { name: 'Bắt đầu' }).click();
    await again.getByRole('heading', { name: 'Chiến dịch thử' }).waitFor();
    await eventually(() => again.getByRole('checkbox', { name: 'Không dùng túi nilon', exact: true }).isChecked()).toBe(
      true,
    );
  });
});
