import { describe, expect, it } from 'vitest';
import { instantOf, nextMidnight } from '@/storage/time/zoned-time';
import { FAR_APART_ZONES, restoreProcessTimeZoneAfterEach, setProcessTimeZone } from '@/tests/fixtures/time-zone';

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

describe('wall-clock times in the campaign zone', () => {
  restoreProcessTimeZoneAfterEach();

  // Vietnam is UTC+7 all year.
  it.each([
    ['the 16:00 reminder on 12 June', '2024-06-12', '16:00', '2024-06-12T09:00:00.000Z'],
    ['midnight starting 12 June', '2024-06-12', '00:00', '2024-06-11T17:00:00.000Z'],
    ['06:59 on New Year’s Day, still the 31st in UTC', '2025-01-01', '06:59', '2024-12-31T23:59:00.000Z'],
    ['23:30 on 29 February', '2024-02-29', '23:30', '2024-02-29T16:30:00.000Z'],
  ])('finds %s in Asia/Ho_Chi_Minh', (_name, date, time, expected) => {
    expect(iso(instantOf(date, time, 'Asia/Ho_Chi_Minh'))).toBe(expected);
  });

  it.each([
    ['12 June', '2024-06-12', '2024-06-12T17:00:00.000Z'],
    ['30 June, the end of the month', '2024-06-30', '2024-06-30T17:00:00.000Z'],
    ['31 December', '2024-12-31', '2024-12-31T17:00:00.000Z'],
  ])('finds the next midnight in Asia/Ho_Chi_Minh after %s', (_name, today, expected) => {
    expect(iso(nextMidnight(today, 'Asia/Ho_Chi_Minh'))).toBe(expected);
  });

  // Europe/Berlin moves from UTC+1 to UTC+2 at 02:00 local on Sunday 31 March 2024.
  it.each([
    ['01:00, before the change (UTC+1)', '2024-03-31', '01:00', '2024-03-31T00:00:00.000Z'],
    ['03:00, just after the change (UTC+2)', '2024-03-31', '03:00', '2024-03-31T01:00:00.000Z'],
    ['16:00 on the day of the change (UTC+2)', '2024-03-31', '16:00', '2024-03-31T14:00:00.000Z'],
    ['16:00 the day before (UTC+1)', '2024-03-30', '16:00', '2024-03-30T15:00:00.000Z'],
  ])('finds %s in Europe/Berlin', (_name, date, time, expected) => {
    expect(iso(instantOf(date, time, 'Europe/Berlin'))).toBe(expected);
  });

  it('makes 31 March 2024 a 23-hour day in Berlin', () => {
    const start = nextMidnight('2024-03-30', 'Europe/Berlin');
    const end = nextMidnight('2024-03-31', 'Europe/Berlin');
    expect([iso(start), iso(end)]).toEqual(['2024-03-30T23:00:00.000Z', '2024-03-31T22:00:00.000Z']);
    expect((end - start) / HOUR).toBe(23);
  });

  it('makes 27 October 2024 a 25-hour day in Berlin', () => {
    const start = nextMidnight('2024-10-26', 'Europe/Berlin');
    const end = nextMidnight('2024-10-27', 'Europe/Berlin');
    expect((end - start) / HOUR).toBe(25);
  });

  it('puts a time that the clocks skip (02:30 on 31 March) after the change, never before midnight', () => {
    const skipped = instantOf('2024-03-31', '02:30', 'Europe/Berlin');
    expect(skipped).toBeGreaterThan(instantOf('2024-03-31', '01:59', 'Europe/Berlin'));
    expect(skipped).toBeLessThanOrEqual(instantOf('2024-03-31', '03:30', 'Europe/Berlin'));
  });

  it.each(FAR_APART_ZONES)('gives the same instants with the computer set to %s', (zone) => {
    setProcessTimeZone(zone);
    expect(iso(instantOf('2024-06-12', '16:00', 'Asia/Ho_Chi_Minh'))).toBe('2024-06-12T09:00:00.000Z');
    expect(iso(nextMidnight('2024-06-12', 'Asia/Ho_Chi_Minh'))).toBe('2024-06-12T17:00:00.000Z');
    expect(iso(instantOf('2024-03-31', '03:00', 'Europe/Berlin'))).toBe('2024-03-31T01:00:00.000Z');
    expect(iso(nextMidnight('2024-03-31', 'Europe/Berlin'))).toBe('2024-03-31T22:00:00.000Z');
  });

  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Sydney'])(
    'gives the same Vietnam instants with the computer in %s, a zone with summer time, on its change days',
    (zone) => {
      setProcessTimeZone(zone);
      for (const date of ['2024-03-10', '2024-03-31', '2024-04-07', '2024-10-06', '2024-10-27', '2024-11-03']) {
        expect(iso(nextMidnight(date, 'Asia/Ho_Chi_Minh'))).toBe(`${date}T17:00:00.000Z`);
        expect(iso(instantOf(date, '02:30', 'Asia/Ho_Chi_Minh'))).toBe(iso(Date.parse(`${date}T02:30:00+07:00`)));
      }
    },
  );

  // On 27 October 2024 Berlin lives 02:00–03:00 twice. Either 02:30 is a right answer, but
  // the answer should not depend on the zone of the computer that asks (found while testing:
  // @date-fns/tz picks the first 02:30 on computers east of UTC and the second one elsewhere).
  it('resolves a wall-clock time that happens twice the same way whatever the computer’s zone', () => {
    const answers = new Set(
      ['UTC', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Europe/Berlin'].map((zone) => {
        setProcessTimeZone(zone);
        return iso(instantOf('2024-10-27', '02:30', 'Europe/Berlin'));
      }),
    );
    expect([...answers]).toEqual(['2024-10-27T00:30:00.000Z']); // the first 02:30, still UTC+2
  });
});
