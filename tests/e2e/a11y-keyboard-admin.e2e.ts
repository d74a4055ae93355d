import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { MAX_REPORT_LINE } from '@/storage/files/limits';
import type { Summary } from '@/storage/summary/schema';
import { ALGORITHM, base64url, publicPart, SIGNING, signedBytes } from '@/storage/summary/signature';
import type { Campaign } from '@/storage/types';
import { generateSummaries } from '@/tests/fixtures/summaries.js';
import {
  ADMIN_CHECKBOX,
  ADMIN_LINK,
  ADMIN_VIEWPORT,
  browserInVietnam,
  extensionUrl,
  freshBrowsers,
  REPORT_DAY,
  writeSummaryFiles,
} from './helpers';
import { chooseFilesByKeyboard, expectFocus, expectVisibleFocus, focused, tabTo, watchLiveRegions } from './keyboard';

// Issue #17: the admin office's flows by keyboard alone (no clicks): the import with its preview
// and commit, held files, the quick campaign form, the editor, the report's details and files.
// The office works on 1 July 2024, after the 2024 campaign ended.

browserInVietnam();
const fresh = freshBrowsers();
const campaign = campaignJson as unknown as Campaign;
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });
const SUMMARY_FILES = /^input\[file\]: Chọn các tệp tổng hợp \(\.json\), có thể chọn nhiều tệp/;
const COMMIT = /^button\[button\]: Ghi vào dữ liệu \(\d+ tệp mới hoặc cập nhật\)$/;
let scratch: string | undefined;
afterEach(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** Settings by keyboard: Space on "I collect the reports", then the new link of the nav, Enter. */
async function openAdminByKeyboard(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(ADMIN_VIEWPORT);
  await page.goto(extensionUrl(extensionId, 'options.html#settings'));
  await page.getByRole('checkbox', { name: ADMIN_CHECKBOX }).waitFor();
  await tabTo(page, `input[checkbox]: ${ADMIN_CHECKBOX}`);
  await page.keyboard.press('Space');
  await page.getByRole('link', { name: ADMIN_LINK }).waitFor();
  await tabTo(page, `a: ${ADMIN_LINK}`, { back: true });
  await page.keyboard.press('Enter');
  // The section switch puts the focus on the section's heading.
  await expectFocus(page, /^h2: Tổng hợp báo cáo/);
  return page;
}

/** Summaries signed with a key made here, as if from one more computer. */
async function signedWithNewKey(summaries: Summary[]): Promise<Summary[]> {
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = publicPart(await crypto.subtle.exportKey('jwk', keys.publicKey)) as Record<string, unknown>;
  return Promise.all(
    summaries.map(async ({ signature: _none, ...unsigned }) => {
      const bytes = signedBytes(unsigned as Summary) as BufferSource;
      const value = new Uint8Array(await crypto.subtle.sign(SIGNING, keys.privateKey, bytes));
      return { ...unsigned, signature: { alg: 'ES256', publicKey, value: base64url(value) } } as Summary;
    }),
  );
}

/** Picks files by keyboard from the focused summary input; returns the preview's summary line. */
async function previewByKeyboard(page: Page, files: string[]): Promise<void> {
  await tabTo(page, SUMMARY_FILES);
  await chooseFilesByKeyboard(page, files);
  // The preview's summary takes the focus: "Xem trước N tệp: …".
  await expectFocus(page, new RegExp(`^p: Xem trước ${files.length} tệp: `));
}

async function commitByKeyboard(page: Page, files: number): Promise<void> {
  await tabTo(page, COMMIT);
  await page.keyboard.press('Enter');
  await expectFocus(page, new RegExp(`^p: Đã xử lý ${files} tệp: `));
}

/** Enter on the focused control, and the file it downloads. */
async function downloadByEnter(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

describe('the admin section by keyboard alone (issue #17)', () => {
  test('import: the preview takes the focus, Cancel gives it back, the commit result takes it and is announced', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'green-office-keys-'));
    const ext = await fresh(REPORT_DAY);
    const page = await openAdminByKeyboard(ext.context, ext.extensionId);
    const files = await writeSummaryFiles(scratch, generateSummaries({ campaign, people: 3, seed: 17 }).summaries);
    const announced = await watchLiveRegions(page);

    await previewByKeyboard(page, files);
    expect(await focused(page)).toContain('3 mới');
    await expectVisibleFocus(page);
    await tabTo(page, 'button[button]: Huỷ');
    await page.keyboard.press('Enter');
    await expectFocus(page, SUMMARY_FILES);

    await chooseFilesByKeyboard(page, files);
    await expectFocus(page, /^p: Xem trước 3 tệp: /);
    await commitByKeyboard(page, 3);
    await expectVisibleFocus(page);
    await eventually(announced).toEqual(expect.arrayContaining([expect.stringMatching(/^Đã xử lý 3 tệp: 3 mới/)]));
  });

  test('held files: accept and refuse by Enter, each outcome takes the focus, also after the last one', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'green-office-keys-'));
    const ext = await fresh(REPORT_DAY);
    const page = await openAdminByKeyboard(ext.context, ext.extensionId);
    const first = await signedWithNewKey(generateSummaries({ campaign, people: 2, seed: 5 }).summaries);
    // The same two people, revision 2, from another computer: another key, so both are held.
    const second = await signedWithNewKey(generateSummaries({ campaign, people: 2, seed: 5, revision: 2 }).summaries);
    const names = second.map((s) => s.participant.name);
    const firstFiles = await writeSummaryFiles(scratch, first, 'lan-1');
    const secondFiles = await writeSummaryFiles(scratch, second, 'lan-2');
    await previewByKeyboard(page, firstFiles);
    await commitByKeyboard(page, 2);
    await tabTo(page, SUMMARY_FILES, { back: true });
    await chooseFilesByKeyboard(page, secondFiles);
    await expectFocus(page, /^p: Xem trước 2 tệp: .*2 tạm giữ: khoá ký khác/);
    await commitByKeyboard(page, 2);
    await page.getByRole('heading', { name: '2 tệp đang tạm giữ: khoá ký khác' }).waitFor();
    const announced = await watchLiveRegions(page);

    await tabTo(page, `button[button]: Chấp nhận khoá mới của ${names[0]}`);
    await page.keyboard.press('Enter');
    await expectFocus(page, `p: Đã chấp nhận khoá mới của ${names[0]} và gộp tệp.`);
    await expectVisibleFocus(page);

    await tabTo(page, 'button[button]: Từ chối tệp lan-2-00002.json', { back: true });
    await page.keyboard.press('Enter');
    await expectFocus(page, 'p: Đã từ chối tệp «lan-2-00002.json».');
    await eventually(() => page.getByRole('heading', { name: /tệp đang tạm giữ/ }).count()).toBe(0);
    // The list is gone with its last file; the outcome stays, focused and announced.
    expect(await focused(page)).toBe('p: Đã từ chối tệp «lan-2-00002.json».');
    await eventually(announced).toContain('Đã từ chối tệp «lan-2-00002.json».');
  });

  test('quick campaign form: "go to the field" takes the focus to each field to put right, then use and download', async () => {
    const ext = await fresh(REPORT_DAY, null);
    const page = await openAdminByKeyboard(ext.context, ext.extensionId);
    const announced = await watchLiveRegions(page);
    const issue = () => page.locator('#cn-issue').textContent();
    const create = 'section.create';

    // An emptied name is said at once, and the buttons wait.
    await tabTo(page, 'input[text]: Tên chiến dịch');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
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
      const field = (await issue())!.match(/^Chưa dùng được: (.+?): /)![1]!;
      await tabTo(page, 'button[button]: Đến ô cần sửa', { within: create });
      await page.keyboard.press('Enter');
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
    const page = await openAdminByKeyboard(ext.context, ext.extensionId);
    const editor = page
      .locator('section.editor')
      .filter({ has: page.getByRole('heading', { name: 'Soạn tệp chiến dịch' }) });
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
    scratch = await mkdtemp(join(tmpdir(), 'green-office-keys-'));
    const ext = await fresh(REPORT_DAY);
    const page = await openAdminByKeyboard(ext.context, ext.extensionId);
    await previewByKeyboard(
      page,
      await writeSummaryFiles(scratch, generateSummaries({ campaign, people: 4 }).summaries),
    );
    await commitByKeyboard(page, 4);
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
