import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import {
  addDays,
  calendarDateIn,
  campaignDates,
  campaignLength,
  campaignPhase,
  canRecord,
  dayNumber,
  daysBetween,
  isCalendarDate,
  isInCampaign,
  isoWeekday,
  isWorkingDay,
  recordableDates,
  workingDaysSoFar,
} from '@/storage/time/calendar';
import { campaignOf } from '@/tests/fixtures/campaign';
import { FAR_APART_ZONES, restoreProcessTimeZoneAfterEach, setProcessTimeZone } from '@/tests/fixtures/time-zone';

// June 2024 in the built-in campaign: Wed 5 .. Sun 30, Monday to Friday, 3 days of backfill.
// Weekends: 8–9, 15–16, 22–23, 29–30.
const june = campaignOf();

describe('calendar dates', () => {
  it.each([
    ['2024-06-12', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-06-00', false],
    ['2024-6-12', false],
    ['12/06/2024', false],
    ['2024-06-12T00:00', false],
    [' 2024-06-12', false],
    ['', false],
  ])('knows whether "%s" is a real calendar date (%s)', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([
    ['2024-06-12', 1, '2024-06-13'],
    ['2024-06-30', 1, '2024-07-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-06-12', 0, '2024-06-12'],
    ['2024-06-12', -3, '2024-06-09'],
    ['2024-01-31', 30, '2024-03-01'],
    ['2024-03-31', 1, '2024-04-01'], // Europe's clocks change that night; calendar days do not
    ['2024-06-05', 365, '2025-06-05'],
  ])('counts %s plus %i days as %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2024-06-05', '2024-06-30', 25],
    ['2024-06-30', '2024-06-05', -25],
    ['2024-06-12', '2024-06-12', 0],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-12-31', '2025-01-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2023-01-01', '2024-01-01', 365],
  ])('counts %s to %s as %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each([
    ['2024-06-03', 1, 'Monday'],
    ['2024-06-05', 3, 'Wednesday'],
    ['2024-06-08', 6, 'Saturday'],
    ['2024-06-09', 7, 'Sunday'],
    ['2024-02-29', 4, 'Thursday'],
    ['2025-01-01', 3, 'Wednesday'],
  ])('knows %s is ISO weekday %i (%s)', (date, expected) => {
    expect(isoWeekday(date)).toBe(expected);
  });
});

