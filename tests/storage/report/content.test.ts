import { describe, expect, it } from 'vitest';
import { draftAssessment } from '@/entrypoints/options/pages/admin/report/document-words';
import { assessmentFacts, reportContent } from '@/storage/report/content';
import { admin, campaign, RANGE, vi } from './fixture';

const content = reportContent(campaign, admin, RANGE, vi.label);

describe('part I of the report: participation', () => {
  it('counts the whole office and each department, the leading department first', () => {
    expect(content.office).toEqual({
      id: '',
      name: 'Văn phòng thử',
      headcount: 16,
      submitted: 3,
      tookPart: 3,
      rate: 3 / 16,
      averageDays: 4 / 16,
    });
    expect(content.departments).toEqual([
      {
        id: 'ldvp',
        name: 'Lãnh đạo Văn phòng',
        headcount: 4,
        submitted: 2,
        tookPart: 2,
        rate: 0.5,
        averageDays: 3 / 4,
      },
      {
        id: 'hctc-qttv',
        name: 'Phòng HCTC-QTTV',
        headcount: 12,
        submitted: 1,
        tookPart: 1,
        rate: 1 / 12,
        averageDays: 1 / 12,
      },
    ]);
  });

  it('gives the office’s people taking part on each date of the period', () => {
    expect(content.days.map((d) => [d.date, d.participants, d.working])).toEqual([
      ['2024-06-10', 2, true],
      ['2024-06-11', 1, true],
      ['2024-06-12', 1, true],
    ]);
  });
});

describe('part I of the report: the results of each pledge', () => {
  it('totals each pledge overall and per department, with its unit, inside the period only', () => {
    const trees = content.pledges.find((p) => p.id === 'tree-planting')!;
    expect(trees).toMatchObject({ label: 'Trồng cây xanh', unit: 'cây', kind: 'action', total: 6 });
    expect(trees.byDepartment).toEqual([
      { id: 'ldvp', name: 'Lãnh đạo Văn phòng', total: 5 },
      { id: 'hctc-qttv', name: 'Phòng HCTC-QTTV', total: 1 },
    ]);
    expect(content.pledges.find((p) => p.id === 'no-nylon-bags')).toMatchObject({ unit: '', total: 2 });
  });

  it('estimates the impact the campaign defines, with its source', () => {
    const trees = content.pledges.find((p) => p.id === 'tree-planting')!;
    expect(trees.impact).toEqual({ estimate: 6 * 22, perUnit: 22, unit: 'kg CO₂/năm', source: 'test source' });
    expect(content.pledges.find((p) => p.id === 'no-nylon-bags')!.impact).toBeUndefined();
  });
});

describe('part II: the assessment drafted from the figures', () => {
  it('names the department that led, the one that lagged and the weakest days', () => {
    const facts = assessmentFacts(content);
    expect(facts.led.map((d) => d.id)).toEqual(['ldvp']);
    expect(facts.lagged.map((d) => d.id)).toEqual(['hctc-qttv']);
    expect(facts.weakestDays.map((d) => d.date)).toEqual(['2024-06-11', '2024-06-12', '2024-06-10']);
    expect(draftAssessment(vi, facts).split('\n')).toEqual([
      'Trong kỳ báo cáo, 3/16 người đã tham gia ít nhất một ngày (18,8%), bình quân 0,25 ngày tham gia mỗi người.',
      'Các phòng, ban, đơn vị thực hiện tốt: Lãnh đạo Văn phòng (0,75 ngày/người).',
      'Các phòng, ban, đơn vị cần cố gắng hơn: Phòng HCTC-QTTV (0,08 ngày/người).',
      'Những ngày làm việc có ít người tham gia nhất: 11/06/2024 (6,3%); 12/06/2024 (6,3%); 10/06/2024 (12,5%).',
    ]);
  });

  it('says there is nothing to assess before any summary arrives', () => {
    const empty = reportContent(campaign, { ...admin, submissions: [] }, RANGE, vi.label);
    expect(draftAssessment(vi, assessmentFacts(empty))).toBe('Chưa có số liệu để đánh giá.');
  });
});
