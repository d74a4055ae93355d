import { describe, expect, it } from 'vitest';
import { readAdmin } from '@/storage/admin/office';
import { summaryFormat } from '@/storage/admin/summaries';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { departmentUnits, officeReport, reportFileName, reportOf } from '@/storage/report-file/build';
import { readReportText } from '@/storage/report-file/read';
import type { OfficeReport } from '@/storage/report-file/types';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import type { Campaign } from '@/storage/types';
import { problemsOf } from '@/tests/fixtures/report-check';
import { generateSummaries, summaryFile, summaryTotals } from '@/tests/fixtures/summaries.js';

// An office of the built-in campaign (5–30 June 2024) that carries out the province's plan.
const campaign: Campaign = {
  ...BUILT_IN_CAMPAIGN,
  organisationId: 'vp-ubnd-backan',
  implements: { id: 'stnmt-1345-2024', name: { vi: 'Kế hoạch 1345/STNMT-MT' } },
};
const organisation = { id: 'vp-ubnd-backan', name: campaign.organisation };
const AT = '2024-07-01T09:00:00+07:00';
const WEEK = { from: '2024-06-10', to: '2024-06-16' };

/** The office after merging 40 staff summaries, as the admin page does. */
async function officeWith40() {
  const { summaries } = generateSummaries({ campaign, people: 40, seed: 15 });
  const files = summaries.map((s, i) => summaryFile(s, `tong-hop_${s.participant.name}_${i}.json`));
  await commitFiles(summaryFormat, await previewFiles(summaryFormat, files, campaign), campaign.id, AT);
  return { summaries, admin: await readAdmin(campaign.id) };
}

describe('the office report file', () => {
  it('holds, per department, who sent and took part and each day’s participants and pledges', async () => {
    const { summaries, admin } = await officeWith40();
    const report = await officeReport(campaign, admin, organisation, WEEK, AT);
    const totals = summaryTotals(summaries, campaign, WEEK);
    expect(report.units.map((u) => u.id)).toEqual(campaign.departments.map((d) => d.id));
    for (const unit of report.units) {
      const expected = totals.departments[unit.id]!;
      expect(unit).toMatchObject({ kind: 'department', submitted: expected.people, tookPart: expected.tookPart });
      const days = Object.entries(expected.byDate).filter(([, d]) => d.participants > 0);
      expect(unit.days).toEqual(days.map(([date, d]) => ({ date, participants: d.participants, pledges: d.pledges })));
    }
    expect(report.period).toEqual({ start: WEEK.from, end: WEEK.to });
    expect(report.campaign).toEqual({
      id: campaign.id,
      start: campaign.start,
      end: campaign.end,
      timeZone: campaign.timeZone,
      implements: { id: 'stnmt-1345-2024' },
    });
  });

  it('holds no name, participant id, note nor file name of the summaries it counts', async () => {
    const { summaries, admin } = await officeWith40();
    const whole = { from: campaign.start, to: campaign.end };
    const text = JSON.stringify(await officeReport(campaign, admin, organisation, whole, AT));
    const notes = summaries.flatMap((s) => s.days.flatMap((d) => (d.note ? [d.note] : [])));
    expect(notes.length).toBeGreaterThan(0);
    const secrets = [
      ...summaries.flatMap((s) => [s.participant.name, s.participant.id]),
      ...notes,
      ...admin.submissions.map((s) => s.fileName),
    ];
    for (const secret of secrets) expect(text.includes(secret), secret).toBe(false);
  });

  it('follows docs/formats.md §4 by an independent check, and the app’s reader accepts it signed', async () => {
    const { admin } = await officeWith40();
    const report = await officeReport(campaign, admin, organisation, { from: campaign.start, to: campaign.end }, AT);
    const text = JSON.stringify(report, null, 2);
    expect(problemsOf(JSON.parse(text))).toEqual([]);
    const read = await readReportText(text, { id: 'stnmt-1345-2024' });
    expect(read).toEqual({ ok: true, report, signed: true });
  });

  it('of an office nobody has sent to yet lists its departments with zeros and no days', () => {
    const units = departmentUnits(campaign, { submissions: [], headcounts: [], roster: [] }, WEEK);
    expect(units.map((u) => [u.submitted, u.tookPart, u.days])).toEqual(campaign.departments.map(() => [0, 0, []]));
  });

  it('is built the same way from a level above’s agencies, each one unit', async () => {
    const agencies: OfficeReport['units'] = [
      { id: 'so-tai-chinh', name: { vi: 'Sở Tài chính' }, kind: 'agency', submitted: 30, tookPart: 20, days: [] },
    ];
    const above = { id: 'stnmt-1345-2024', start: '2024-06-01', end: '2024-12-31', timeZone: 'Asia/Ho_Chi_Minh' };
    const report = reportOf({
      organisation: { id: 'so-nnmt-backan', name: { vi: 'Sở NN&MT' } },
      campaign: { ...above, implements: { id: 'bo-nnmt-2024', name: { vi: 'Kế hoạch của Bộ' } } },
      period: { from: '2024-06-01', to: '2024-06-30' },
      generatedAt: AT,
      units: agencies,
    });
    expect(report.campaign.implements).toEqual({ id: 'bo-nnmt-2024' });
    expect(problemsOf(report)).toEqual([]);
    expect((await readReportText(JSON.stringify(report), { id: 'bo-nnmt-2024' })).ok).toBe(true);
  });

  it('is named after the organisation and the period', () => {
    expect(reportFileName('vp-ubnd-backan', WEEK)).toBe('vp-ubnd-backan-2024-06-10_2024-06-16.json');
  });
});
