import { describe, expect, it } from 'vitest';
import { daysTakenPart, streak } from '@/storage/progress/streak';
import { campaignDates, isWorkingDay } from '@/storage/time/calendar';
import { campaignOf } from '@/tests/fixtures/campaign';

// June 2024, Monday to Friday: Wed 5, Thu 6, Fri 7 | Sat 8, Sun 9 | Mon 10 … Fri 14 | …
const june = campaignOf();
const juneWithHoliday = campaignOf({ holidays: ['2024-06-11'] }); // Tuesday 11 June off
const d = (day: number) => `2024-06-${String(day).padStart(2, '0')}`;
const days = (...list: number[]) => new Set(list.map(d));
const everyWorkingDay = new Set(campaignDates(june).filter((date) => isWorkingDay(june, date)));

describe('the streak of working days in a row', () => {
  it.each([
    ['is 0 when nothing is recorded', june, days(), d(12), 0],
    ['counts today once it is recorded', june, days(5), d(5), 1],
    ['is not broken by a weekend', june, days(5, 6, 7, 10), d(10), 4],
    ['is not broken by a holiday', juneWithHoliday, days(7, 10, 12), d(12), 3],
    ['is broken by a missing working day', june, days(5, 7, 10), d(10), 2],
    ['is not broken by today not yet recorded', june, days(5, 6, 7), d(10), 3],
    [
      'is not broken on Monday morning by Monday not yet recorded after a full week',
      june,
      days(10, 11, 12, 13, 14),
      d(17),
      5,
    ],
    ['is broken by yesterday not recorded, today not recorded either', june, days(5, 6), d(10), 0],
    ['is broken on a Saturday by a Friday not recorded', june, days(5, 6), d(8), 0],
    ['runs through the weekend on the Saturday after', june, days(5, 6, 7), d(8), 3],
    ['is not lengthened by a day recorded on a weekend', june, days(7, 8, 9, 10), d(10), 2],
    ['counts only back to the first break', june, days(5, 6, 7, 11, 12), d(12), 2],
    ['ignores recorded days after today', june, days(12, 13), d(12), 1],
    ['is 0 before the campaign starts', june, days(), d(4), 0],
    ['counts every working day of a full month', june, everyWorkingDay, d(30), 18],
    ['is kept after the campaign ends', june, everyWorkingDay, '2024-07-15', 18],
    [
      'ends with the campaign: the last Friday not recorded breaks it after the end',
      june,
      days(24, 25, 26, 27),
      '2024-07-01',
      0,
    ],
    ['after the end, counts back from the last working day', june, days(26, 27, 28), '2024-07-01', 3],
  ])('%s', (_name, campaign, takenPart, today, expected) => {
    expect(streak(campaign, takenPart, today)).toBe(expected);
  });
});

describe('the number of days taken part', () => {
  it.each([
    ['is 0 when nothing is recorded', days(), d(12), 0],
    ['counts each recorded date once', days(5, 6, 7), d(12), 3],
    ['counts a recorded weekend day too', days(7, 8), d(12), 2],
    ['leaves out dates before the campaign', new Set(['2024-06-04', d(5)]), d(12), 1],
    ['leaves out dates after today', days(5, 13, 14), d(12), 1],
    ['leaves out dates after the campaign, even once it has ended', new Set([d(30), '2024-07-01']), '2024-07-10', 1],
    ['counts a full month', new Set(campaignDates(june)), d(30), 26],
  ])('%s', (_name, takenPart, today, expected) => {
    expect(daysTakenPart(june, takenPart, today)).toBe(expected);
  });
});
