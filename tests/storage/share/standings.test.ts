import { describe, expect, it } from 'vitest';
import { departmentFigures } from '@/storage/admin/figures';
import type { Bulletin } from '@/storage/bulletin/store';
import type { SubmissionRow } from '@/storage/db/database';
import { departmentImpacts } from '@/storage/share/impacts';
import { standings, standingsFromBulletin, standingsFromFigures } from '@/storage/share/standings';
import { campaignOf } from '@/tests/fixtures/campaign';
import { d } from '@/tests/fixtures/entries';

// Two departments: ldvp (4 people) and hctc-qttv (12 people); Monday–Friday, 5–30 June 2024.
const campaign = campaignOf({
  departments: [
    { id: 'ldvp', name: { vi: 'Lãnh đạo Văn phòng' }, headcount: 4 },
    { id: 'hctc-qttv', name: { vi: 'Phòng HCTC-QTTV', en: 'HCTC-QTTV' }, headcount: 12 },
    { id: 'moi', name: { vi: 'Phòng mới' }, headcount: 0 },
  ],
});
const day = (date: string, participants: number, pledges: Record<string, number> = {}) => ({
  date,
  participants,
  pledges,
});

describe('the poster’s rows', () => {
  // Wed 5 to Fri 7 June: three working days. ldvp: 3 + 2 + 1 = 6 of 4 × 3 = 12 (50 %);
  // hctc-qttv: 9 + 9 + 9 = 27 of 36 (75 %); the weekend day of 8 June does not count.
  const s = standings(
    campaign,
    [
      { id: 'ldvp', headcount: 4, days: [day(d(5), 3, { 'tree-planting': 2 }), day(d(6), 2), day(d(7), 1)] },
      {
        id: 'hctc-qttv',
        headcount: 12,
        days: [day(d(5), 9), day(d(6), 9, { 'tree-planting': 5 }), day(d(7), 9), day(d(8), 12)],
      },
      { id: 'moi', headcount: 0, days: [] },
    ],
    { from: d(5), to: d(8) },
    d(8),
  );

  it('rank the departments by participation on working days, unknown rates last', () => {
    expect(s.rows.map((r) => [r.id, r.rate])).toEqual([
      ['hctc-qttv', 0.75],
      ['ldvp', 0.5],
      ['moi', null],
    ]);
  });

  it('count the actions done per department, and name no person', () => {
    expect(s.rows.map((r) => [r.id, r.totals['tree-planting']])).toEqual([
      ['hctc-qttv', 5],
      ['ldvp', 2],
      ['moi', 0],
    ]);
    expect(s.actions.map((p) => p.id)).toEqual(['tree-planting']);
    expect(JSON.stringify(s)).not.toMatch(/participant|name":"Nguyễn/);
  });

  it('estimate the whole office’s impact with the file’s coefficient and source', () => {
    expect(s.impacts).toMatchObject([{ pledgeId: 'tree-planting', units: 7, estimate: 154 }]);
  });

  it('read the same rows from a bulletin, up to the day it was made', () => {
    const bulletin: Bulletin = {
      format: 'green-office/bulletin',
      version: 1,
      campaign: { id: campaign.id, start: campaign.start, end: campaign.end, timeZone: campaign.timeZone },
      generatedAt: '2024-06-07T17:00:00+07:00',
      departments: [
        {
          id: 'ldvp',
          name: { vi: 'Lãnh đạo Văn phòng' },
          headcount: 4,
          days: [day(d(5), 4), day(d(6), 4), day(d(7), 4)],
        },
        { id: 'hctc-qttv', name: { vi: 'Phòng HCTC-QTTV' }, headcount: 12, days: [day(d(5), 6)] },
      ],
    };
    const fromBulletin = standingsFromBulletin(campaign, bulletin);
    expect(fromBulletin.period).toEqual({ from: d(5), to: d(7) });
    expect(fromBulletin.asOf).toBe(d(7));
    expect(fromBulletin.rows.map((r) => [r.id, r.rate])).toEqual([
      ['ldvp', 1],
      ['hctc-qttv', 6 / 36],
    ]);
  });

  it('read the admin’s figures over their range, cut at the date of the figures', () => {
    const submission = (department: string, dates: string[]): SubmissionRow => ({
      campaignId: campaign.id,
      participantId: `${department}-${dates.length}`,
      name: 'Nguyễn Văn A',
      department,
      revision: 1,
      exportedAt: '2024-06-12T10:00:00+07:00',
      days: dates.map((date) => ({ date, pledges: { 'no-nylon-bags': 1 } })),
      signed: true,
      fileName: 'x.json',
      importedAt: '2024-06-12T10:00:00+07:00',
    });
    const figures = departmentFigures(campaign, [submission('ldvp', [d(10), d(11)])], [], []);
    const s2 = standingsFromFigures(campaign, figures, { from: d(5), to: d(30) }, d(11));
    expect(s2.period).toEqual({ from: d(5), to: d(11) });
    // 2 days of 4 people over the 5 working days 5–11 June.
    expect(s2.rows[0]).toMatchObject({ id: 'ldvp', rate: 2 / 20 });
    expect(JSON.stringify(s2)).not.toContain('Nguyễn Văn A');
  });
});

describe('the estimates per department', () => {
  it('multiply each department’s totals by the coefficient, in the order given', () => {
    const rows = departmentImpacts(
      campaign,
      new Map<string, Record<string, number>>([
        ['hctc-qttv', { 'tree-planting': 3, 'no-nylon-bags': 40 }],
        ['ldvp', {}],
      ]),
    );
    expect(rows.map((r) => [r.department, r.lines.map((l) => [l.pledgeId, l.estimate])])).toEqual([
      ['hctc-qttv', [['tree-planting', 66]]],
      ['ldvp', [['tree-planting', 0]]],
    ]);
  });

  it('give nothing for a campaign without coefficients', () => {
    const bare = campaignOf({ pledges: campaign.pledges.map(({ impact: _, ...p }) => p) });
    expect(departmentImpacts(bare, new Map([['ldvp', { 'tree-planting': 3 }]]))[0]!.lines).toEqual([]);
  });
});
