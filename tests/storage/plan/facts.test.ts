import { describe, expect, it } from 'vitest';
import { validateCampaign } from '@/storage/campaign/schema';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { planChanges, planFacts, planPartsBySource, sendByDate } from '@/storage/plan/facts';
import type { Campaign } from '@/storage/types';

const c = BUILT_IN_CAMPAIGN;

describe('what the plan takes from the campaign', () => {
  it('counts the days and working days of the seed plan: 5–30 June 2024, 26 days, 18 working', () => {
    expect(planFacts(c)).toEqual({
      start: '2024-06-05',
      end: '2024-06-30',
      days: 26,
      workingDays: 18,
      sendBy: '2024-07-01',
    });
  });

  it('asks for the last summary on the first working weekday after the end', () => {
    expect(sendByDate({ end: '2024-06-28', workingDays: [1, 2, 3, 4, 5] })).toBe('2024-07-01'); // Friday → Monday
    expect(sendByDate({ end: '2024-06-26', workingDays: [1, 2, 3, 4, 5] })).toBe('2024-06-27');
    expect(sendByDate({ end: '2024-06-29', workingDays: [1, 2, 3, 4, 5, 6, 7] })).toBe('2024-06-30');
  });

  it('says how often the body reports as the campaign says it, and nothing when it says nothing', () => {
    expect(planFacts(c)).not.toHaveProperty('reportEvery');
    expect(planFacts({ ...c, reportEvery: 'month' }).reportEvery).toBe('month');
    expect(planFacts({ ...c, reportEvery: 'week' }).reportEvery).toBe('week');
  });

  it('never meets a cadence it does not know: the campaign file naming one is refused', () => {
    expect(validateCampaign({ ...c, reportEvery: 'daily' })).toEqual({
      ok: false,
      issue: { path: 'reportEvery', rule: 'report-every' },
    });
  });
});

describe('what changed since the plan was drafted', () => {
  it('is nothing for the same campaign', () => {
    expect(planChanges(c, structuredClone(c))).toEqual([]);
  });

  it('names the dates, the departments and the pledges', () => {
    const after: Campaign = {
      ...c,
      end: '2024-07-05',
      departments: c.departments.slice(1),
      pledges: [...c.pledges, { id: 'bike', kind: 'daily', label: { vi: 'Đi xe đạp' } }],
    };
    expect(planChanges(c, after)).toEqual(['dates', 'departments', 'pledges']);
    expect(planChanges(c, { ...c, reportTo: { vi: 'Phòng Tổng hợp' } })).toEqual(['reporting']);
    expect(planChanges(c, { ...c, reportEvery: 'month' })).toEqual(['reporting']);
  });

  it('tells the parts the office wrote from those drafted', () => {
    expect(planPartsBySource(c)).toEqual({ written: [], drafted: ['purpose', 'tasks', 'implementation'] });
    expect(planPartsBySource({ planText: { tasks: { vi: 'x' } } })).toEqual({
      written: ['tasks'],
      drafted: ['purpose', 'implementation'],
    });
  });
});
