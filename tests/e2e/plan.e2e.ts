import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Campaign } from '@/storage/types';
import { NARROW, ScreenChecks } from './a11y';
import { browserInVietnam, freshBrowsers, openAdmin, openAdminSection, pdfPageCount, ROOT } from './helpers';

// The office's plan (KẾ HOẠCH), in the built extension: before the 2024 campaign starts, the
// officer keeps the report's header and signer once, then downloads the plan from the campaign
// editor and opens its print view. The Word file is read back with JSZip.

browserInVietnam();
const browserAt = freshBrowsers();
const campaign = campaignJson as unknown as Campaign;
/** Monday 20 May 2024, 10:00 in Vietnam: the plan is issued before the campaign starts on 5 June. */
const PLAN_DAY = new Date('2024-05-20T03:00:00Z');

const DETAILS = {
  'Địa danh ở dòng ngày tháng': 'Bắc Kạn',
  'Cơ quan, tổ chức chủ quản (dòng trên)': 'UBND TỈNH BẮC KẠN',
  'Chức vụ người ký': 'CHÁNH VĂN PHÒNG',
  'Họ và tên người ký': 'Vũ Đức Chính',
};

async function officer() {
  const ext = await browserAt(PLAN_DAY);
  // The report's details (header and signer) are kept on the report page; the plan is drafted in
  // the campaign page's full editor.
  const page = await openAdminSection(ext.context, ext.extensionId, undefined, 'report');
  await page.getByRole('group', { name: 'Thông tin trên báo cáo' }).waitFor();
  for (const [label, value] of Object.entries(DETAILS)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Lưu thông tin báo cáo' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã lưu thông tin báo cáo.' }).waitFor();
  await openAdmin(page, 'campaign');
  await page.getByText('Sửa mọi trường của tệp chiến dịch (trình soạn đầy đủ)').click();
  const plan = page.getByRole('region', { name: 'Kế hoạch của cơ quan (văn bản Word)' });
  await plan.scrollIntoViewIfNeeded();
  await plan.getByLabel(/^Số, ký hiệu của kế hoạch/).fill('12/KH-VP');
  return { ext, page, plan };
}

const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter(Boolean);

async function keep(name: string, content: Buffer) {
  await mkdir(join(ROOT, 'tests', '.artifacts'), { recursive: true });
  await writeFile(join(ROOT, 'tests', '.artifacts', name), content);
}

describe('the office’s plan', () => {
  test('downloads as a Word plan with the seed’s parts, the campaign’s dates and pledges, and the signer', async () => {
    const { page, plan } = await officer();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      plan.getByRole('button', { name: 'Tải kế hoạch Word (.docx)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('ke-hoach_backan-vp-wed-2024.docx');
    const content = await readFile((await file.path())!);
    await keep('plan.docx', content);
    const zip = await JSZip.loadAsync(content);
    const lines = paragraphsOf(await zip.file('word/document.xml')!.async('string'));
    const order = [
      'UBND TỈNH BẮC KẠN',
      campaign.organisation.vi,
      'Số: 12/KH-VP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Bắc Kạn, ngày 20 tháng 5 năm 2024',
      'KẾ HOẠCH',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG',
      '2. Nội dung thực hiện',
      'III. TỔ CHỨC THỰC HIỆN',
      'Nơi nhận:',
      'CHÁNH VĂN PHÒNG',
      'Vũ Đức Chính',
    ];
    const at = order.map((line) => lines.indexOf(line));
    expect(
      at.every((i) => i >= 0),
      lines.join('\n'),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines).toContain(
      '1. Thời gian: Từ ngày 05/6/2024 đến ngày 30/6/2024 (26 ngày, trong đó có 18 ngày làm việc).',
    );
    for (const p of campaign.pledges)
      expect(
        lines.some((l) => l.startsWith(`- ${p.label.vi}`)),
        p.id,
      ).toBe(true);
  }, 180_000);

  test('opens as a print view of the same plan, with no axe-core violations, readable at 320 px', async () => {
    const { ext, plan } = await officer();
    const [print] = await Promise.all([
      ext.context.waitForEvent('page'),
      plan.getByRole('button', { name: 'Xem bản in kế hoạch' }).click(),
    ]);
    await print.getByRole('heading', { name: 'KẾ HOẠCH', exact: true, level: 1 }).waitFor();
    for (const text of ['Số: 12/KH-VP', 'Bắc Kạn, ngày 20 tháng 5 năm 2024', 'CHÁNH VĂN PHÒNG', 'Vũ Đức Chính']) {
      await print.getByText(text, { exact: true }).waitFor();
    }
    await print.getByText(/^1\. Thời gian: Từ ngày 05\/6\/2024 đến ngày 30\/6\/2024/).waitFor();
    expect(await print.title()).toBe('Kế hoạch — Cam kết Văn phòng xanh');
    const checks = new ScreenChecks();
    await checks.axe(print, 'the plan’s print view');

    const pdf = await print.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    await keep('plan.pdf', pdf);

    await checks.reflowsNarrow(print, 'the plan’s print view', NARROW);
    expect(checks.problems).toEqual([]);
    await print.screenshot({ path: join(ROOT, 'tests', '.artifacts', 'plan-print-320.png'), fullPage: true });
  }, 180_000);

  test('its part of the campaign editor, on the admin page, has no axe-core violations and reads at 320 px', async () => {
    const { page } = await officer();
    const parts = page.locator('.plan-fields, .plan-part');
    const checks = new ScreenChecks();
    await checks.axe(page, 'the admin page with the plan’s fields and part');
    await checks.reflowsNarrow(page, 'the admin page with the plan’s fields and part', NARROW);
    expect(checks.problems).toEqual([]);
    await parts.first().screenshot({ path: join(ROOT, 'tests', '.artifacts', 'plan-fields-320.png') });
  }, 180_000);
});
