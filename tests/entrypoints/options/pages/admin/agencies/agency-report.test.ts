import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/components/i18n';
import { makeI18n } from '@/components/i18n/format';
import { buildAgencyReport } from '@/entrypoints/options/pages/admin/agencies/agency-report';
import { totalsOf } from '@/storage/agencies/figures';
import { defaultDetails } from '@/storage/report/details';
import { documentDocx } from '@/storage/report/docx';
import type { Campaign } from '@/storage/types';
import { expectedFigures, generateReports, levelAboveCampaign, UNKNOWN_PLEDGE } from '@/tests/fixtures/reports.js';

// The level above's Word report read back with JSZip, as the office report's tests read theirs.

const campaign: Campaign = levelAboveCampaign({ agencies: 6, silent: 2 });
const whole = { from: campaign.start, to: campaign.end };
const { reports } = generateReports({ campaign, agencies: 6, departments: 3, seed: 5, unknownEvery: 3 });
const rows = reports.map((r) => totalsOf(r, { campaignId: campaign.id, signed: true }));
const vi = makeI18n('vi', MESSAGES.vi);
const en = makeI18n('en', MESSAGES.en);
const details = { ...defaultDetails(campaign, vi.label, 'Lưu: VT'), number: '7/BC-SNNMT', signer: 'Trần Thị Bình' };
const count = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

async function documentXml(i18n = vi): Promise<string> {
  const { doc } = buildAgencyReport(i18n, campaign, rows, whole, details, '2024-07-02');
  const zip = await JSZip.loadAsync(await (await documentDocx(doc, {})).arrayBuffer());
  return zip.file('word/document.xml')!.async('string');
}
/** The text of a Word document's paragraphs, one string each. */
const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
/** The Word tables, each as rows of cell texts; the one whose header row starts with `header`. */
function tableStarting(xml: string, ...header: string[]): string[][] {
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) =>
    [...m[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => paragraphsOf(tc[0]).join(' ')),
    ),
  );
  const found = tables.find((rows) => header.every((h, i) => rows[0]?.[i] === h));
  expect(found, `a table headed ${header.join('|')}`).toBeDefined();
  return found!;
}

describe('the level above’s Word report', () => {
  it('holds each agency, ranked, with the figures the generator expects', async () => {
    const expected = expectedFigures(reports, campaign);
    const xml = await documentXml();
    expect(xml).toContain('Tổng hợp kết quả thực hiện Văn phòng xanh toàn tỉnh 2024 của các cơ quan, đơn vị');
    const table = tableStarting(xml, 'STT', 'Cơ quan', 'Số người');
    const body = table.slice(1, -1);
    const names = expected.ranking.map((id) => campaign.agencies!.find((a) => a.id === id)!.name.vi);
    expect(body.map((r) => r[1])).toEqual(names);
    expect(body.map((r) => r.slice(2, 5))).toEqual(
      expected.ranking.map((id) => {
        const a = expected.agencies[id]!;
        return [count(a.headcount), count(a.submitted), count(a.tookPart)];
      }),
    );
    expect(table.at(-1)![1]).toBe('Tổng cộng');
  });

  it('totals every action, the unknown pledge under its id, and names who has not reported', async () => {
    const expected = expectedFigures(reports, campaign);
    const xml = await documentXml();
    const pledges = tableStarting(xml, 'STT', 'Nội dung', 'Đơn vị tính', 'Kết quả');
    const shown = Object.fromEntries(pledges.slice(1).map((r) => [r[1], r[3]]));
    expect(shown['Trồng cây xanh']).toBe(count(expected.pledgeTotals['tree-planting']!));
    const unknown = Object.keys(shown).find((name) => name.includes(UNKNOWN_PLEDGE))!;
    expect(shown[unknown]).toBe(count(expected.pledgeTotals[UNKNOWN_PLEDGE]!));
    const missing = tableStarting(xml, 'STT', 'Cơ quan, đơn vị chưa gửi báo cáo');
    expect(missing.slice(1).map((r) => r[1])).toEqual(['Cơ quan số 7', 'Cơ quan số 8']);
    expect(xml).toContain('Trần Thị Bình');
    expect(xml).toContain('Số: 7/BC-SNNMT');
  });

  it('speaks of agencies in English too, never of departments', async () => {
    const xml = await documentXml(en);
    const lines = paragraphsOf(xml);
    expect(lines).toContain('1. Participation of the agencies');
    expect(lines).toContain('Results of Green offices of the province 2024 across the agencies');
    expect(lines.some((l) => l.startsWith('Agencies that did well: Agency no.'))).toBe(true);
    expect(tableStarting(xml, 'No.', 'Agency that has not reported').slice(1)).toEqual([
      ['1', 'Agency no. 7'],
      ['2', 'Agency no. 8'],
    ]);
    expect(tableStarting(xml, 'No.', 'Agency', 'Headcount')).toHaveLength(8);
    expect(xml).not.toMatch(/[Dd]epartment/);
  });
});
