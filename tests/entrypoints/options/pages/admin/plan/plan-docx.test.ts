import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/components/i18n';
import { makeI18n } from '@/components/i18n/format';
import { buildPlan, planDocxFile } from '@/entrypoints/options/pages/admin/plan/plan-document';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import type { Campaign } from '@/storage/types';

// The plan of the built-in 2024 campaign, read back from its Word file with JSZip (not with the
// library that wrote it), against the seed plan's parts and their order.

const vi = makeI18n('vi', MESSAGES.vi);
const en = makeI18n('en', MESSAGES.en);
const HEADER = {
  bodyAbove: 'UBND TỈNH BẮC KẠN',
  issuingBody: 'VĂN PHÒNG',
  place: 'Bắc Kạn',
  authority: '',
  position: 'CHÁNH VĂN PHÒNG',
  signer: 'Vũ Đức Chính',
};

async function linesOf(campaign: Campaign, i18n = vi, number = '') {
  const doc = buildPlan(i18n, campaign, HEADER, { date: '2024-05-20', number });
  const zip = await JSZip.loadAsync(await (await planDocxFile(doc)).arrayBuffer());
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter(Boolean)
    .map((line) => line.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
}

/** The index of the first line at or after `from` that passes `test`; -1 when none does. */
const findFrom = (lines: string[], from: number, test: (line: string) => boolean) => {
  const i = lines.slice(from).findIndex(test);
  return i < 0 ? -1 : from + i;
};

describe('the Word plan of the built-in 2024 campaign', () => {
  it('has the seed plan’s parts in the seed plan’s order', async () => {
    const lines = await linesOf(BUILT_IN_CAMPAIGN);
    const c = BUILT_IN_CAMPAIGN;
    const steps: [string, (line: string) => boolean][] = [
      ['body above', (l) => l === 'UBND TỈNH BẮC KẠN'],
      ['issuing body', (l) => l === 'VĂN PHÒNG'],
      ['number', (l) => l === 'Số: ……/KH-……'],
      ['nation', (l) => l === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['motto', (l) => l === 'Độc lập - Tự do - Hạnh phúc'],
      ['date line', (l) => l === 'Bắc Kạn, ngày 20 tháng 5 năm 2024'],
      ['KẾ HOẠCH', (l) => l === 'KẾ HOẠCH'],
      [
        'title',
        (l) =>
          l ===
          'Tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới 05 tháng 6, Tháng hành động vì môi trường năm 2024',
      ],
      ['I', (l) => l === 'I. MỤC ĐÍCH, YÊU CẦU'],
      ['II', (l) => l === 'II. NỘI DUNG'],
      ['time line', (l) => l.startsWith('1. Thời gian: Từ ngày 05/6/2024 đến ngày 30/6/2024')],
      ...c.pledges.map((p): [string, (line: string) => boolean] => [p.id, (l) => l.startsWith(`- ${p.label.vi}`)]),
      ['III', (l) => l === 'III. TỔ CHỨC THỰC HIỆN'],
      ['closing', (l) => l.startsWith('Trên đây là Kế hoạch tổ chức các hoạt động') && l.endsWith('./.')],
      ['Nơi nhận', (l) => l === 'Nơi nhận:'],
      ['signer’s position', (l) => l === 'CHÁNH VĂN PHÒNG'],
      ['signer', (l) => l === 'Vũ Đức Chính'],
    ];
    let at = 0;
    for (const [name, test] of steps) {
      const found = findFrom(lines, at, test);
      expect(found, `${name} after line ${at}: ${lines.slice(at, at + 3).join(' | ')}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    // 26 days from 5 to 30 June 2024, Monday to Friday: 18 working days.
    expect(lines).toContain(
      '1. Thời gian: Từ ngày 05/6/2024 đến ngày 30/6/2024 (26 ngày, trong đó có 18 ngày làm việc).',
    );
    expect(lines).toContain('- Trồng cây xanh (đơn vị tính: cây);');
    expect(lines).toContain('- Không sử dụng túi nilon khó phân hủy: thực hiện hằng ngày;');
  });

  it('names the plan it carries out, and the office’s number when it has one', async () => {
    const campaign: Campaign = {
      ...BUILT_IN_CAMPAIGN,
      implements: { id: 'stnmt-1345-2024', name: { vi: 'Kế hoạch số 1345/STNMT-MT ngày 15/5/2024' } },
    };
    const lines = await linesOf(campaign, vi, '12/KH-VP');
    expect(lines).toContain('Số: 12/KH-VP');
    expect(lines).toContain(
      'Thực hiện Kế hoạch số 1345/STNMT-MT ngày 15/5/2024, Văn phòng UBND tỉnh Bắc Kạn xây dựng Kế hoạch thực hiện như sau:',
    );
  });

  it('says in III who collects the summaries and by when staff send theirs (the working day after the end)', async () => {
    const lines = await linesOf(BUILT_IN_CAMPAIGN);
    const staff = lines.find((l) => l.startsWith('3. Mỗi cán bộ'))!;
    expect(staff).toContain('cài đặt tiện ích «Cam kết Văn phòng xanh»');
    expect(staff).toContain(`tải tệp chiến dịch do ${BUILT_IN_CAMPAIGN.reportTo.vi} gửi`);
    // 30 June 2024 is a Sunday: the summary goes in by Monday 1 July.
    expect(staff).toContain('chậm nhất ngày 01/7/2024');
    expect(lines.find((l) => l.startsWith('1. Căn cứ Kế hoạch này'))).toContain('Lãnh đạo Văn phòng; Phòng Hành chính');
  });

  it('keeps the office’s own paragraphs and drafts the parts it left out', async () => {
    const campaign: Campaign = {
      ...BUILT_IN_CAMPAIGN,
      planText: { purpose: { vi: 'Mục đích do văn phòng viết.\nDòng thứ hai.', en: 'Our purpose.' } },
    };
    const lines = await linesOf(campaign);
    const purpose = lines.indexOf('I. MỤC ĐÍCH, YÊU CẦU');
    expect(lines.slice(purpose + 1, purpose + 4)).toEqual([
      'Mục đích do văn phòng viết.',
      'Dòng thứ hai.',
      'II. NỘI DUNG',
    ]);
    expect(lines.some((l) => l.startsWith('1. Căn cứ Kế hoạch này'))).toBe(true);
    expect(await linesOf(campaign, en)).toContain('Our purpose.');
  });

  it('is written in English too, from the same campaign', async () => {
    const lines = await linesOf(BUILT_IN_CAMPAIGN, en);
    for (const line of ['PLAN', 'I. PURPOSE AND REQUIREMENTS', 'II. CONTENT', 'III. IMPLEMENTATION']) {
      expect(lines).toContain(line);
    }
    expect(lines.find((l) => l.startsWith('1. Time:'))).toContain('from 05/06/2024 to 30/06/2024');
    expect(lines).toContain('- Plant trees (counted in trees);');
  });
});
