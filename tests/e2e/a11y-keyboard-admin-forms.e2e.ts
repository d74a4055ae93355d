import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { MAX_REPORT_LINE } from '@/storage/files/limits';
import type { Campaign } from '@/storage/types';
import { generateSummaries } from '@/tests/fixtures/summaries.js';
import { browserInVietnam, freshBrowsers, REPORT_DAY, writeSummaryFiles } from './helpers';
import {
  adminPageByKeyboard,
  commitByKeyboard,
  downloadByEnter,
  eventually,
  expectFocus,
  focused,
  openAdminByKeyboard,
  previewByKeyboard,
  tabTo,
  watchLiveRegions,
} from './keyboard';
import { scratchFolders } from './scratch';

// Issue #17: the admin office's forms by keyboard alone (no clicks): the quick campaign form,
// the campaign editor, the report's details and its files. The office works on 1 July 2024,
// after the 2024 campaign ended.

browserInVietnam();
const fresh = freshBrowsers();
const campaign = campaignJson as unknown as Campaign;
const scratchDir = scratchFolders('green-office-keys-');

describe('the admin forms by keyboard alone (issue #17)', () => {
  test('quick campaign form: "go to the field" takes the focus to each field to put right, then use and download', async () => {
    const ext = await fresh(REPORT_DAY, null);
    const page = await openAdminByKeyboard(ext.context, ext.extensionId, 'campaign');
    const announced = await watchLiveRegions(page);
    const issue = () => page.locator('#cn-issue').textContent();
    const create = 'section.create';
    // Nothing is said on arrival.
    expect(await issue()).toBe('');

    // An emptied name is said once the field is left, and the buttons wait.
    await tabTo(page, 'input[text]: Tên chiến dịch');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    expect(await issue()).toBe('');
    await page.keyboard.press('Tab');
    await eventually(issue).toMatch(/^Chưa dùng được: /);
    expect(await page.getByRole('button', { name: 'Dùng chiến dịch này ở máy này' }).isDisabled()).toBe(true);

    // Each "go to the field" lands on the field of the message, marked invalid; typed, the next is said.
    const typed: Record<string, string> = {
      'Tên chiến dịch': 'Tuần lễ xanh',
      'Cơ quan, đơn vị tổ chức': 'Văn phòng Sở',
      'Bộ phận nhận báo cáo': 'Phòng Hành chính',
    };
    const visited: string[] = [];
    for (let round = 0; round < 5 && (await issue()) !== 'Mẫu đơn hợp lệ.'; round++) {
      if ((await issue()) === '') {
        // The next rule is on a field not yet left: the button pressed says it and goes there.
        await tabTo(page, 'button[button]: Dùng chiến dịch này ở máy này', { within: create });
        await page.keyboard.press('Enter');
      } else {
        await tabTo(page, 'button[button]: Đến ô cần sửa', { within: create });
        await page.keyboard.press('Enter');
      }
      await eventually(issue).toMatch(/^Chưa dùng được: /);
      const field = (await issue())!.match(/^Chưa dùng được: (.+?): /)![1]!;
      await expectFocus(page, new RegExp(`^(input\\[text\\]|textarea): ${field}$`));
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
      expect(typed[field], `a value for «${field}»`).toBeDefined();
      await page.keyboard.type(typed[field]!);
      visited.push(field);
    }
    expect(visited).toContain('Tên chiến dịch');
    await eventually(issue).toBe('Mẫu đơn hợp lệ.');

    await tabTo(page, 'button[button]: Dùng chiến dịch này ở máy này', { within: create });
    await page.keyboard.press('Enter');
    await eventually(announced).toContain('Chiến dịch «Tuần lễ xanh» đang được dùng ở máy này.');
    expect(await focused(page), 'the focus stays on the button').toBe('button[button]: Dùng chiến dịch này ở máy này');

    await tabTo(page, 'button[button]: Tải tệp cho nhân viên', { within: create });
    const file = await downloadByEnter(page);
    expect(JSON.parse(file.bytes.toString('utf8')).name.vi).toBe('Tuần lễ xanh');
    await eventually(announced).toContain(`Đã tạo tệp «${file.name}». Gửi tệp này cùng lời nhắn dưới đây.`);
  });

  test('editor: "go to the field" takes the focus to the first error; once fixed, Enter exports', async () => {
    const ext = await fresh(REPORT_DAY);
    const page = await openAdminByKeyboard(ext.context, ext.extensionId, 'campaign');
    const editor = page
      .locator('section.editor')
      .filter({ has: page.getByRole('heading', { name: 'Soạn tệp chiến dịch' }) });
    // The full editor is folded below the short form: Enter on its summary opens it.
    await tabTo(page, 'summary: Sửa mọi trường của tệp chiến dịch (trình soạn đầy đủ)', { cap: 100 });
    await page.keyboard.press('Enter');
    // Nothing is said on arrival; the id left as it came (an ended campaign's), the rule is said.
    expect(await editor.locator('#editor-issue').textContent()).toBe('');
    await tabTo(page, /^input\[text\]: Mã chiến dịch/, { cap: 300 });
    expect(await editor.locator('#editor-issue').textContent()).toBe('');
    await page.keyboard.press('Tab');
    await eventually(() => editor.locator('#editor-issue').textContent()).toMatch(/^Chưa xuất được: /);
    const announced = await watchLiveRegions(page);

    await tabTo(page, 'button[button]: Đến ô cần sửa', { cap: 300, within: 'section.editor:not(.create)' });
    await page.keyboard.press('Enter');
    await expectFocus(page, /^input\[text\]: Mã chiến dịch/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('vp-xanh-2025');
    await eventually(announced).toContain('Tệp chiến dịch hợp lệ, sẵn sàng xuất.');

    await tabTo(page, 'button[button]: Xuất tệp chiến dịch (.json)', { cap: 300 });
    const file = await downloadByEnter(page);
    expect(JSON.parse(file.bytes.toString('utf8')).id).toBe('vp-xanh-2025');
    await eventually(announced).toContain(`Đã tạo tệp «${file.name}». Gửi tệp này cho cán bộ để họ tải trong Cài đặt.`);
  });

  test('report: details typed and saved by keyboard; the Word file, the workbook, the print and a CSV by Enter', async () => {
    const scratch = await scratchDir();
    const ext = await fresh(REPORT_DAY);
    const page = await openAdminByKeyboard(ext.context, ext.extensionId);
    await previewByKeyboard(
      page,
      await writeSummaryFiles(scratch, generateSummaries({ campaign, people: 4 }).summaries),
    );
    await commitByKeyboard(page, 4);
    // The report has a page of its own, reached by the section's navigation.
    await adminPageByKeyboard(page, 'report');
    // The figures and the report are read again after the import: the form is back when its button is.
    await page.getByRole('button', { name: 'Lưu thông tin báo cáo' }).waitFor();
    const announced = await watchLiveRegions(page);

    // Too long: refused, said, and the focus goes back to the field.
    const number = 'input[text]: Số, ký hiệu (ví dụ 15/BC-VP)';
    await tabTo(page, number);
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('x'.repeat(MAX_REPORT_LINE + 1));
    await tabTo(page, 'button[button]: Lưu thông tin báo cáo', { cap: 40 });
    await page.keyboard.press('Enter');
    await expectFocus(page, number);
    await eventually(announced).toContain(
      `«Số, ký hiệu (ví dụ 15/BC-VP)» dài quá ${MAX_REPORT_LINE} ký tự. Chưa lưu gì.`,
    );

    await page.keyboard.press('Control+A');
    await page.keyboard.type('15/BC-VP');
    await tabTo(page, 'button[button]: Lưu thông tin báo cáo', { cap: 40 });
    await page.keyboard.press('Enter');
    await eventually(announced).toContain('Đã lưu thông tin báo cáo.');

    await tabTo(page, 'button[button]: Tải báo cáo Word (.docx)');
    const docx = await downloadByEnter(page);
    expect(docx.name).toMatch(/^bao-cao_.+\.docx$/);
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await eventually(announced).toContain(`Đã tạo tệp «${docx.name}».`);

    await tabTo(page, 'button[button]: Tải sổ tổng hợp (.xlsx)');
    const workbook = await downloadByEnter(page);
    expect(workbook.name).toMatch(/^bao-cao_.+\.xlsx$/);
    await eventually(announced).toContain(`Đã tạo tệp «${workbook.name}».`);

    // The printable report opens in a tab of its own.
    await tabTo(page, 'button[button]: Mở báo cáo để in (A4)', { back: true });
    const [print] = await Promise.all([ext.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await print.getByText('BÁO CÁO', { exact: true }).waitFor();
    expect(new URL(print.url()).hash).toMatch(/^#report\?/);
    await print.close();
    await page.bringToFront();

    await tabTo(page, /^button\[button\]: .+ \(\.csv\)$/);
    const csv = await downloadByEnter(page);
    expect(csv.name).toMatch(/\.csv$/);
    await eventually(announced).toContain(`Đã tạo tệp «${csv.name}».`);
    expect(await focused(page)).toMatch(/\(\.csv\)$/);
  });
});
