import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  browserInVietnam,
  commitPicked,
  DEPARTMENT,
  freshBrowsers,
  NAME,
  openAdmin,
  openAdminSection,
  openOptions,
  openPopup,
  PLEDGES,
  pickSummaryFiles,
  pinServiceWorkerClock,
  setUp,
} from './helpers';

// Signed summary files in the built extension, in real Chromium, across three browsers: a staff
// member's first computer, the office's, and the staff member's new computer (a fresh profile,
// so a new signing key) which took over the data through a backup. Everything goes through what
// a person does: the popup, the buttons that save files, the file inputs. The clocks are pinned
// inside the built-in campaign (5–30 June 2024, Asia/Ho_Chi_Minh).

browserInVietnam();

const CAMPAIGN_ID = 'backan-vp-wed-2024';
const PLEDGE_IDS = { nylon: 'no-nylon-bags', plastic: 'no-single-use-plastic' } as const;
/** Wednesday 12 June 2024, 10:00 in Vietnam (day 8/26): the first computer. */
const WED = new Date('2024-06-12T03:00:00Z');
/** Thursday 13 June 2024, 10:00 in Vietnam (day 9/26): the new computer. */
const THU = new Date('2024-06-13T03:00:00Z');
/** Friday 14 June 2024, 10:00 and 11:00 in Vietnam: the office collects, then decides. */
const OFFICE_DAY = new Date('2024-06-14T03:00:00Z');
const OFFICE_LATER = new Date('2024-06-14T04:00:00Z');

const browserAt = freshBrowsers();

const eventually = <T>(read: () => Promise<T>, timeout = 15_000) => expect.poll(read, { timeout, interval: 100 });
const statusLine = (page: Page) => page.locator('p.status[role="status"]');

/** Ticks a daily pledge in the popup and waits until it is recorded. */
async function tick(popup: Page, label: string): Promise<void> {
  await popup.getByRole('checkbox', { name: label, exact: true }).click();
  await eventually(() => statusLine(popup).textContent()).toBe(`Đã ghi: ${label}`);
}

/** Clicks a button that saves a file; returns the file's name and content. */
async function saveFile(page: Page, button: string): Promise<{ name: string; content: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), content: await readFile(await download.path()) };
}

/** The summary for the office, saved from "Dữ liệu của tôi" as a person saves it. */
async function exportSummary(data: Page): Promise<{ name: string; content: Buffer }> {
  await data.getByRole('button', { name: 'Xem trước nội dung sẽ gửi' }).click();
  return saveFile(data, 'Tải tệp tổng hợp để gửi (.json)');
}

const asPicked = (file: { name: string; content: Buffer }) => ({
  name: file.name,
  mimeType: 'application/json',
  buffer: file.content,
});

const previewTable = (page: Page) => page.getByRole('table', { name: 'Kết quả kiểm tra từng tệp (chưa ghi gì)' });
const logTable = (page: Page) => page.getByRole('table', { name: /dòng mới nhất trên tổng số \d+/ });
const departmentRow = (page: Page) =>
  page.getByRole('table', { name: 'Theo phòng, ban', exact: true }).locator(`tr[data-department="${DEPARTMENT.id}"]`);
const pledgeCell = (page: Page, pledgeId: string) => departmentRow(page).locator(`td[data-pledge="${pledgeId}"]`);

