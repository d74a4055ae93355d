import { describe, expect, it } from 'vitest';
import { validateCampaign } from '@/storage/campaign/schema';
import { readReportText } from '@/storage/report-file/read';
import { generateReports, levelAboveCampaign, reportKeyPair, signReport } from '@/tests/fixtures/reports.js';

// The generator shared by these tests, the browser tests and the bench (tests/fixtures/reports.js).
const campaign = levelAboveCampaign({ agencies: 20, silent: 3 });

describe('the office report generator', () => {
  const { reports } = generateReports({ campaign, agencies: 20, departments: 4, days: 10, seed: 5 });

  it('makes a level above’s campaign that the campaign rules accept, listing every agency', () => {
    expect(validateCampaign(JSON.parse(JSON.stringify(campaign)))).toMatchObject({ ok: true });
    expect(campaign.agencies).toHaveLength(23);
  });

  it('makes reports that the report reader accepts, signed or not', async () => {
    for (const report of reports) {
      expect(await readReportText(JSON.stringify(report), campaign)).toEqual({ ok: true, report, signed: false });
    }
    const signed = await signReport(reports[0]!, await reportKeyPair());
    expect(await readReportText(JSON.stringify(signed), campaign)).toMatchObject({ ok: true, signed: true });
  });

  it('makes the same reports on every run of a seed, and others for another seed', () => {
    const again = generateReports({ campaign, agencies: 20, departments: 4, days: 10, seed: 5 });
    expect(again.reports).toEqual(reports);
    expect(generateReports({ campaign, agencies: 20, departments: 4, days: 10, seed: 6 }).reports).not.toEqual(reports);
  });

  it('gives every agency the departments and days asked for', () => {
    for (const report of reports) {
      expect(report.units).toHaveLength(4);
      for (const unit of report.units) expect(unit.days).toHaveLength(10);
    }
  });
});
