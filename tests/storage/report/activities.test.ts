import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { withActivities } from '@/entrypoints/options/pages/admin/report/activity-report';
import { documentWords } from '@/entrypoints/options/pages/admin/report/document-words';
import type { ActivityRow } from '@/storage/db/rows/activities';
import { reportContent } from '@/storage/report/content';
import { defaultDetails } from '@/storage/report/details';
import { type Block, reportDocument } from '@/storage/report/document';
import { documentDocx } from '@/storage/report/docx';
import { pairs, photoBox } from '@/storage/report/photo-appendix';
import type { Campaign } from '@/storage/types';
import { jpegBytes } from '@/tests/fixtures/images';
import { admin, campaign as plain, RANGE, vi } from './fixture';

// The office's report gains what it organised: a table of its activities, the totals by
// indicator in two parts, and an appendix of the photos chosen, two to a row.

const campaign: Campaign = {
  ...plain,
  pledges: plain.pledges.map((p) =>
    p.id === 'tree-planting'
      ? { ...p, indicator: 'trees-planted' }
      : p.id === 'no-nylon-bags'
        ? { ...p, indicator: 'nylon-free-person-days' }
        : p,
  ),
};
const activity = (date: string, title: string, change: Partial<ActivityRow> = {}): ActivityRow => ({
  id: title,
  campaignId: campaign.id,
  date,
  kind: 'turn-out',
  title,
  place: 'Trụ sở',
  departments: [],
  participants: 45,
  results: { 'waste-collected-kg': 120.5 },
  link: '',
  note: 'Ông Nguyễn Văn A chủ trì',
  photoIds: [],
  updatedAt: '2024-06-12T00:00:00Z',
  ...change,
});
const activities = [
  activity('2024-06-11', 'Ra quân dọn vệ sinh quanh trụ sở'),
  activity('2024-06-12', 'Trồng cây tại vườn Chi đoàn', {
    kind: 'tree-planting',
    participants: 20,
    results: { 'trees-planted': 30 },
  }),
  activity('2024-06-20', 'Ngoài kỳ báo cáo'),
];
const details = { ...defaultDetails(campaign, vi.label, 'Lưu: VT'), signer: 'Nguyễn Văn An' };
const content = reportContent(campaign, admin, RANGE, vi.label);
const plainDoc = reportDocument(details, '2024-06-13', content, 'Đánh giá.', documentWords(vi, campaign));
const doc = withActivities(vi, campaign, content, plainDoc, activities);
const table = (id: string) =>
  doc.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.id === id)!;

describe('the report of an office that organised activities', () => {
  it('lists the period’s activities by date: date, activity, participants, results', () => {
    expect(table('activities').rows).toEqual([
      [
        '1',
        '11/06/2024',
        'Ra quân dọn vệ sinh quanh trụ sở (Ra quân vệ sinh môi trường)',
        '45',
        'Chất thải thu gom, phân loại: 120,5 kg',
      ],
      ['2', '12/06/2024', 'Trồng cây tại vườn Chi đoàn (Trồng cây xanh)', '20', 'Cây xanh trồng, trao tặng: 30 cây'],
    ]);
  });

  it('sums by indicator in two parts, activities and pledges, each counted once', () => {
    const rows = Object.fromEntries(table('indicators').rows.map(([name, ...rest]) => [name, rest]));
    // Trees: 30 planted at the office's activity, 3 + 2 + 1 by people's pledges in 10–12 June.
    expect(rows['Cây xanh trồng, trao tặng']).toEqual(['cây', '30', '6', '36']);
    expect(rows['Ngày-người không dùng túi nilon']).toEqual(['ngày-người', '', '2', '2']);
    expect(rows['Đợt ra quân vệ sinh môi trường']).toEqual(['đợt', '1', '', '1']);
    expect(rows['Lượt người tham gia hoạt động']).toEqual(['lượt người', '65', '', '65']);
  });

  it('puts them at the end of part I, numbered after its sections, before the assessment', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    const assessment = plainDoc.blocks.filter((b) => b.kind === 'heading' && b.level === 1)[1] as { text: string };
    const at = headings.indexOf(assessment.text);
    const before = plainDoc.blocks.filter((b) => b.kind === 'heading' && b.level === 2).length;
    expect(headings.slice(at - 2, at)).toEqual([
      `${before + 1}. Các hoạt động cơ quan, đơn vị đã tổ chức`,
      `${before + 2}. Kết quả theo chỉ tiêu`,
    ]);
  });

  it('says so when nothing was organised, and has no totals table without any figure', () => {
    const none = withActivities(vi, { ...campaign, pledges: plain.pledges }, content, plainDoc, []);
    expect(none.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('chưa ghi nhận hoạt động'))).toBe(true);
    expect(none.blocks.some((b) => b.kind === 'table' && b.id === 'indicators')).toBe(false);
  });
});

describe('the Word report’s appendix “Hình ảnh hoạt động”', () => {
  const photo = (caption: string) => ({
    jpeg: jpegBytes(1600 + caption.length, 1200),
    width: 1600,
    height: 1200,
    caption,
    alt: caption,
  });

  it('holds the activities table and each chosen photo with its caption, two to a row', async () => {
    const blob = await documentDocx(
      doc,
      {},
      { title: 'Hình ảnh hoạt động', photos: [photo('Ra quân'), photo('Trồng cây'), photo('Tuyên truyền')] },
    );
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of [
      'Ra quân dọn vệ sinh quanh trụ sở',
      'Kết quả theo chỉ tiêu',
      'Hình ảnh hoạt động',
      'Trồng cây',
      'Tuyên truyền',
    ])
      expect(xml).toContain(text);
    expect(xml).not.toContain('Nguyễn Văn A chủ trì');
    // The appendix's own page: a second section.
    expect(xml.match(/<w:sectPr/g)).toHaveLength(2);
  });

  it('has no appendix when no photo is chosen', async () => {
    const blob = await documentDocx(doc, {}, { title: 'Hình ảnh hoạt động', photos: [] });
    const xml = await (await JSZip.loadAsync(await blob.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('Hình ảnh hoạt động');
  });

  it('fits two photos to a row of the A4 text width, a tall one drawn narrower', () => {
    expect(pairs([1, 2, 3])).toEqual([[1, 2], [3]]);
    expect(photoBox(1600, 1200)).toEqual({ width: 290, height: 218 });
    expect(photoBox(1200, 1600).height).toBeLessThanOrEqual(319);
    // 2 × 290 px = 153 mm: inside the 165 mm between the margins.
    expect((2 * 290 * 25.4) / 96).toBeLessThan(165);
  });
});