/** Body rows of a table as { outcome, cells by column heading }. */
async function rowsByHeading(table: Locator): Promise<{ outcome: string | null; cells: Record<string, string> }[]> {
  return table.evaluate((element) => {
    const heads = [...element.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
    return [...element.querySelectorAll('tbody tr')].map((tr) => ({
      outcome: tr.getAttribute('data-outcome'),
      cells: Object.fromEntries(
        [...tr.children].map((cell, i) => [heads[i] ?? String(i), (cell.textContent ?? '').trim()]),
      ),
    }));
  });
}

describe('signed summaries', () => {
  test('a summary from a new computer is held back until the office accepts the new key', async () => {
    // The first computer: set up, one pledge, the summary (revision 1) and a full backup.
    const first = await browserAt(WED);
    const popupA = await openPopup(first.context, first.extensionId);
    await setUp(popupA);
    await tick(popupA, PLEDGES.nylon);
    const dataA = await openOptions(first.context, first.extensionId, 'data');
    const summary1 = await exportSummary(dataA);
    expect(summary1.name).toBe(`tong-hop_${CAMPAIGN_ID}_nguyen-thi-hoa_r1.json`);
    const json1 = JSON.parse(summary1.content.toString('utf8'));
    expect(json1).toMatchObject({
      revision: 1,
      participant: { name: NAME, department: DEPARTMENT.id },
      signature: { alg: 'ES256' },
    });
    const backup = await saveFile(dataA, 'Tải bản sao lưu toàn bộ dữ liệu');
    await dataA.getByRole('status').filter({ hasText: 'Đã tạo bản sao lưu.' }).waitFor();

    // The office takes the first file: signed, new.
    const office = await browserAt(OFFICE_DAY);
    const admin = await openAdminSection(office.context, office.extensionId);
    expect(await pickSummaryFiles(admin, [asPicked(summary1)])).toBe('Ghi vào dữ liệu (1 tệp mới hoặc cập nhật)');
    expect(await rowsByHeading(previewTable(admin))).toMatchObject([
      {
        outcome: 'new',
        cells: { Tệp: summary1.name, 'Họ và tên': NAME, 'Lần xuất': '1', 'Có chữ ký': 'có', 'Kết quả': 'mới' },
      },
    ]);
    await commitPicked(admin, 1);
    await openAdmin(admin, 'figures');
    await eventually(() => pledgeCell(admin, PLEDGE_IDS.nylon).textContent()).toBe('1');
    const plasticBefore = (await pledgeCell(admin, PLEDGE_IDS.plastic).textContent())!.trim();
    expect(plasticBefore).not.toBe('1');
    await openAdmin(admin, 'files');

    // The new computer: a fresh profile restores the backup, records another pledge and exports.
    const second = await browserAt(THU);
    const dataB = await openOptions(second.context, second.extensionId, 'data');
    await dataB.getByLabel('Khôi phục từ tệp sao lưu (.json)').setInputFiles(asPicked(backup));
    const question = dataB.getByRole('alertdialog');
    await question.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await question.waitFor({ state: 'detached' });
    await dataB
      .getByRole('status')
      .filter({ hasText: `Đã khôi phục dữ liệu từ «${backup.name}».` })
      .waitFor();
    const popupB = await openPopup(second.context, second.extensionId);
    await popupB.getByText(/^Ngày 9\/26 · ngày làm việc · /).waitFor();
    await tick(popupB, PLEDGES.plastic);
    await dataB.reload();
    const summary2 = await exportSummary(dataB);
    expect(summary2.name).toBe(`tong-hop_${CAMPAIGN_ID}_nguyen-thi-hoa_r2.json`);
    const json2 = JSON.parse(summary2.content.toString('utf8'));
    expect(json2.participant).toEqual(json1.participant);
    expect(json2.revision).toBe(2);
    expect(json2.signature.publicKey).not.toEqual(json1.signature.publicKey);

    // The office: the file from the new key is held back, and the figures stay at revision 1.
    expect(await pickSummaryFiles(admin, [asPicked(summary2)])).toBe('Ghi vào dữ liệu (0 tệp mới hoặc cập nhật)');
    expect(await rowsByHeading(previewTable(admin))).toMatchObject([
      {
        outcome: 'held',
        cells: { Tệp: summary2.name, 'Lần xuất': '2', 'Có chữ ký': 'có', 'Kết quả': 'tạm giữ: khoá ký khác' },
      },
    ]);
    await commitPicked(admin, 1);
    const held = admin.getByRole('region', { name: '1 tệp đang tạm giữ: khoá ký khác' });
    await held.waitFor();
    expect(await held.textContent()).toContain(summary2.name);
    await openAdmin(admin, 'figures');
    await eventually(() => pledgeCell(admin, PLEDGE_IDS.nylon).textContent()).toBe('1');
    expect((await pledgeCell(admin, PLEDGE_IDS.plastic).textContent())!.trim()).toBe(plasticBefore);
    await openAdmin(admin, 'files');

    // Accepted (an hour later): merged, and the figures hold the second pledge.
    await office.context.clock.setSystemTime(OFFICE_LATER);
    await pinServiceWorkerClock(office, OFFICE_LATER);
    await held.getByRole('button', { name: `Chấp nhận khoá mới của ${NAME}` }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: `Đã chấp nhận khoá mới của ${NAME} và gộp tệp.` })
      .waitFor();
    await openAdmin(admin, 'figures');
    await eventually(() => pledgeCell(admin, PLEDGE_IDS.plastic).textContent()).toBe('1');
    expect(await pledgeCell(admin, PLEDGE_IDS.nylon).textContent()).toBe('1');
    await openAdmin(admin, 'files');
    // The log, newest first: updated (revision 2), held (revision 2), new (revision 1).
    await eventually(async () => (await rowsByHeading(logTable(admin))).map((r) => [r.outcome, r.cells.Tệp])).toEqual([
      ['updated', summary2.name],
      ['held', summary2.name],
      ['new', summary1.name],
    ]);

    // A copy of the first file with one letter of the name changed is refused: its signature no longer fits.
    const tampered = {
      name: 'tong-hop_da-sua.json',
      content: Buffer.from(
        summary1.content.toString('utf8').replace(`"${NAME}"`, `"${NAME.replace('Hoa', 'Hoà')}"`),
        'utf8',
      ),
    };
    expect(tampered.content.equals(summary1.content)).toBe(false);
    expect(await pickSummaryFiles(admin, [asPicked(tampered)])).toBe('Ghi vào dữ liệu (0 tệp mới hoặc cập nhật)');
    const [refused] = await rowsByHeading(previewTable(admin));
    expect(refused!.outcome).toBe('refused');
    expect(refused!.cells['Kết quả']).toBe('bị từ chối');
    expect(refused!.cells['Lý do']).toMatch(/^chữ ký không khớp với nội dung tệp \(tệp đã bị sửa sau khi xuất\)/);
  }, 240_000);
});
