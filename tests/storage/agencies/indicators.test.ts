import { describe, expect, it } from 'vitest';
import { agencyFigures } from '@/storage/agencies/figures';
import { levelAboveReport } from '@/storage/agencies/own-report';
import { reportFormat } from '@/storage/agencies/reports';
import { readAgencies } from '@/storage/agencies/store';
import { type AgencyWords, agencyTables } from '@/storage/agencies/tables';
import { validateReport } from '@/storage/report-file/read';
import type { OfficeReport, ReportActivity } from '@/storage/report-file/types';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import { baseReport, levelAbove, reportFile } from '@/tests/fixtures/bad-reports';
import { otherAgency, withActivities } from '@/tests/fixtures/report-activities';
import { problemsOf } from '@/tests/fixtures/report-check';

const AT = '2024-07-02T09:00:00+07:00';
const whole = { from: levelAbove.start, to: levelAbove.end };

/** The level above's figures over its whole campaign once these agencies' reports are kept. */
async function keptFigures(...reports: OfficeReport[]) {
  const preview = await previewFiles(
    reportFormat,
    reports.map((r) => reportFile(r)),
    levelAbove,
  );
  await commitFiles(reportFormat, preview, levelAbove.id, AT);
  return agencyFigures(levelAbove, (await readAgencies(levelAbove.id)).totals, whole);
}

describe('the level above adding up indicators', () => {
  it('sums each code over its agencies whatever their pledge ids, keeps unknown codes, and writes them up', async () => {
    const figures = await keptFigures(withActivities(baseReport()), otherAgency(baseReport()));
    expect(figures.map((f) => f.indicators?.['trees-planted'])).toEqual(expect.arrayContaining([46, 7]));
    const own = (await levelAboveReport(levelAbove, figures, whole, AT))!;
    expect(own.indicators).toEqual({
      'turn-outs': 2,
      'activity-participants': 77,
      'waste-collected-kg': 120.5,
      'roads-cleaned-km': 1.2,
      'trees-planted': 53,
      'communication-items': 2,
      'zalo-posts': 5,
      'nylon-free-person-days': 18,
      'bao-rac': 3,
    });
    expect(problemsOf(JSON.parse(JSON.stringify(own)))).toEqual([]);
    expect(validateReport(JSON.parse(JSON.stringify(own))).ok).toBe(true);
  });

  it('gives the workbook a sheet of the indicators added up, named in the page’s words, unknown codes under their code', async () => {
    const figures = await keptFigures(withActivities(baseReport()), otherAgency(baseReport()));
    const known: Record<string, string> = { 'trees-planted': 'Cây xanh trồng' };
    const words = new Proxy({} as AgencyWords, {
      get: (_, key) =>
        key === 'indicator'
          ? (code: string) => known[code] ?? code
          : key === 'indicatorUnit'
            ? (code: string) => (known[code] ? 'cây' : '')
            : key === 'titles'
              ? { indicators: 'Chỉ tiêu cộng dồn' }
              : key === 'label' || key === 'pledge'
                ? (x: unknown) => String(x)
                : String(key),
    });
    const sheet = agencyTables(levelAbove, figures, whole, words).find((t) => t.id === 'indicators')!;
    expect(sheet.title).toBe('Chỉ tiêu cộng dồn');
    expect(sheet.header).toEqual(['code', 'indicatorColumn', 'unit', 'total']);
    expect(sheet.rows).toContainEqual(['trees-planted', 'Cây xanh trồng', 'cây', 53]);
    expect(sheet.rows).toContainEqual(['bao-rac', 'bao-rac', '', 3]);
    expect(sheet.rows).toHaveLength(9);
  });

  it('writes the level above’s own activities in its report file and adds their results to its agencies’ totals', async () => {
    const figures = await keptFigures(withActivities(baseReport()), otherAgency(baseReport()));
    const own: ReportActivity[] = [
      {
        date: levelAbove.start,
        kind: 'turn-out',
        title: ' Ra quân tại trụ sở Sở ',
        participants: 30,
        results: { 'trees-planted': 10 },
      },
      { date: '2099-01-01', kind: 'banners', title: 'Ngoài kỳ', results: { 'banners-slogans': 4 } },
    ];
    const report = (await levelAboveReport(levelAbove, figures, whole, AT, {}, own))!;
    expect(report.activities).toEqual([
      {
        date: levelAbove.start,
        kind: 'turn-out',
        title: 'Ra quân tại trụ sở Sở',
        participants: 30,
        results: { 'trees-planted': 10 },
      },
    ]);
    expect(report.indicators).toMatchObject({
      'turn-outs': 3,
      'activity-participants': 107,
      'trees-planted': 63,
      'bao-rac': 3,
    });
    expect(report.indicators?.['banners-slogans']).toBeUndefined();
    expect(problemsOf(JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(validateReport(JSON.parse(JSON.stringify(report))).ok).toBe(true);
    const without = (await levelAboveReport(levelAbove, figures, whole, AT))!;
    expect(without.activities).toBeUndefined();
  });

  it('shows the level above’s own part beside its agencies’ in the workbook’s indicators sheet', async () => {
    const figures = await keptFigures(withActivities(baseReport()));
    const words = new Proxy({} as AgencyWords, {
      get: (_, key) =>
        key === 'indicator' || key === 'indicatorUnit' || key === 'label' || key === 'pledge'
          ? String
          : key === 'titles'
            ? {}
            : String(key),
    });
    const sheet = agencyTables(levelAbove, figures, whole, words, { 'trees-planted': 5, 'new-code': 1 }).find(
      (t) => t.id === 'indicators',
    )!;
    expect(sheet.header).toEqual(['code', 'indicatorColumn', 'unit', 'fromAgencies', 'fromActivities', 'total']);
    expect(sheet.rows).toContainEqual(['trees-planted', 'trees-planted', 'trees-planted', 46, 5, 51]);
    expect(sheet.rows).toContainEqual(['new-code', 'new-code', 'new-code', null, 1, 1]);
  });
});
