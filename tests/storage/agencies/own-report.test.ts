import { describe, expect, it } from 'vitest';
import { agencyFigures } from '@/storage/agencies/figures';
import { levelAboveReport } from '@/storage/agencies/own-report';
import { reportFormat } from '@/storage/agencies/reports';
import { readAgencies } from '@/storage/agencies/store';
import { agencyTables } from '@/storage/agencies/tables';
import { validateReport } from '@/storage/report-file/read';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import type { Campaign } from '@/storage/types';
import { expectedFigures, generateReports, levelAboveCampaign, reportFile } from '@/tests/fixtures/reports.js';

// A province merges 12 agencies, then sends its own report up to the ministry, which merges it.
const ministry: Campaign = levelAboveCampaign({
  id: 'bo-nnmt-vpx-2024',
  organisationId: 'bo-nnmt',
  agencies: 0,
  silent: 0,
});
ministry.agencies = [{ id: 'so-nnmt-bac-kan', name: { vi: 'Sở NN&MT Bắc Kạn' } }];
const province: Campaign = {
  ...levelAboveCampaign({ agencies: 12, silent: 2 }),
  implements: { id: ministry.id, name: { vi: 'Kế hoạch của Bộ' } },
};
const whole = { from: province.start, to: province.end };
const AT = '2024-07-01T09:00:00+07:00';
const SENT = '2024-07-01T10:00:00+07:00';

async function mergeInto(campaign: Campaign, reports: Parameters<typeof reportFile>[0][]) {
  await commitFiles(
    reportFormat,
    await previewFiles(
      reportFormat,
      reports.map((r) => reportFile(r)),
      campaign,
    ),
    campaign.id,
    AT,
  );
  return (await readAgencies(campaign.id)).totals;
}

describe('the level above’s own report file (province → ministry)', () => {
  const { reports, expected } = generateReports({ campaign: province, agencies: 12, departments: 5, seed: 21 });

  it('lists its agencies as units of kind "agency", signed, and keeps every rule of the format', async () => {
    const figures = agencyFigures(province, await mergeInto(province, reports), whole);
    const own = (await levelAboveReport(province, figures, whole, SENT))!;
    expect(own.organisation).toEqual({ id: 'so-nnmt-bac-kan', name: province.organisation });
    expect(own.campaign.implements).toEqual({ id: ministry.id });
    expect(own.units.map((u) => [u.id, u.kind])).toEqual(reports.map((r) => [r.organisation.id, 'agency']));
    expect(own.signature?.alg).toBe('ES256');
    expect(validateReport(JSON.parse(JSON.stringify(own)), ministry)).toEqual({ ok: true, report: own });
  });

  it('is merged by the ministry with the province’s totals as the generator counts them', async () => {
    const figures = agencyFigures(province, await mergeInto(province, reports), whole);
    const own = (await levelAboveReport(province, figures, whole, SENT))!;
    const [merged] = agencyFigures(ministry, await mergeInto(ministry, [own]), whole);
    const sum = (pick: (a: (typeof expected.agencies)[string]) => number) =>
      Object.values(expected.agencies).reduce((n, a) => n + pick(a), 0);
    expect(merged).toMatchObject({
      organisationId: 'so-nnmt-bac-kan',
      signed: true,
      units: 12,
      submitted: sum((a) => a.submitted),
      tookPart: sum((a) => a.tookPart),
      headcount: sum((a) => a.headcount),
      participantDays: sum((a) => a.participantDays),
      pledges: expected.pledgeTotals,
    });
  });

  it('covers the period chosen: a week’s report holds only that week’s days', async () => {
    const week = { from: '2024-06-10', to: '2024-06-16' };
    const figures = agencyFigures(province, await mergeInto(province, reports), week);
    const own = (await levelAboveReport(province, figures, week, SENT))!;
    expect(own.period).toEqual({ start: week.from, end: week.to });
    const dates = new Set(own.units.flatMap((u) => u.days.map((d) => d.date)));
    expect([...dates].sort()).toEqual([
      '2024-06-10',
      '2024-06-11',
      '2024-06-12',
      '2024-06-13',
      '2024-06-14',
      '2024-06-15',
      '2024-06-16',
    ]);
    expect(validateReport(JSON.parse(JSON.stringify(own)), ministry).ok).toBe(true);
    const counted = own.units.reduce((n, u) => n + u.days.reduce((m, d) => m + d.participants, 0), 0);
    const want = Object.values(expectedFigures(reports, province, week).agencies).reduce(
      (n, a) => n + a.participantDays,
      0,
    );
    expect(counted).toBe(want);
  });

  it('names the organisation typed for the report file when the campaign names none, else is not made', async () => {
    const { organisationId: _none, ...anonymous } = province;
    expect(await levelAboveReport(anonymous, [], whole, SENT)).toBeNull();
    const typed = { organisationId: 'so-nnmt-bk', organisationName: 'Sở NN&MT tỉnh Bắc Kạn' };
    const own = await levelAboveReport(anonymous, [], whole, SENT, typed);
    expect(own?.organisation).toEqual({ id: 'so-nnmt-bk', name: { vi: 'Sở NN&MT tỉnh Bắc Kạn' } });
  });

  it('gives the workbook the ranking, the totals of every action and who has not reported', async () => {
    const figures = agencyFigures(province, await mergeInto(province, reports), whole);
    const words = new Proxy(
      {},
      {
        get: (_, key) =>
          key === 'label'
            ? (l: { vi: string }) => l.vi
            : key === 'pledge'
              ? (id: string) => id
              : key === 'titles'
                ? { agencies: 'A', actions: 'B', 'not-reported': 'C', days: 'D' }
                : String(key),
      },
    );
    const tables = agencyTables(province, figures, whole, words as never);
    const [agencies, actions, missing] = (['agencies', 'actions', 'not-reported'] as const).map((id) =>
      tables.find((t) => t.id === id),
    );
    expect(agencies!.rows.map((r) => r[1])).toEqual(expected.ranking);
    expect(Object.fromEntries(actions!.rows.filter((r) => (r[2] as number) > 0).map((r) => [r[0], r[2]]))).toEqual(
      expected.pledgeTotals,
    );
    expect(missing!.rows.map((r) => r[0])).toEqual(expected.notReported);
  });
});
