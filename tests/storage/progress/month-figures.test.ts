import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import type { EntryRow } from '@/storage/db/database';
import { dayKind, heatmapCells, monthFigures } from '@/storage/progress/month-figures';
import { campaignDates } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';
import { campaignOf } from '@/tests/fixtures/campaign';
import { d, entryRow, tombstoneRow } from '@/tests/fixtures/entries';

// June 2024, Monday to Friday: Wed 5, Thu 6, Fri 7 | Sat 8, Sun 9 | Mon 10 … Fri 14 | Sat 15,
// Sun 16 | 17 … 21 | 22, 23 | 24 … 28 | Sat 29, Sun 30. 26 days, 18 of them working days.
const builtIn = BUILT_IN_CAMPAIGN;
// The test campaign (same calendar) with Monday 10 June off and a holiday on Saturday 15 June.
const withHolidays = campaignOf({ holidays: [d(10), d(15)] });

const DAILY = 'no-nylon-bags';
const TREES = 'tree-planting';
const POSTS = 'share-campaign';

const kept = (c: Campaign, date: string, pledgeId = DAILY, fields: Partial<EntryRow> = {}) =>
  entryRow({ campaignId: c.id, date, pledgeId, ...fields });
/** One daily pledge kept on each date. */
const keptOn = (c: Campaign, ...dates: string[]) => dates.map((date) => kept(c, date));
const dayOf = (figures: ReturnType<typeof monthFigures>, date: string) =>
  figures.days.find((day) => day.date === date)!;

