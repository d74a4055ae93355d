import { describe, expect, it } from 'vitest';
import { readReportFile, validateReport } from '@/storage/report-file/read';
import { baseReport, levelAbove, reportFile } from '@/tests/fixtures/bad-reports';
import { withActivities } from '@/tests/fixtures/report-activities';
import { problemsOf } from '@/tests/fixtures/report-check';

describe('an office report with its activities and totals by indicator', () => {
  it('is accepted and read back whole, unknown codes kept', async () => {
    const read = await readReportFile(reportFile(withActivities(baseReport())), levelAbove);
    expect(read).toEqual({ ok: true, report: withActivities(baseReport()), signed: false });
    expect(read.ok && read.report.indicators?.['zalo-posts']).toBe(5);
  });

  it('follows docs/formats.md §4-5 by the independent check', () => {
    expect(problemsOf(withActivities(baseReport()))).toEqual([]);
  });

  it('of a level above may hold more than its own activities give: its agencies’ totals', () => {
    const r = withActivities(baseReport());
    r.units = r.units.map((u) => ({ ...u, kind: 'agency' as const }));
    r.indicators['trees-planted'] = 5000;
    expect(validateReport(r, levelAbove).ok).toBe(true);
    expect(problemsOf(r)).toEqual([]);
  });

  it('says where totals do not add up', () => {
    const r = withActivities(baseReport());
    r.indicators['trees-planted'] = 30;
    expect(validateReport(r, levelAbove)).toEqual({
      ok: false,
      issue: { path: 'indicators.trees-planted', rule: 'indicator-sum' },
    });
    expect(problemsOf(r)).toEqual(['indicators.trees-planted']);
  });

  it('an activity’s people and pictures never enter: fields beyond the format are dropped', async () => {
    const r = withActivities(baseReport()) as any;
    r.activities[0] = { ...r.activities[0], note: 'Anh Nguyễn Văn A', photo: 'data:image/jpeg;base64,AAAA' };
    const read = await readReportFile(reportFile(r), levelAbove);
    expect(JSON.stringify(read)).not.toContain('Nguyễn');
    expect(JSON.stringify(read)).not.toContain('base64');
  });
});
