import { rm } from 'node:fs/promises';
import { afterAll, expect, test } from 'vitest';
import { addDays, calendarDateIn } from '@/storage/time/calendar';
import { campaignOf } from '@/tests/fixtures/campaign';
import { axeViolations, openOptions, openPopup } from './helpers';
import { launchUnderPolicy } from './policy-launch';

// Chromium on Linux reads the machine's policies from this folder at launch (TOOLCHAIN.md). The
// file names only this test's extension id, and is removed afterwards: it applies to every
// Chromium on the machine. CI runs as root, so it may write here.
const POLICY_FILE = '/etc/chromium/policies/managed/green-office-pledge-e2e.json';

afterAll(() => rm(POLICY_FILE, { force: true }));

test('a campaign pushed by browser policy is the active one when the popup first opens', async () => {
  // The real clock: the organisation's campaign runs from yesterday for a month, in Vietnam.
  const today = calendarDateIn(Date.now(), 'Asia/Ho_Chi_Minh');
  const campaign = campaignOf({
    id: 'chinh-sach-e2e',
    name: { vi: 'Chiến dịch do tổ chức đặt', en: 'Campaign set by the organisation' },
    start: addDays(today, -1),
    end: addDays(today, 30),
    workingDays: [1, 2, 3, 4, 5, 6, 7],
  });
  const policy = { campaign: JSON.stringify(campaign), collectsReports: true, reminderTime: '08:30' };
  const { ext, namedId } = await launchUnderPolicy(POLICY_FILE, policy);
  try {
    const { extensionId } = ext;
    expect(extensionId).toBe(namedId);
    const popup = await openPopup(ext.context, extensionId);
    await expect
      .poll(() => popup.locator('body').textContent(), { timeout: 20_000 })
      .toContain('Chiến dịch do tổ chức đặt');
    const settings = await openOptions(ext.context, extensionId, 'settings');
    await expect
      .poll(() => settings.locator('body').textContent(), { timeout: 20_000 })
      .toContain('do tổ chức của bạn thiết lập');
    expect(await settings.getByRole('checkbox', { name: /thu nhận báo cáo/ }).isChecked()).toBe(true);
    expect(await settings.getByLabel('Giờ nhắc').inputValue()).toBe('08:30');
    expect(await axeViolations(settings)).toEqual([]);
  } finally {
    await ext.close();
  }
});
