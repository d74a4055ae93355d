import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/components/i18n';
import { makeI18n } from '@/components/i18n/format';
import { draftPlanText, planDate, planSubject } from '@/entrypoints/options/pages/admin/plan/plan-words';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import type { Campaign } from '@/storage/types';

const vi = makeI18n('vi', MESSAGES.vi);
const en = makeI18n('en', MESSAGES.en);
/** A year-round movement that reports every month, with a hashtag to share. */
const yearRound = {
  ...BUILT_IN_CAMPAIGN,
  start: '2027-01-01',
  end: '2027-12-31',
  hashtag: '#ChongRacThaiNhua',
  reportEvery: 'month',
} as Campaign;

describe('the plan’s drafted parts', () => {
  it('say the year-round cadence and when summaries go in, for a movement that reports monthly', () => {
    const text = draftPlanText(vi, yearRound);
    expect(text.tasks).toContain(
      'Kế hoạch được thực hiện thường xuyên, liên tục trong năm; kết quả được tổng hợp, báo cáo hằng tháng.',
    );
    expect(text.tasks).toContain('dùng thẻ #ChongRacThaiNhua');
    expect(text.implementation).toContain('thực hiện chế độ báo cáo hằng tháng');
    // 31 December 2027 is a Friday: the last summary goes in on Monday 3 January 2028.
    expect(text.implementation).toContain('vào ngày làm việc cuối mỗi tháng, lần cuối chậm nhất ngày 03/01/2028');
    expect(draftPlanText(en, yearRound).implementation).toContain('the last time by 03/01/2028');
  });

  it('say no cadence for a campaign reported once, at its end', () => {
    const text = draftPlanText(vi, BUILT_IN_CAMPAIGN);
    expect(text.tasks.split('\n')).toHaveLength(1);
    expect(text.implementation).toContain('báo cáo khi kết thúc Kế hoạch');
  });

  it('name the campaign’s organisation and departments, never another office', () => {
    const other: Campaign = {
      ...BUILT_IN_CAMPAIGN,
      organisation: { vi: 'Sở Tư pháp' },
      reportTo: { vi: 'Văn phòng Sở' },
      departments: [{ id: 'tt', name: { vi: 'Thanh tra Sở' } }],
    };
    const text = Object.values(draftPlanText(vi, other)).join('\n');
    expect(text).toContain('Sở Tư pháp');
    expect(text).toContain('(Thanh tra Sở)');
    expect(text).not.toMatch(/Bắc Kạn|UBND/);
  });
});

describe('the plan’s title and dates', () => {
  it('takes the campaign’s plan without its leading “Kế hoạch”, or drafts one from the name', () => {
    expect(planSubject(vi, BUILT_IN_CAMPAIGN)).toMatch(/^Tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới/);
    expect(planSubject(en, BUILT_IN_CAMPAIGN)).toBe(
      'World Environment Day (5 June) and the Environment Action Month 2024',
    );
    const { plan: _, ...noPlan } = BUILT_IN_CAMPAIGN;
    expect(planSubject(vi, noPlan)).toBe('Tổ chức thực hiện Tháng hành động vì môi trường 2024');
  });

  it('writes a date as the decree does in Vietnamese: day and months 1–2 with a zero', () => {
    expect(planDate(vi, '2024-06-05')).toBe('05/6/2024');
    expect(planDate(vi, '2027-01-15')).toBe('15/01/2027');
    expect(planDate(en, '2024-06-05')).toBe('05/06/2024');
  });
});
