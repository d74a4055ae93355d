import { describe, expect, it } from 'vitest';
import { agencyFigures, totalsOf } from '@/storage/agencies/figures';
import { agencyReportContent } from '@/storage/agencies/report-content';
import { standingsFromAgencies } from '@/storage/share/standings';
import type { Campaign, Label } from '@/storage/types';
import { expectedFigures, generateReports, levelAboveCampaign, UNKNOWN_PLEDGE } from '@/tests/fixtures/reports.js';

// A province of 15 listed agencies, 12 of which report (5 departments, every day of June).
const campaign: Campaign = levelAboveCampaign({ agencies: 12, silent: 3 });
const whole = { from: campaign.start, to: campaign.end };
const { reports } = generateReports({ campaign, agencies: 12, departments: 5, seed: 21, unknownEvery: 4 });
const rows = reports.map((r) => totalsOf(r, { campaignId: campaign.id, signed: false }));
const words = { label: (l: Label) => l.vi, unknown: (id: string) => `«${id}»`, notListed: '(ngoài danh sách)' };

function contentOver(range = whole) {
  return agencyReportContent(campaign, agencyFigures(campaign, rows, range), range, words);
}

describe('the level above’s printable report, from its agencies’ figures', () => {
  it.each([
    ['the whole campaign', whole],
    ['a week of it', { from: '2024-06-10', to: '2024-06-16' }],
  ])('has per agency, over %s, the figures and ranking the generator expects', (_, range) => {
    const expected = expectedFigures(reports, campaign, range);
    const content = contentOver(range);
    expect(content.departments.map((d) => d.id)).toEqual(expected.ranking);
    for (const d of content.departments) {
      const e = expected.agencies[d.id]!;
      expect({
        submitted: d.submitted,
        tookPart: d.tookPart,
        headcount: d.headcount,
        averageDays: d.averageDays,
      }).toEqual({ submitted: e.submitted, tookPart: e.tookPart, headcount: e.headcount, averageDays: e.averageDays });
      expect(d.rate).toBeCloseTo(e.tookPart / e.headcount, 12);
    }
    expect(content.departments.map((d) => d.name)).toContain('Cơ quan số 1');
  });

  it('sums the agencies into the whole, and every day’s participants into the days', () => {
    const expected = expectedFigures(reports, campaign);
    const content = contentOver();
    const agencies = Object.values(expected.agencies);
    const sum = (pick: (a: (typeof agencies)[number]) => number) => agencies.reduce((n, a) => n + pick(a), 0);
    expect(content.office).toMatchObject({
      name: campaign.organisation.vi,
      headcount: sum((a) => a.headcount),
      submitted: sum((a) => a.submitted),
      tookPart: sum((a) => a.tookPart),
    });
    expect(content.office.averageDays).toBeCloseTo(sum((a) => a.participantDays) / sum((a) => a.headcount), 12);
    expect(content.days).toHaveLength(30);
    expect(content.days.reduce((n, d) => n + d.participants, 0)).toBe(sum((a) => a.participantDays));
  });

  it('totals every action, per agency too, a pledge the campaign does not know under its id', () => {
    const expected = expectedFigures(reports, campaign);
    const content = contentOver();
    const shown = Object.fromEntries(content.pledges.filter((p) => p.total > 0).map((p) => [p.id, p.total]));
    expect(shown).toEqual(expected.pledgeTotals);
    const unknown = content.pledges.find((p) => p.id === UNKNOWN_PLEDGE)!;
    expect(unknown.label).toBe(`«${UNKNOWN_PLEDGE}»`);
    expect(unknown.total).toBeGreaterThan(0);
    for (const p of content.pledges) {
      expect(p.byDepartment.map((d) => d.id)).toEqual(expected.ranking);
      for (const d of p.byDepartment) expect(d.total).toBe(expected.agencies[d.id]!.pledges[p.id] ?? 0);
    }
  });

  it('lists the agencies that have not reported, by name', () => {
    expect(contentOver().missing).toEqual([
      { id: 'agency-013', name: 'Cơ quan số 13' },
      { id: 'agency-014', name: 'Cơ quan số 14' },
      { id: 'agency-015', name: 'Cơ quan số 15' },
    ]);
    expect(expectedFigures(reports, campaign).notReported).toEqual(['agency-013', 'agency-014', 'agency-015']);
  });

  it('puts the agencies on the poster by their names, with the actions they did', () => {
    const expected = expectedFigures(reports, campaign);
    const standings = standingsFromAgencies(campaign, agencyFigures(campaign, rows, whole), whole, campaign.end);
    expect(standings.agencies).toBe(true);
    expect(standings.rows).toHaveLength(12);
    const first = standings.rows.find((r) => r.id === 'agency-001')!;
    expect(first.name).toEqual({ vi: 'Cơ quan số 1', en: 'Agency no. 1' });
    expect(first.totals['tree-planting']).toBe(expected.agencies['agency-001']!.pledges['tree-planting'] ?? 0);
  });
});
