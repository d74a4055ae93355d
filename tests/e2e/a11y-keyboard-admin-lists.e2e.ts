import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Campaign } from '@/storage/types';
import { generateSummaries } from '@/tests/fixtures/summaries.js';
import { browserInVietnam, freshBrowsers, REPORT_DAY, writeSummaryFiles } from './helpers';
import {
  adminPageByKeyboard,
  chooseFilesByKeyboard,
  commitByKeyboard,
  downloadByEnter,
  eventually,
  expectFocus,
  expectVisibleFocus,
  focused,
  openAdminByKeyboard,
  previewByKeyboard,
  tabTo,
  watchLiveRegions,
} from './keyboard';
import { scratchFolders } from './scratch';

// Issue #17: the admin office's lists by keyboard alone (no clicks): the staff list loaded from
// its CSV (refused, then loaded), and the department bulletin exported. On 1 July 2024, after
// the 2024 campaign ended.

browserInVietnam();
const fresh = freshBrowsers();
const campaign = campaignJson as unknown as Campaign;
const scratchDir = scratchFolders('green-office-keys-');

const ROSTER_INPUT = 'input[file]: Tải danh sách nhân sự (.csv: họ và tên, phòng ban)';
const departmentName = (id: string) => campaign.departments.find((d) => d.id === id)!.name.vi;

/** The admin section by keyboard, `people` summaries imported and committed by keyboard. */
async function adminWith(people: number) {
  const scratch = await scratchDir();
  const ext = await fresh(REPORT_DAY);
  const page = await openAdminByKeyboard(ext.context, ext.extensionId);
  const { summaries } = generateSummaries({ campaign, people, seed: 71 });
  await previewByKeyboard(page, await writeSummaryFiles(scratch, summaries));
  await commitByKeyboard(page, people);
  // The staff list is with the figures, a page of the section's navigation.
  await adminPageByKeyboard(page, 'figures');
  await page.getByLabel('Tải danh sách nhân sự (.csv: họ và tên, phòng ban)').waitFor();
  return { page, summaries, dir: scratch };
}

describe('the admin lists by keyboard alone (issue #17)', () => {
  test('staff list: the CSV by Space; refused or loaded, the message takes the focus and is announced', async () => {
    const { page, summaries, dir } = await adminWith(3);
    const announced = await watchLiveRegions(page);

    const unknown = join(dir, 'sai-phong.csv');
    await writeFile(unknown, 'Họ và tên,Phòng ban\nTriệu Thị Mây,Phòng không có\n');
    await tabTo(page, ROSTER_INPUT);
    await chooseFilesByKeyboard(page, unknown);
    await expectFocus(page, /^p: Không tải danh sách từ «sai-phong\.csv»: .+ Danh sách cũ vẫn giữ nguyên\.$/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await eventually(announced).toEqual(expect.arrayContaining([expect.stringContaining('«sai-phong.csv»')]));

    const lines = ['Họ và tên,Phòng ban', ...summaries.map((s) => `${s.participant.name},${s.participant.department}`)];
    lines.push(`Triệu Thị Mây,${departmentName('ldvp')}`);
    const roster = join(dir, 'danh-sach.csv');
    await writeFile(roster, `\uFEFF${lines.join('\r\n')}\r\n`);
    await tabTo(page, ROSTER_INPUT, { back: true });
    await chooseFilesByKeyboard(page, roster);
    await expectFocus(page, `p: Đã tải danh sách ${summaries.length + 1} người.`);
    await expectVisibleFocus(page);
    await eventually(announced).toContain(`Đã tải danh sách ${summaries.length + 1} người.`);
    await page.getByText(`Triệu Thị Mây — ${departmentName('ldvp')}`).waitFor();
  });

  test('bulletin export: Enter saves the file, the focus stays on the button, the file name is announced', async () => {
    const { page } = await adminWith(4);
    // The bulletin is shared with staff from the sharing page.
    await adminPageByKeyboard(page, 'share');
    const announced = await watchLiveRegions(page);
    const button = 'button[button]: Xuất bản tin phòng, ban (.json)';
    await tabTo(page, button, { cap: 80 });
    const bulletin = await downloadByEnter(page);
    expect(bulletin.name).toBe('ban-tin_backan-vp-wed-2024_2024-07-01.json');
    expect(JSON.parse(bulletin.bytes.toString('utf8')).format).toBe('green-office/bulletin');
    await eventually(announced).toContain(`Đã tạo tệp «${bulletin.name}».`);
    expect(await focused(page)).toBe(button);
    await expectVisibleFocus(page);
  });
});
