import { describe, expect, it } from 'vitest';
import { quantityProblem, resultCodesFor } from '@/storage/indicators/codes';
import { sumOverReports } from '@/storage/indicators/level-above';
import {
  type ActivityFigures,
  activityTotals,
  addTotals,
  indicatorParts,
  type PledgeDay,
  pledgeTotals,
} from '@/storage/indicators/sums';

const pledges = [
  { id: 'no-nylon-bags', indicator: 'nylon-free-person-days' },
  { id: 'trong-cay', indicator: 'trees-planted' },
  { id: 'clean-up' },
];
const days: PledgeDay[] = [
  { date: '2024-06-05', pledges: { 'no-nylon-bags': 12, 'trong-cay': 4, 'clean-up': 30 } },
  { date: '2024-06-10', pledges: { 'no-nylon-bags': 9 } },
  { date: '2024-06-20', pledges: { 'trong-cay': 10 } },
];
const activities: ActivityFigures[] = [
  { date: '2024-06-05', kind: 'turn-out', participants: 45, results: { 'waste-collected-kg': 0.1 } },
  { date: '2024-06-08', kind: 'turn-out', participants: 30, results: { 'waste-collected-kg': 0.2 } },
  { date: '2024-06-12', kind: 'tree-planting', participants: 20, results: { 'trees-planted': 30 } },
  { date: '2024-06-21', kind: 'event', results: {} },
];
const JUNE = { from: '2024-06-01', to: '2024-06-30' };

describe('indicator totals', () => {
  it('count person-days and actions of the pledges that name a code, and nothing of those that do not', () => {
    expect(pledgeTotals(pledges, days, JUNE)).toEqual({ 'nylon-free-person-days': 21, 'trees-planted': 14 });
  });

  it.each([
    ['a week', { from: '2024-06-03', to: '2024-06-09' }, { 'nylon-free-person-days': 12, 'trees-planted': 4 }],
    ['one day', { from: '2024-06-20', to: '2024-06-20' }, { 'trees-planted': 10 }],
    ['a period with no day', { from: '2024-07-01', to: '2024-07-31' }, {}],
  ])('of pledges follow the period: %s', (_, period, expected) => {
    expect(pledgeTotals(pledges, days, period)).toEqual(expected);
  });

  it('of activities count turn-outs and events by kind, participants, and results kept to a thousandth', () => {
    expect(activityTotals(activities, JUNE)).toEqual({
      'turn-outs': 2,
      'activity-participants': 95,
      'waste-collected-kg': 0.3,
      'trees-planted': 30,
      'events-held': 1,
    });
    expect(activityTotals(activities, { from: '2024-06-06', to: '2024-06-12' })).toEqual({
      'turn-outs': 1,
      'activity-participants': 50,
      'waste-collected-kg': 0.2,
      'trees-planted': 30,
    });
  });

  it('show the two parts apart, their total each counted once', () => {
    const parts = indicatorParts(pledges, days, activities, JUNE);
    expect(parts.activities['trees-planted']).toBe(30);
    expect(parts.pledges['trees-planted']).toBe(14);
    expect(parts.total['trees-planted']).toBe(44);
    expect(parts.total['nylon-free-person-days']).toBe(21);
    expect(addTotals([parts.activities, parts.pledges])).toEqual(parts.total);
  });

  it('of the level above add each code over reports whatever their pledge ids, unknown codes kept', () => {
    const sums = sumOverReports([
      { indicators: { 'trees-planted': 44, 'waste-collected-kg': 0.3 } },
      { indicators: { 'trees-planted': 6, 'trong-rung-ngap-man': 2 } },
      {},
    ]);
    expect(sums).toEqual({ 'trees-planted': 50, 'waste-collected-kg': 0.3, 'trong-rung-ngap-man': 2 });
  });
});

describe('a quantity typed for an activity', () => {
  it.each([
    ['trees-planted', 30, null],
    ['waste-collected-kg', 12.5, null],
    ['trees-planted', -1, 'quantity-negative'],
    ['trees-planted', 2.5, 'quantity-whole'],
    ['waste-collected-kg', 1e9 + 1, 'quantity-absurd'],
    ['zalo-posts', 0.5, null],
    ['trees-planted', Number.NaN, 'type-number'],
  ])('%s = %s: %s', (code, value, problem) => {
    expect(quantityProblem(code, value)).toBe(problem);
  });

  it('is offered the code its kind most likely gives first, never a code the kind gives by itself', () => {
    expect(resultCodesFor('tree-planting')[0]).toBe('trees-planted');
    expect(resultCodesFor('turn-out')).not.toContain('turn-outs');
  });
});
