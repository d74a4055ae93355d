import { describe, expect, it } from 'vitest';
import { officeOverview } from '@/storage/admin/overview';
import { campaignOf } from '@/tests/fixtures/campaign';

// Wednesday 5 to Sunday 30 June 2024, in Vietnam.
const campaign = campaignOf();
const roster = [
  { campaignId: campaign.id, id: 'r1', name: 'Trần Thị B', department: 'ldvp' },
  { campaignId: campaign.id, id: 'r2', name: 'Nguyễn Văn A', department: 'hctc-qttv' },
  { campaignId: campaign.id, id: 'r3', name: 'Lê Văn C', department: 'hctc-qttv' },
];
const people = [{ name: 'Nguyen Van A', department: 'hctc-qttv' }];

describe('the admin overview: files received and what is due next', () => {
  it('counts the files received against the staff list and names who has not sent, by department', () => {
    const overview = officeOverview(campaign, '2024-06-12', { people, roster, mergeLog: [] });
    expect(overview.received).toBe(1);
    expect(overview.expected).toBe(3);
    expect(overview.notSent.map((r) => r.name)).toEqual(['Lê Văn C', 'Trần Thị B']);
  });

  it('has no expected count without a staff list', () => {
    expect(officeOverview(campaign, '2024-06-12', { people, roster: [], mergeLog: [] }).expected).toBeNull();
  });

  it.each([
    // today, this week, the report due
    ['2024-06-05', { from: '2024-06-05', to: '2024-06-09' }, { from: '2024-06-05', to: '2024-06-09' }],
    ['2024-06-12', { from: '2024-06-10', to: '2024-06-16' }, { from: '2024-06-05', to: '2024-06-09' }],
    ['2024-06-30', { from: '2024-06-24', to: '2024-06-30' }, { from: '2024-06-17', to: '2024-06-23' }],
    ['2024-07-01', null, { from: '2024-06-05', to: '2024-06-30' }],
    ['2024-06-01', null, null],
  ])('on %s: this week is %j and the report due is for %j', (today, week, report) => {
    const overview = officeOverview(campaign, today, { people, roster, mergeLog: [] });
    expect(overview.week).toEqual(week);
    expect(overview.reportPeriod).toEqual(report);
  });

  it('is due, for a body that reports monthly, the last whole month, as the report page opens on', () => {
    const monthly = { ...campaignOf(), start: '2027-01-04', end: '2028-01-03', reportEvery: 'month' as const };
    const overview = officeOverview(monthly, '2027-03-10', { people, roster, mergeLog: [] });
    expect(overview.reportPeriod).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });

  it('says when the last files came and whether any came this week, in the campaign’s time zone', () => {
    // 17:30 UTC on Sunday the 9th is 00:30 on Monday the 10th in Vietnam: this week.
    const late = officeOverview(campaign, '2024-06-12', { people, roster, mergeLog: [{ at: '2024-06-09T17:30:00Z' }] });
    expect(late.lastImportAt).toBe('2024-06-09T17:30:00Z');
    expect(late.importedThisWeek).toBe(true);
    const before = officeOverview(campaign, '2024-06-12', {
      people,
      roster,
      mergeLog: [{ at: '2024-06-09T10:00:00Z' }],
    });
    expect(before.importedThisWeek).toBe(false);
    expect(officeOverview(campaign, '2024-06-12', { people, roster, mergeLog: [] }).lastImportAt).toBeNull();
  });

  it('leaves the last import unknown while the log is still being read', () => {
    const overview = officeOverview(campaign, '2024-06-12', { people, roster, mergeLog: undefined });
    expect(overview.lastImportAt).toBeUndefined();
    expect(overview.importedThisWeek).toBeUndefined();
  });
});
