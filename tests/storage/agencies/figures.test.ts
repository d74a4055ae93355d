import { describe, expect, it } from 'vitest';
import { actionTotals, agencyFigures, agencyRanking, keptPeriods, notReported } from '@/storage/agencies/figures';
import { reportFormat } from '@/storage/agencies/reports';
import { readAgencies } from '@/storage/agencies/store';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import type { Campaign } from '@/storage/types';
import {
  expectedFigures,
  generateReports,
  levelAboveCampaign,
  reportFile,
  UNKNOWN_PLEDGE,
} from '@/tests/fixtures/reports.js';

// A province of 40 listed agencies, 36 of which report (8 departments, every day of June).
const campaign: Campaign = levelAboveCampaign({ agencies: 36, silent: 4 });
const whole = { from: campaign.start, to: campaign.end };
const AT = '2024-07-01T09:00:00+07:00';

async function mergeAll(reports: Parameters<typeof reportFile>[0][]) {
  const verdicts = await previewFiles(
    reportFormat,
    reports.map((r) => reportFile(r)),
    campaign,
  );
  await commitFiles(reportFormat, verdicts, campaign.id, AT);
  return (await readAgencies(campaign.id)).totals;
}

/** The figures as the page shows them, in the generator's terms. */
function shown(rows: Awaited<ReturnType<typeof mergeAll>>, range = whole) {
  const figures = agencyFigures(campaign, rows, range);
  return {
    agencies: Object.fromEntries(
      figures.map((f) => [
        f.organisationId,
        {
          submitted: f.submitted,
          tookPart: f.tookPart,
          headcount: f.headcount,
          participantDays: f.participantDays,
          pledges: f.pledges,
          averageDays: f.averageDays,
        },
      ]),
    ),
    ranking: agencyRanking(figures).map((f) => f.organisationId),
    pledgeTotals: Object.fromEntries(
      actionTotals(campaign, figures)
        .filter((t) => t.total > 0)
        .map((t) => [t.pledgeId, t.total]),
    ),
    notReported: notReported(campaign, figures).map((a) => a.id),
  };
}

describe('the level above’s figures across agencies', () => {
  const { reports, expected } = generateReports({ campaign, agencies: 36, departments: 8, seed: 11 });

  it('equal the generator’s: per agency, ranking, totals of every action, who has not reported', async () => {
    const rows = await mergeAll(reports);
    expect(shown(rows)).toEqual(expected);
    expect(expected.notReported).toEqual(['agency-037', 'agency-038', 'agency-039', 'agency-040']);
  });

  it('count a pledge id the campaign does not know, shown under its id after the known ones', async () => {
    const totals = actionTotals(campaign, agencyFigures(campaign, await mergeAll(reports), whole));
    expect(totals.map((t) => t.pledgeId)).toEqual([...campaign.pledges.map((p) => p.id), UNKNOWN_PLEDGE]);
    expect(totals.at(-1)).toEqual({
      pledgeId: UNKNOWN_PLEDGE,
      known: false,
      total: expected.pledgeTotals[UNKNOWN_PLEDGE],
    });
  });

  it('recount over a week of the month from the days inside it', async () => {
    const week = { from: '2024-06-10', to: '2024-06-16' };
    expect(shown(await mergeAll(reports), week)).toEqual(expectedFigures(reports, campaign, week));
  });

  it('follow a later report of an agency, and recount when it replaces the kept one', async () => {
    await mergeAll(reports);
    const later = structuredClone(reports[0]!);
    later.generatedAt = '2024-07-02T08:00:00+07:00';
    for (const unit of later.units) for (const day of unit.days) day.participants = 0;
    const rows = await mergeAll([later]);
    expect(shown(rows)).toEqual(expectedFigures([...reports, later], campaign));
    expect(shown(rows).agencies['agency-001']!.participantDays).toBe(0);
    expect(shown(rows).ranking.at(-1)).toBe('agency-001');
  });

  it('take, for a week, the week’s own report over the month’s, and list every kept period', async () => {
    const weekPeriod = { start: '2024-06-10', end: '2024-06-16' };
    const weekly = generateReports({ campaign, agencies: 1, departments: 2, seed: 12, period: weekPeriod }).reports;
    const rows = await mergeAll([...reports, ...weekly]);
    const week = { from: weekPeriod.start, to: weekPeriod.end };
    const first = agencyFigures(campaign, rows, week).find((f) => f.organisationId === 'agency-001')!;
    expect(first.period).toEqual(weekPeriod);
    expect(first.units).toBe(2);
    // Over the month, the week's report does not cover it: the month's counts.
    expect(agencyFigures(campaign, rows, whole).find((f) => f.organisationId === 'agency-001')!.units).toBe(8);
    expect(keptPeriods(rows)).toEqual([{ start: campaign.start, end: campaign.end }, weekPeriod]);
  });

  it('count an office whose period holds only part of the range, and tell one outside it as not reported', async () => {
    const weekPeriod = { start: '2024-06-10', end: '2024-06-16' };
    const weekly = generateReports({ campaign, agencies: 1, seed: 12, period: weekPeriod }).reports;
    const rows = await mergeAll(weekly);
    expect(shown(rows)).toEqual(expectedFigures(weekly, campaign));
    expect(notReported(campaign, agencyFigures(campaign, rows, whole))).toHaveLength(39);
    const after = { from: '2024-06-20', to: '2024-06-25' };
    expect(notReported(campaign, agencyFigures(campaign, rows, after))).toHaveLength(40);
  });
  it('take, when no report covers the range, the one holding most of its days, even one made earlier', async () => {
    const early = { start: '2024-06-01', end: '2024-06-10' };
    const wide = { start: '2024-06-08', end: '2024-06-20' };
    const rows = await mergeAll([
      ...generateReports({ campaign, agencies: 1, seed: 13, period: wide, generatedAt: '2024-06-21T08:00:00+07:00' })
        .reports,
      ...generateReports({ campaign, agencies: 1, seed: 14, period: early, generatedAt: '2024-06-30T08:00:00+07:00' })
        .reports,
    ]);
    const chosen = (range: { from: string; to: string }) =>
      agencyFigures(campaign, rows, range).map((f) => [f.period, f.days.map((d) => d.date)]);
    expect(chosen({ from: '2024-06-09', to: '2024-06-18' })[0]![0]).toEqual(wide);
    expect(chosen({ from: '2024-06-01', to: '2024-06-09' })[0]![0]).toEqual(early);
    // One day in common is a day held: the last day of the report, the first of the range.
    expect(chosen({ from: '2024-06-20', to: '2024-06-25' })).toEqual([[wide, ['2024-06-20']]]);
    expect(chosen({ from: '2024-06-21', to: '2024-06-25' })).toEqual([]);
  });
});