describe('the days of the month', () => {
  it.each([
    ['the built-in campaign', builtIn],
    ['a campaign with holidays', withHolidays],
  ])('lists every date of %s once, numbered from 1 on 5 June', (_name, campaign) => {
    const { days } = monthFigures(campaign, [], d(12));
    expect(days.map((day) => day.date)).toEqual(campaignDates(campaign));
    expect(days).toHaveLength(26);
    expect(new Set(days.map((day) => day.date)).size).toBe(26);
    expect(days.map((day) => day.dayNumber)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(dayOf(monthFigures(campaign, [], d(12)), d(12)).dayNumber).toBe(8);
  });

  it.each([
    ['Wednesday 5 June, the first day', builtIn, d(5), 'working'],
    ['Saturday 8 June', builtIn, d(8), 'weekend'],
    ['Sunday 9 June', builtIn, d(9), 'weekend'],
    ['Monday 10 June', builtIn, d(10), 'working'],
    ['Sunday 30 June, the last day', builtIn, d(30), 'weekend'],
    ['Monday 10 June when it is a holiday', withHolidays, d(10), 'holiday'],
    ['Tuesday 11 June after the holiday', withHolidays, d(11), 'working'],
    ['Saturday 15 June when it is also listed as a holiday', withHolidays, d(15), 'holiday'],
    ['Sunday 16 June next to that holiday', withHolidays, d(16), 'weekend'],
  ] as const)('shows %s as a %s day', (_name, campaign, date, kind) => {
    expect(dayKind(campaign, date)).toBe(kind);
    expect(dayOf(monthFigures(campaign, [], d(12)), date).kind).toBe(kind);
  });

  it.each([
    ['the built-in campaign', builtIn, { working: 18, weekend: 8, holiday: 0 }],
    ['a campaign with holidays', withHolidays, { working: 17, weekend: 7, holiday: 2 }],
  ])('counts the working days, weekends and holidays of %s', (_name, campaign, expected) => {
    const { days } = monthFigures(campaign, [], d(12));
    const count = (kind: string) => days.filter((day) => day.kind === kind).length;
    expect({ working: count('working'), weekend: count('weekend'), holiday: count('holiday') }).toEqual(expected);
  });

  it.each([
    ['before the campaign', '2024-06-01', 26, d(5)],
    ['on its first day', d(5), 25, d(6)],
    ['on Wednesday 12 June', d(12), 18, d(13)],
    ['on its last day', d(30), 0, undefined],
    ['after it has ended', '2024-07-15', 0, undefined],
  ])('marks the days after today as still to come, %s', (_name, today, future, firstFuture) => {
    const { days } = monthFigures(builtIn, [], today);
    expect(days.filter((day) => day.future)).toHaveLength(future);
    expect(days.find((day) => day.future)?.date).toBe(firstFuture);
    // The days still to come are all at the end: none before one that has passed.
    expect(days.map((day) => day.future)).toEqual([...days.map((day) => day.future)].sort());
  });

  it('shows what was kept on a day: the count of each pledge, how many different ones, and lateness', () => {
    const figures = monthFigures(
      builtIn,
      [
        kept(builtIn, d(10), DAILY),
        kept(builtIn, d(10), TREES, { count: 4, late: true }),
        kept(builtIn, d(11), POSTS, { count: 2 }),
      ],
      d(12),
    );
    expect(dayOf(figures, d(10))).toMatchObject({ counts: { [DAILY]: 1, [TREES]: 4 }, kept: 2, late: true });
    expect(dayOf(figures, d(11))).toMatchObject({ counts: { [POSTS]: 2 }, kept: 1, late: false });
    expect(dayOf(figures, d(12))).toMatchObject({ counts: {}, kept: 0, late: false });
  });

  it.each([
    ['no day recorded late', [kept(builtIn, d(10)), kept(builtIn, d(11))], 0],
    [
      'one day with a late pledge among on-time ones',
      [kept(builtIn, d(10)), kept(builtIn, d(10), TREES, { late: true })],
      1,
    ],
    [
      'two late pledges on one day',
      [kept(builtIn, d(10), DAILY, { late: true }), kept(builtIn, d(10), TREES, { late: true })],
      1,
    ],
    [
      'late pledges on two days',
      [kept(builtIn, d(7), DAILY, { late: true }), kept(builtIn, d(10), DAILY, { late: true })],
      2,
    ],
  ])('counts days recorded late: %s', (_name, entries, lateDays) => {
    expect(monthFigures(builtIn, entries, d(12)).lateDays).toBe(lateDays);
  });
});

describe('the cumulative line of days taken part against working days', () => {
  it('climbs day by day up to today, counting a weekend day taken part but not as a working day', () => {
    // Taken part Wed 5, Fri 7, Saturday 8 and Mon 10; today is Tuesday 11 June.
    const { cumulative } = monthFigures(builtIn, keptOn(builtIn, d(5), d(7), d(8), d(10)), d(11));
    expect(cumulative).toEqual([
      { date: d(5), taken: 1, working: 1 },
      { date: d(6), taken: 1, working: 2 },
      { date: d(7), taken: 2, working: 3 },
      { date: d(8), taken: 3, working: 3 },
      { date: d(9), taken: 3, working: 3 },
      { date: d(10), taken: 4, working: 4 },
      { date: d(11), taken: 4, working: 5 },
    ]);
  });

  it('does not count a holiday as a working day', () => {
    const { cumulative } = monthFigures(withHolidays, keptOn(withHolidays, d(10), d(11)), d(11));
    expect(cumulative.slice(-2)).toEqual([
      { date: d(10), taken: 1, working: 3 },
      { date: d(11), taken: 2, working: 4 },
    ]);
  });

  it.each([
    ['is empty before the campaign', '2024-06-04', 0, undefined],
    ['has one point on the first day', d(5), 1, { date: d(5), taken: 0, working: 1 }],
    ['runs to the last day once the campaign has ended', '2024-07-15', 26, { date: d(30), taken: 0, working: 18 }],
  ])('%s', (_name, today, points, last) => {
    const { cumulative } = monthFigures(builtIn, [], today);
    expect(cumulative).toHaveLength(points);
    expect(cumulative.at(-1)).toEqual(last);
  });
});

describe('the totals of each pledge', () => {
  it('lists every pledge of the campaign, with 0 for those never kept', () => {
    const { totals } = monthFigures(builtIn, [], d(12));
    expect(Object.keys(totals)).toEqual(builtIn.pledges.map((p) => p.id));
    expect(Object.values(totals).every((n) => n === 0)).toBe(true);
  });

  it('adds up the days a daily pledge was kept and the counts of an action', () => {
    const { totals } = monthFigures(
      builtIn,
      [
        ...keptOn(builtIn, d(5), d(6), d(10)),
        kept(builtIn, d(6), TREES, { count: 3 }),
        kept(builtIn, d(10), TREES, { count: 4 }),
        kept(builtIn, d(11), POSTS, { count: 12 }),
      ],
      d(12),
    );
    expect(totals).toEqual({
      'no-nylon-bags': 3,
      'no-single-use-plastic': 0,
      'eco-products': 0,
      'waste-collection': 0,
      'clean-up': 0,
      'tree-planting': 7,
      'share-campaign': 12,
      'learn-env-law': 0,
    });
  });
});

describe('streak, days taken part and completion', () => {
  const allDays = (c: Campaign) => keptOn(c, ...campaignDates(c));

  it.each([
    // name, campaign, days taken part, today → streak, days taken part, working days so far, completion
    ['nothing recorded yet', builtIn, [], d(12), 0, 0, 6, 0],
    ['three working days in a row and a Saturday', builtIn, [d(8), d(10), d(11), d(12)], d(12), 3, 4, 6, 0.5],
    ['today not yet recorded', builtIn, [d(10), d(11)], d(12), 2, 2, 6, 2 / 6],
    ['only a Saturday, which is not a working day', builtIn, [d(8)], d(10), 0, 1, 4, 0],
    ['a holiday and the day after it', withHolidays, [d(10), d(11)], d(11), 1, 2, 4, 0.25],
    ['a day recorded after today, not counted yet', builtIn, [d(12), d(13)], d(12), 1, 1, 6, 1 / 6],
    ['every day of the month', builtIn, campaignDates(builtIn), d(30), 18, 26, 18, 1],
    ['every day, long after the end', builtIn, campaignDates(builtIn), '2024-07-15', 18, 26, 18, 1],
  ])('%s', (_name, campaign, dates, today, streak, daysTakenPart, workingDaysSoFar, completion) => {
    const figures = monthFigures(campaign, keptOn(campaign, ...dates), today);
    expect(figures).toMatchObject({ streak, daysTakenPart, workingDaysSoFar });
    expect(figures.completion).toBeCloseTo(completion, 10);
  });

  it.each([
    ['before the campaign', builtIn, '2024-06-04'],
    ['on a first day that is a holiday', campaignOf({ holidays: [d(5)] }), d(5)],
    ['on the weekend a campaign starts with', campaignOf({ start: d(8) }), d(9)],
  ])('has no completion yet %s, when there has been no working day', (_name, campaign, today) => {
    const figures = monthFigures(campaign, allDays(campaign), today);
    expect(figures.workingDaysSoFar).toBe(0);
    expect(figures.completion).toBeNull();
  });

  it('is 1 on the first working day once it is recorded', () => {
    const figures = monthFigures(builtIn, keptOn(builtIn, d(5)), d(5));
    expect(figures).toMatchObject({ streak: 1, daysTakenPart: 1, workingDaysSoFar: 1, completion: 1 });
  });
});

describe('impact estimates', () => {
  const fileCampaign = campaignOf(); // tree-planting: 22 kg CO₂/year a tree, "test source"

  it('are given only for the pledges whose campaign file gives an impact', () => {
    expect(monthFigures(builtIn, keptOn(builtIn, d(10)), d(12)).impacts).toEqual([]);
    expect(monthFigures(fileCampaign, [], d(12)).impacts.map((i) => i.pledgeId)).toEqual([TREES]);
  });

  it('multiply the units recorded by the figure per unit and keep its source', () => {
    const entries = [
      kept(fileCampaign, d(6), TREES, { count: 3 }),
      kept(fileCampaign, d(10), TREES, { count: 4 }),
      kept(fileCampaign, d(10)),
    ];
    expect(monthFigures(fileCampaign, entries, d(12)).impacts).toEqual([
      {
        pledgeId: TREES,
        units: 7,
        estimate: 154,
        impact: { perUnit: 22, unit: { vi: 'kg CO₂/năm', en: 'kg CO₂/year' }, source: 'test source' },
      },
    ]);
  });

  it('are 0 when the pledge has not been kept yet', () => {
    expect(monthFigures(fileCampaign, keptOn(fileCampaign, d(10)), d(12)).impacts).toMatchObject([
      { pledgeId: TREES, units: 0, estimate: 0 },
    ]);
  });
});

describe('a month with nothing or everything recorded', () => {
  it('is empty when nothing was recorded', () => {
    const figures = monthFigures(builtIn, [], d(20));
    expect(figures).toMatchObject({ empty: true, streak: 0, daysTakenPart: 0, lateDays: 0, completion: 0 });
    expect(figures.days.every((day) => day.kept === 0 && !day.late)).toBe(true);
    expect(figures.cumulative.every((point) => point.taken === 0)).toBe(true);
  });

  it('is full when every pledge was kept on every day', () => {
    const entries = campaignDates(builtIn).flatMap((date) =>
      builtIn.pledges.map((p) => kept(builtIn, date, p.id, { count: p.kind === 'daily' ? 1 : 2 })),
    );
    const figures = monthFigures(builtIn, entries, d(30));
    expect(figures).toMatchObject({ empty: false, streak: 18, daysTakenPart: 26, workingDaysSoFar: 18, completion: 1 });
    expect(figures.days.every((day) => day.kept === 8 && !day.future)).toBe(true);
    expect(figures.totals).toMatchObject({ 'no-nylon-bags': 26, 'tree-planting': 52 });
    expect(figures.cumulative.at(-1)).toEqual({ date: d(30), taken: 26, working: 18 });
  });
});

describe('rows that do not count', () => {
  const other = { ...builtIn, id: 'other-campaign' };
  const ignored = [
    kept(other, d(10)),
    kept(other, d(11), TREES, { count: 9, late: true }),
    tombstoneRow({ campaignId: builtIn.id, date: d(10), pledgeId: DAILY }),
    tombstoneRow({ campaignId: builtIn.id, date: d(11), pledgeId: TREES, late: true }),
    // A tombstone is left out by its flag, whatever count it still carries.
    kept(builtIn, d(12), POSTS, { count: 3, deleted: true }),
  ];

  it('leaves out entries of another campaign and cleared pledges (tombstones)', () => {
    expect(monthFigures(builtIn, ignored, d(12))).toEqual(monthFigures(builtIn, [], d(12)));
  });

  it('leaves them out next to the pledges that were kept', () => {
    const figures = monthFigures(builtIn, [...ignored, kept(builtIn, d(11))], d(12));
    expect(figures).toMatchObject({
      empty: false,
      daysTakenPart: 1,
      lateDays: 0,
      totals: { [DAILY]: 1, [TREES]: 0, [POSTS]: 0 },
    });
    expect(dayOf(figures, d(10)).kept).toBe(0);
    expect(dayOf(figures, d(11))).toMatchObject({ counts: { [DAILY]: 1 }, kept: 1, late: false });
  });
});

describe('days outside the campaign window', () => {
  // loadCampaign keeps recorded days when a newer file with the same id moves the window, so
  // entries can lie before the start or after the end. The days, the line, the days taken part
  // and the summary leave them out; the totals, the impact estimates and `empty` still count
  // them, so the dashboard's totals disagree with what the summary sends, and a month that
  // shows no day at all is not "empty".
  it('counts none of them in the totals, the impact estimates or the empty month', () => {
    const shorter = campaignOf({ start: d(10) });
    const entries = [kept(shorter, d(6), TREES, { count: 5 }), kept(shorter, '2024-07-01', TREES, { count: 2 })];
    const figures = monthFigures(shorter, entries, '2024-07-02');
    expect(figures).toMatchObject({
      daysTakenPart: 0,
      empty: true,
      totals: { [TREES]: 0 },
      impacts: [{ units: 0, estimate: 0 }],
    });
  });
});

describe('the calendar heatmap', () => {
  const cells = heatmapCells(builtIn, monthFigures(builtIn, [], d(12)).days);
  const cellOf = (date: string) => cells.find((cell) => cell.day.date === date);

  it.each([
    ['Wednesday 5 June, the first day', d(5), 0, 3],
    ['Sunday 9 June, the end of the first week', d(9), 0, 7],
    ['Monday 10 June, the start of the second week', d(10), 1, 1],
    ['Friday 14 June', d(14), 1, 5],
    ['Sunday 30 June, the last day', d(30), 3, 7],
  ])('puts %s in week column %i, weekday row %i', (_name, date, x, y) => {
    expect(cellOf(date)).toMatchObject({ x, y });
  });

  it('gives every day a cell of its own', () => {
    expect(cells).toHaveLength(26);
    expect(new Set(cells.map((c) => `${c.x},${c.y}`)).size).toBe(26);
  });
});
