import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/components/i18n';
import { makeI18n } from '@/components/i18n/format';
import { buildAgencyReport } from '@/entrypoints/options/pages/admin/agencies/agency-report';
import { totalsOf } from '@/storage/agencies/figures';
import type { ReportActivityLine } from '@/storage/report/activity-blocks';
import { defaultDetails } from '@/storage/report/details';
import type { Block } from '@/storage/report/document';
import { baseReport, levelAbove } from '@/tests/fixtures/bad-reports';
import { otherAgency, withActivities } from '@/tests/fixtures/report-activities';

const vi = makeI18n('vi', MESSAGES.vi);
const row = { campaignId: levelAbove.id, signed: false };
const rows = [totalsOf(withActivities(baseReport()), row), totalsOf(otherAgency(baseReport()), row)];
const details = defaultDetails(levelAbove, vi.label, 'Lưu: VT');
const whole = { from: levelAbove.start, to: levelAbove.end };

const table = (blocks: Block[]) =>
  blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.id === 'agency-indicators');

describe('the level above’s Word and print report', () => {
  it('totals each indicator over its agencies, an unknown code under its code, before the assessment', () => {
    const { doc } = buildAgencyReport(vi, levelAbove, rows, whole, details, '2024-07-02');
    const rowsOf = Object.fromEntries(table(doc.blocks)!.rows.map(([name, ...rest]) => [name, rest]));
    expect(rowsOf['Cây xanh trồng, trao tặng']).toEqual(['cây', '53', '2']);
    expect(rowsOf['bao-rac']).toEqual(['', '3', '1']);
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings[headings.findIndex((h) => h.endsWith('Kết quả theo chỉ tiêu')) + 1]).toMatch(/^II\./);
  });

  it('has no such table when no agency’s report carries indicators', () => {
    const { doc } = buildAgencyReport(vi, levelAbove, [totalsOf(baseReport(), row)], whole, details, '2024-07-02');
    expect(table(doc.blocks)).toBeUndefined();
  });

  it('lists the activities the level above organised itself and shows their part beside the agencies’ in each total', () => {
    const own: ReportActivityLine[] = [
      {
        date: levelAbove.start,
        kind: 'tree-planting',
        title: 'Trồng cây tại trụ sở Sở',
        participants: 40,
        results: { 'trees-planted': 100 },
      },
      { date: '2099-01-01', kind: 'turn-out', title: 'Ngoài kỳ báo cáo', results: {} },
    ];
    const { doc } = buildAgencyReport(vi, levelAbove, rows, whole, details, '2024-07-02', own);
    const activities = doc.blocks.find(
      (b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.id === 'activities',
    );
    expect(activities!.rows.map((r) => r[2])).toEqual(['Trồng cây tại trụ sở Sở (Trồng cây xanh)']);
    const indicators = table(doc.blocks)!;
    expect(indicators.header).toEqual([
      'Chỉ tiêu',
      'Đơn vị tính',
      'Từ báo cáo của các cơ quan',
      'Từ hoạt động tự tổ chức',
      'Tổng',
      'Số cơ quan có số liệu',
    ]);
    const rowsOf = Object.fromEntries(indicators.rows.map(([name, ...rest]) => [name, rest]));
    expect(rowsOf['Cây xanh trồng, trao tặng']).toEqual(['cây', '53', '100', '153', '2']);
    expect(rowsOf['bao-rac']).toEqual(['', '3', '', '3', '1']);
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    const at = headings.findIndex((h) => h.endsWith('Các hoạt động cơ quan, đơn vị đã tổ chức'));
    expect(headings[at + 1]).toMatch(/Kết quả theo chỉ tiêu$/);
    expect(Number(headings[at + 1]!.split('.')[0])).toBe(Number(headings[at]!.split('.')[0]) + 1);
  });

  it('keeps its report as before when it organised nothing in the period', () => {
    const outside: ReportActivityLine[] = [
      { date: '2099-01-01', kind: 'turn-out', title: 'Ngoài kỳ báo cáo', results: {} },
    ];
    const before = buildAgencyReport(vi, levelAbove, rows, whole, details, '2024-07-02').doc;
    expect(buildAgencyReport(vi, levelAbove, rows, whole, details, '2024-07-02', outside).doc).toEqual(before);
  });
});
