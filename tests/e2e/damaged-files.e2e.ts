import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { deeplyNested, legacyEncoded } from '@/tests/fixtures/damaged-files';
import {
  ADMIN_VIEWPORT,
  axeViolations,
  browserInVietnam,
  CAMPAIGN_DAY,
  CAMPAIGN_NAME,
  describeViolations,
  freshBrowsers,
  type LaunchedExtension,
  openAdminSection,
  openOptions,
  openPopup,
  PLEDGES,
  setUp,
} from './helpers';

// Issue #10 in the built extension: the worst damaged file of each import path, picked through
// the page's own file input, leaves every stored row as it was and the page usable; and a store
// holding a broken row (written straight into IndexedDB) still opens the dashboard with the
// restore offered, and the popup says what to do instead of going blank.

browserInVietnam();
const browserAt = freshBrowsers();
const BUILT_IN = 'backan-vp-wed-2024';

/** Every row of every table, read with IndexedDB itself (not through the extension's code); the key table apart. */
function storedRows(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('green-office');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames).filter((n) => n !== 'keys')) {
      out[name] = await new Promise<unknown[]>((done) => {
        const all = db.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => done(all.result);
      });
    }
    db.close();
    return out;
  });
}

/** Writes a row straight into IndexedDB, past every check of the extension, as a bug or another tool could. */
function writeStraight(page: Page, store: string, row: object): Promise<void> {
  return page.evaluate(
    async ({ store, row }) => {
      const db = await new Promise<IDBDatabase>((done) => {
        const open = indexedDB.open('green-office');
        open.onsuccess = () => done(open.result);
      });
      await new Promise<void>((done, fail) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).put(row);
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { store, row },
  );
}

async function expectNoViolations(page: Page, state: string) {
  const violations = await axeViolations(page);
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
}

/** A person set up in the popup, with one pledge ticked today. */
async function someoneRecording(ext: LaunchedExtension): Promise<Page> {
  const popup = await openPopup(ext.context, ext.extensionId);
  await setUp(popup);
  await popup.getByRole('checkbox', { name: PLEDGES.nylon }).click();
  await popup.getByRole('checkbox', { name: PLEDGES.nylon, checked: true }).waitFor();
  return popup;
}

/** Saves a full backup through the Data page's button; returns its text. */
async function saveBackup(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu' }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

async function restoreFrom(page: Page, name: string, content: string) {
  await page.getByLabel('Khôi phục từ tệp sao lưu (.json)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
  await page.getByRole('alertdialog').getByRole('button', { name: 'Khôi phục', exact: true }).click();
}

const alertWith = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

describe('files that cannot hurt what is stored', () => {
  test('the worst file of each import path is refused, saying why, with every row kept', async () => {
    const ext = await browserAt(CAMPAIGN_DAY);
    const popup = await someoneRecording(ext);
    const page = await openOptions(ext.context, ext.extensionId, 'data');
    await page.setViewportSize(ADMIN_VIEWPORT);
    const backup = await saveBackup(page);
    const before = await storedRows(page);

    // A backup whose header promises every table and row, with no data: it once emptied them all.
    const hollow = JSON.parse(backup);
    hollow.data.data = [];
    await restoreFrom(page, 'sao-luu-rong.json', JSON.stringify(hollow));
    await alertWith(page, 'Không khôi phục từ «sao-luu-rong.json»: phần đầu tệp sao lưu không khớp').waitFor();
    await expectNoViolations(page, '#data, hollow backup refused');
    expect(await storedRows(page)).toEqual(before);

    // A campaign file nested 200,000 deep with a forbidden key at the bottom: it overflowed the stack.
    await page.goto(page.url().replace('#data', '#settings'));
    const deep = deeplyNested({ format: 'green-office/campaign', version: 1 }, 'x', 200_000).replace(
      `${']'.repeat(200_000)}`,
      `{"__proto__":1}${']'.repeat(200_000)}`,
    );
    await page.getByLabel('Tải tệp chiến dịch (.json) do cơ quan, đơn vị gửi').setInputFiles({
      name: 'chien-dich-sau.json',
      mimeType: 'application/json',
      buffer: Buffer.from(deep),
    });
    await alertWith(page, 'Không tải được tệp «chien-dich-sau.json»: tệp có khoá bị cấm').waitFor();
    // The same file saved in a legacy 8-bit encoding: its names would have been stored garbled.
    const campaignText = await readFile('storage/campaign/built-in/backan-vp-wed-2024.json', 'utf8');
    await page.getByLabel('Tải tệp chiến dịch (.json) do cơ quan, đơn vị gửi').setInputFiles({
      name: 'chien-dich-ansi.json',
      mimeType: 'application/json',
      buffer: Buffer.from(legacyEncoded(campaignText.replace(BUILT_IN, 'another-campaign-2024'))),
    });
    await alertWith(page, 'Không tải được tệp «chien-dich-ansi.json»: tệp không phải văn bản UTF-8').waitFor();
    await expectNoViolations(page, '#settings, campaign file refused');
    expect(await storedRows(page)).toEqual(before);

    // A bulletin saved in a legacy 8-bit encoding.
    await page.goto(page.url().replace('#settings', '#department'));
    const bulletin = {
      format: 'green-office/bulletin',
      version: 1,
      campaign: { id: BUILT_IN, start: '2024-06-05', end: '2024-06-30', timeZone: 'Asia/Ho_Chi_Minh' },
      generatedAt: '2024-06-12T09:00:00+07:00',
      departments: [{ id: 'ldvp', name: { vi: 'Lãnh đạo Văn phòng' }, headcount: 4, days: [] }],
    };
    await page.getByLabel('Tải bản tin phòng, ban do cơ quan gửi (.json)').setInputFiles({
      name: 'ban-tin-ansi.json',
      mimeType: 'application/json',
      buffer: Buffer.from(legacyEncoded(JSON.stringify(bulletin))),
    });
    await alertWith(page, 'Không tải được bản tin «ban-tin-ansi.json»: tệp không phải văn bản UTF-8').waitFor();
    await expectNoViolations(page, '#department, bulletin refused');
    expect(await storedRows(page)).toEqual(before);

    // A staff list of 100,000 people with `;` between columns: refused at once, the section stays quick.
    const admin = await openAdminSection(ext.context, ext.extensionId, undefined, 'figures');
    const withAdmin = await storedRows(admin);
    const rows = Array.from({ length: 100_000 }, (_, i) => `Người thứ ${i + 1};ldvp`).join('\r\n');
    const started = Date.now();
    await admin.getByLabel('Tải danh sách nhân sự (.csv: họ và tên, phòng ban)').setInputFiles({
      name: 'nhan-su.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFFHọ và tên;Phòng ban\r\n${rows}\r\n`),
    });
    await alertWith(admin, 'Không tải danh sách từ «nhan-su.csv»: danh sách dài quá 10.000 người').waitFor();
    expect(Date.now() - started).toBeLessThan(5_000);
    await expectNoViolations(admin, '#admin/figures, staff list refused');
    expect(await storedRows(admin)).toEqual(withAdmin);
    // A list of the same people as Excel in Vietnamese saves it (`;`) is read.
    await admin.getByLabel('Tải danh sách nhân sự (.csv: họ và tên, phòng ban)').setInputFiles({
      name: 'nhan-su-dung.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFHọ và tên;Phòng ban\r\nNguyễn Văn An;ldvp\r\nTrần Thị Bích;Phòng Kinh tế\r\n'),
    });
    await admin.getByRole('status').filter({ hasText: 'Đã tải danh sách 2 người.' }).waitFor();

    // Every page still opens, the popup on today's pledges as before.
    await popup.reload();
    await popup.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    expect(await popup.getByRole('checkbox', { name: PLEDGES.nylon }).isChecked()).toBe(true);
  });

  test('a store holding a broken row still opens, says so, and takes a good backup back', async () => {
    const ext = await browserAt(CAMPAIGN_DAY);
    const popup = await someoneRecording(ext);
    const page = await openOptions(ext.context, ext.extensionId, 'data');
    const backup = await saveBackup(page);

    // One broken pledge row: the page opens on the rest, and says so.
    const broken = { campaignId: BUILT_IN, date: '2024-06-10', pledgeId: 'no-nylon-bags', count: 'một' };
    await writeStraight(page, 'entries', broken);
    await page.goto(page.url().replace('#data', '#progress'));
    await page.reload();
    await alertWith(page, 'Một phần dữ liệu lưu trong trình duyệt không đọc được và đang bị bỏ qua.').waitFor();
    await page.getByRole('heading', { name: 'Tiến độ của tôi trong chiến dịch', exact: true }).waitFor();
    await expectNoViolations(page, 'progress with a broken row left out');

    // The campaign itself broken: every section offers the backup of what can be read and the restore.
    await writeStraight(page, 'campaigns', { id: BUILT_IN, campaign: { id: BUILT_IN } });
    await page.reload();
    await page.getByRole('heading', { name: 'Không đọc được một phần dữ liệu' }).waitFor();
    await page.getByLabel('Khôi phục từ tệp sao lưu (.json)').waitFor();
    await expectNoViolations(page, 'dashboard over a damaged store');
    const readable = JSON.parse(await saveBackup(page));
    const rowsOf = (name: string) =>
      readable.data.data.find((t: { tableName: string }) => t.tableName === name).rows as object[];
    expect(rowsOf('campaigns')).toEqual([]);
    expect(rowsOf('entries')).toHaveLength(1);
    expect(rowsOf('profile')).toHaveLength(1);

    await popup.reload();
    await popup.getByRole('button', { name: 'Mở «Dữ liệu của tôi»' }).waitFor();
    expect(await popup.getByRole('alert').textContent()).toContain('không đọc được');
    await expectNoViolations(popup, 'popup over a damaged store');

    await restoreFrom(page, 'sao-luu.json', backup);
    await page.getByRole('heading', { name: 'Không đọc được một phần dữ liệu' }).waitFor({ state: 'detached' });
    const fresh = await openPopup(ext.context, ext.extensionId);
    await fresh.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    expect(await fresh.getByRole('checkbox', { name: PLEDGES.nylon }).isChecked()).toBe(true);
  });
});
