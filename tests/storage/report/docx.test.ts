import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { documentWords } from '@/entrypoints/options/pages/admin/report/document-words';
import { reportContent } from '@/storage/report/content';
import { defaultDetails } from '@/storage/report/details';
import { reportDocument } from '@/storage/report/document';
import { documentDocx } from '@/storage/report/docx';
import { admin, campaign, RANGE, vi } from './fixture';

// The Word file read back with JSZip, not with the library that wrote it (docx packs with fflate).

const details = {
  ...defaultDetails(campaign, vi.label, 'Lưu: VT'),
  number: '15/BC-VP',
  place: 'Thái Nguyên',
  bodyAbove: 'UBND tỉnh Thái Nguyên',
  authority: 'KT. CHÁNH VĂN PHÒNG',
  position: 'PHÓ CHÁNH VĂN PHÒNG',
  signer: 'Nguyễn Văn An',
  direction: 'Tiếp tục duy trì các cam kết.',
};
const content = reportContent(campaign, admin, RANGE, vi.label);
const doc = reportDocument(details, '2027-01-05', content, 'Đánh giá của văn phòng.', documentWords(vi, campaign));

async function documentXml(): Promise<string> {
  const blob = await documentDocx(doc, {});
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  return zip.file('word/document.xml')!.async('string');
}
/** The text of a Word document's paragraphs, one string each. */
const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

describe('the Word report', () => {
  it('keeps every section heading on the page of its table, and each table’s header with its first row', async () => {
    const xml = await documentXml();
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => p[0]);
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings.length).toBeGreaterThan(3);
    for (const text of headings) {
      const paragraph = paragraphs.find((p) => p.includes(`>${text.replace(/&/g, '&amp;')}<`));
      expect(paragraph, text).toMatch(/<w:keepNext\/>/);
    }
    const firstRows = [...xml.matchAll(/<w:tbl>[\s\S]*?<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
    // The figures' tables (cells sized in twips); the letterhead and signature are two-column layouts.
    const figureHeaders = firstRows.filter((row) => /<w:tcW w:type="dxa"/.test(row));
    expect(figureHeaders.length).toBeGreaterThan(0);
    for (const row of figureHeaders) expect(row).toMatch(/<w:keepNext\/>/);
  });

  it('is A4 with the margins of Decree 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm)', async () => {
    const xml = await documentXml();
    const size = /<w:pgSz [^>]*\/>/.exec(xml)![0];
    expect(size).toMatch(/w:w="11906"/);
    expect(size).toMatch(/w:h="16838"/);
    const margin = /<w:pgMar [^>]*\/>/.exec(xml)![0];
    const mm = (name: string) => (Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]) * 25.4) / 1440;
    // Inside the decree's ranges, never a twip under their lower ends.
    const ranges = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
    for (const [side, [low, high]] of Object.entries(ranges)) {
      expect(mm(side), side).toBeGreaterThanOrEqual(low);
      expect(mm(side), side).toBeLessThanOrEqual(high);
      expect(mm(side), side).toBeCloseTo(low, 1);
    }
  });

  it('writes every run in Times New Roman', async () => {
    const xml = await documentXml();
    const fonts = new Set([...xml.matchAll(/<w:rFonts [^>]*w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const runs = xml.match(/<w:r>/g)?.length ?? 0;
    expect(xml.match(/<w:rFonts /g)?.length).toBe(runs);
  });

  it('has the header, the title, the numbered sections and the signature block in order', async () => {
    const lines = paragraphsOf(await documentXml()).filter(Boolean);
    const order = [
      'UBND tỉnh Thái Nguyên',
      'Văn phòng thử',
      'Số: 15/BC-VP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thái Nguyên, ngày 05 tháng 01 năm 2027',
      'BÁO CÁO',
      'Kết quả thực hiện Chiến dịch thử',
      'I. KẾT QUẢ',
      'II. ĐÁNH GIÁ',
      'Đánh giá của văn phòng.',
      'III. PHƯƠNG HƯỚNG, KIẾN NGHỊ',
      'Tiếp tục duy trì các cam kết.',
      'Nơi nhận:',
      '- Phòng HCTC-QTTV;',
      '- Lưu: VT.',
      'KT. CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
      'Nguyễn Văn An',
    ];
    const at = order.map((text) => lines.indexOf(text));
    expect(
      at.filter((i) => i < 0),
      `missing: ${order.filter((_, i) => at[i]! < 0)}`,
    ).toEqual([]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('puts the figures in real Word tables, the tree total among them', async () => {
    const xml = await documentXml();
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const rowsOf = (table: string) =>
      [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
        [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => paragraphsOf(tc[0]).join(' ')),
      );
    const pledges = tables.map(rowsOf).find((rows) => rows[0]?.join('|') === 'STT|Nội dung|Đơn vị tính|Kết quả');
    expect(pledges).toBeDefined();
    expect(pledges!.find((r) => r[1] === 'Trồng cây xanh')).toEqual(['2', 'Trồng cây xanh', 'cây', '6']);
    expect(tables.some((t) => /<w:tblHeader\/>/.test(t))).toBe(true);
  });

  it('estimates the impact of each department and of the office, with the source of the coefficient', () => {
    const impacts = doc.blocks.find((b) => b.kind === 'table' && b.id === 'impacts');
    expect(impacts && impacts.kind === 'table' && impacts.rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Trồng cây xanh: Lãnh đạo Văn phòng', '5 cây', 'test source'],
      ['Trồng cây xanh: Phòng HCTC-QTTV', '1 cây', 'test source'],
      ['Trồng cây xanh', '6 cây', 'test source'],
    ]);
  });
});