describe('the campaign window', () => {
  it('lists all 26 days from 5 to 30 June in order', () => {
    const dates = campaignDates(june);
    expect(dates).toHaveLength(26);
    expect(campaignLength(june)).toBe(26);
    expect(dates[0]).toBe('2024-06-05');
    expect(dates[25]).toBe('2024-06-30');
    expect(dates.every((d, i) => i === 0 || daysBetween(dates[i - 1]!, d) === 1)).toBe(true);
  });

  it('lists the days of a window across a year end and a leap day', () => {
    expect(campaignDates(campaignOf({ start: '2023-12-30', end: '2024-01-02' }))).toEqual([
      '2023-12-30',
      '2023-12-31',
      '2024-01-01',
      '2024-01-02',
    ]);
    expect(campaignDates(campaignOf({ start: '2024-02-28', end: '2024-03-01' }))).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it.each([
    ['2024-06-04', false],
    ['2024-06-05', true],
    ['2024-06-30', true],
    ['2024-07-01', false],
  ])('knows whether %s is inside the campaign (%s)', (date, expected) => {
    expect(isInCampaign(june, date)).toBe(expected);
  });

  it.each([
    ['Wednesday 5 June, the first day', '2024-06-05', true],
    ['Friday 7 June', '2024-06-07', true],
    ['Saturday 8 June', '2024-06-08', false],
    ['Sunday 9 June', '2024-06-09', false],
    ['Monday 10 June', '2024-06-10', true],
    ['Tuesday 4 June, the day before the campaign', '2024-06-04', false],
    ['Monday 1 July, the day after it', '2024-07-01', false],
  ])('counts %s as a working day or not', (_name, date, expected) => {
    expect(isWorkingDay(june, date)).toBe(expected);
  });

  it('counts a holiday on a weekday as a rest day and leaves the other days alone', () => {
    const withHoliday = campaignOf({ holidays: ['2024-06-10'] });
    expect(isWorkingDay(withHoliday, '2024-06-10')).toBe(false);
    expect(isWorkingDay(withHoliday, '2024-06-11')).toBe(true);
  });

  it('counts weekends as working days in a campaign that works every day', () => {
    expect(isWorkingDay(campaignOf({ workingDays: [1, 2, 3, 4, 5, 6, 7] }), '2024-06-09')).toBe(true);
  });

  it('shows 12 June as "day 8 of 26"', () => {
    expect([dayNumber(june, '2024-06-12'), campaignLength(june)]).toEqual([8, 26]);
  });

  it.each([
    ['2024-06-05', 1],
    ['2024-06-30', 26],
  ])('numbers %s as day %i', (date, expected) => {
    expect(dayNumber(june, date)).toBe(expected);
  });

  it.each([
    ['2024-06-04', 'before'],
    ['2024-06-05', 'during'],
    ['2024-06-18', 'during'],
    ['2024-06-30', 'during'],
    ['2024-07-01', 'after'],
  ] as const)('on %s the campaign is "%s"', (today, expected) => {
    expect(campaignPhase(june, today)).toBe(expected);
  });

  it.each([
    ['before the start', '2024-06-04', 0],
    ['on the first day', '2024-06-05', 1],
    ['on Saturday 8 June', '2024-06-08', 3],
    ['on 12 June', '2024-06-12', 6],
    ['on the last day', '2024-06-30', 18],
    ['long after the end', '2024-12-31', 18],
  ])('counts the working days so far %s', (_name, today, expected) => {
    expect(workingDaysSoFar(june, today)).toBe(expected);
  });

  it('leaves holidays out of the working days so far', () => {
    expect(workingDaysSoFar(campaignOf({ holidays: ['2024-06-10', '2024-06-29'] }), '2024-06-30')).toBe(17);
  });
});

describe('the days a person may still record', () => {
  it.each([
    [
      'on a weekday mid-campaign: today and 3 days back, newest first',
      '2024-06-12',
      ['2024-06-12', '2024-06-11', '2024-06-10', '2024-06-09'],
    ],
    ['on the first day: only the first day', '2024-06-05', ['2024-06-05']],
    ['on the second day: not the day before the campaign', '2024-06-06', ['2024-06-06', '2024-06-05']],
    ['before the campaign: none', '2024-06-04', []],
    ['on the last day', '2024-06-30', ['2024-06-30', '2024-06-29', '2024-06-28', '2024-06-27']],
    [
      'the day after the end: the last 3 days, never a day after the end',
      '2024-07-01',
      ['2024-06-30', '2024-06-29', '2024-06-28'],
    ],
    ['4 days after the end: none', '2024-07-04', []],
  ])('are, %s', (_name, today, expected) => {
    expect(recordableDates(june, today)).toEqual(expected);
  });

  it('are today only when the campaign allows no backfill', () => {
    expect(recordableDates(campaignOf({ backfillDays: 0 }), '2024-06-12')).toEqual(['2024-06-12']);
  });

  it.each([
    ['today', '2024-06-12', true],
    ['3 days back', '2024-06-09', true],
    ['4 days back', '2024-06-08', false],
    ['tomorrow', '2024-06-13', false],
    ['the day before the campaign', '2024-06-04', false],
  ])('on 12 June include %s (%s)', (_name, date, expected) => {
    expect(canRecord(june, '2024-06-12', date)).toBe(expected);
  });

  it('exclude yesterday when there is no backfill', () => {
    expect(canRecord(campaignOf({ backfillDays: 0 }), '2024-06-12', '2024-06-11')).toBe(false);
  });
});

describe('the campaign day of an instant, whatever the computer’s own zone', () => {
  restoreProcessTimeZoneAfterEach();
  // 01:30 on Saturday 8 June in Vietnam; still Friday 7 June in Honolulu and in New York.
  const instant = Date.parse('2024-06-07T18:30:00Z');

  it('is proved by zones that really disagree on the local date of the instant', () => {
    const localDates = FAR_APART_ZONES.map((zone) => {
      setProcessTimeZone(zone);
      return new Date(instant).getDate();
    });
    expect(localDates).toEqual([7, 8]);
  });

  it.each(FAR_APART_ZONES)('is 8 June in Asia/Ho_Chi_Minh with the computer set to %s', (zone) => {
    setProcessTimeZone(zone);
    expect(calendarDateIn(instant, 'Asia/Ho_Chi_Minh')).toBe('2024-06-08');
    expect(calendarDateIn(instant, BUILT_IN_CAMPAIGN.timeZone)).toBe('2024-06-08');
  });

  it.each(FAR_APART_ZONES)(
    'puts one instant on different days of two campaigns in different zones (computer in %s)',
    (zone) => {
      setProcessTimeZone(zone);
      const vietnam = campaignOf({ timeZone: 'Asia/Ho_Chi_Minh' });
      const newYork = campaignOf({ timeZone: 'America/New_York' });
      const dayIn = (c: typeof vietnam) => calendarDateIn(instant, c.timeZone);
      expect([dayIn(vietnam), dayIn(newYork)]).toEqual(['2024-06-08', '2024-06-07']);
      // Saturday, a rest day, in Vietnam; Friday, day 3 and a working day, in New York.
      expect([dayNumber(vietnam, dayIn(vietnam)), isWorkingDay(vietnam, dayIn(vietnam))]).toEqual([4, false]);
      expect([dayNumber(newYork, dayIn(newYork)), isWorkingDay(newYork, dayIn(newYork))]).toEqual([3, true]);
    },
  );

  it.each([
    ['the last instant of 11 June in Vietnam', '2024-06-11T16:59:59.999Z', '2024-06-11'],
    ['the first instant of 12 June in Vietnam', '2024-06-11T17:00:00.000Z', '2024-06-12'],
    ['New Year in Vietnam', '2024-12-31T17:00:00Z', '2025-01-01'],
    ['29 February in Vietnam', '2024-02-28T17:00:00Z', '2024-02-29'],
  ])('finds %s', (_name, iso, expected) => {
    expect(calendarDateIn(Date.parse(iso), 'Asia/Ho_Chi_Minh')).toBe(expected);
  });

  it('follows summer time in a zone that has it', () => {
    // 22:30 UTC is 00:30 the next day in Berlin in summer (UTC+2), 23:30 the same day in winter (UTC+1).
    expect(calendarDateIn(Date.parse('2024-06-11T22:30:00Z'), 'Europe/Berlin')).toBe('2024-06-12');
    expect(calendarDateIn(Date.parse('2024-01-11T22:30:00Z'), 'Europe/Berlin')).toBe('2024-01-11');
  });
});
