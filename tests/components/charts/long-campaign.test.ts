import { describe, expect, it } from 'vitest';
import { calendarHeatmap, dailyBars } from '@/components/charts/progress';
import { MESSAGES } from '@/components/i18n';
import { makeI18n } from '@/components/i18n/format';
import { YEAR_ROUND } from '@/storage/campaign/templates';
import type { MonthFigures } from '@/storage/progress/month-figures';
import { addDays } from '@/storage/time/calendar';

const vi = makeI18n('vi', MESSAGES.vi);
const campaign = { ...YEAR_ROUND.campaign, start: '2027-01-04', end: '2028-01-03' };

/** A person who kept the nylon pledge every day of the year. */
const figures = (days: number) =>
  ({
    days: Array.from({ length: days }, (_, i) => ({
      date: addDays(campaign.start, i),
      kind: 'working',
      counts: { 'no-nylon-bags': 1 },
    })),
  }) as unknown as MonthFigures;

describe('the dashboard’s bars for a year-round movement', () => {
  it('are a month each, labelled by month, with every day counted', () => {
    const config = dailyBars(figures(365), campaign, vi);
    expect(config.data.labels).toHaveLength(13);
    expect(config.data.labels?.slice(0, 2)).toEqual(['1/2027', '2/2027']);
    const nylon = config.data.datasets.find((d) => d.label === 'Không sử dụng túi nilon khó phân hủy')!;
    expect((nylon.data as number[]).reduce((a, b) => a + b, 0)).toBe(365);
  });

  it('are a day each for a month-long campaign, as before', () => {
    expect(dailyBars(figures(26), campaign, vi).data.labels).toHaveLength(26);
  });
});

describe('the dashboard’s calendar for a year-round movement', () => {
  it('shows the month of the last day that has come, a column a week', () => {
    const days = (figures(365).days as unknown as { date: string; future: boolean }[]).map((d) => ({
      ...d,
      future: d.date > '2027-03-10',
      kept: 1,
    }));
    const config = calendarHeatmap({ days } as unknown as MonthFigures, campaign, vi);
    const cells = config.data.datasets[0]!.data as { x: number; y: number }[];
    expect(cells).toHaveLength(31);
    // 1 March 2027 is a Monday: the first cell is the first row of the first column.
    expect(cells[0]).toEqual({ x: 0, y: 1 });
    expect(cells.at(-1)).toEqual({ x: 4, y: 3 });
  });
});
