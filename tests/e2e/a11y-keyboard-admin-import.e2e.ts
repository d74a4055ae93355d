import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Summary } from '@/storage/summary/schema';
import { ALGORITHM, base64url, publicPart, SIGNING, signedBytes } from '@/storage/summary/signature';
import type { Campaign } from '@/storage/types';
import { generateSummaries } from '@/tests/fixtures/summaries.js';
import { browserInVietnam, freshBrowsers, REPORT_DAY, writeSummaryFiles } from './helpers';
import {
  chooseFilesByKeyboard,
  commitByKeyboard,
  eventually,
  expectFocus,
  expectVisibleFocus,
  focused,
  openAdminByKeyboard,
  previewByKeyboard,
  SUMMARY_FILES,
  tabTo,
  watchLiveRegions,
} from './keyboard';
import { scratchFolders } from './scratch';

// Issue #17: the admin office's import by keyboard alone (no clicks): the preview, its commit,
// and the files held back for another signing key. The office works on 1 July 2024.

browserInVietnam();
const fresh = freshBrowsers();
const campaign = campaignJson as unknown as Campaign;
const scratchDir = scratchFolders('green-office-keys-');

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

describe('the admin import by keyboard alone (issue #17)', () => {
  test('import: the preview takes the focus, Cancel gives it back, the commit result takes it and is announced', async () => {
    const scratch = await scratchDir();
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
    const scratch = await scratchDir();
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
});
