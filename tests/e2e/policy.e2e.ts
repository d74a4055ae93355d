import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { addDays, calendarDateIn } from '@/storage/time/calendar';
import { campaignOf } from '@/tests/fixtures/campaign';
import { axeViolations, launchExtension, openOptions, openPopup, snapshotBuild } from './helpers';

// Chromium on Linux reads the machine's policies from this folder at launch (TOOLCHAIN.md). The
// file names only this test's extension id, and is removed afterwards: it applies to every
// Chromium on the machine. CI runs as root, so it may write here.
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'green-office-pledge-e2e.json');

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
  const build = await snapshotBuild();
  try {
    // The first launch only tells the extension's id, which comes from the folder's path.
    const first = await launchExtension({ dir: build.dir, snapshot: false });
    const { extensionId } = first;
    await first.close();
    await mkdir(POLICY_DIR, { recursive: true });
    const policy = { campaign: JSON.stringify(campaign), collectsReports: true, reminderTime: '08:30' };
    await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));

    const ext = await launchExtension({ dir: build.dir, snapshot: false });
    try {
      expect(ext.extensionId).toBe(extensionId);
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
  } finally {
    await rm(POLICY_FILE, { force: true });
    await build.remove();
  }
});
