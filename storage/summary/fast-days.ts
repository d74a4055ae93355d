import { charCount, MAX_COUNT, MAX_NOTE } from '@/storage/files/limits';
import { ID } from '@/storage/files/schema-parts';
import { isCalendarDate } from '@/storage/time/calendar';

/**
 * A summary's days (docs/formats.md §2), the bulk of a year's file, checked by hand in one pass:
 * the day as the schema gives it back (its keys in the schema's order, nothing else), or null when
 * anything is unusual, and the whole schema then says what (./schema.ts). So it may refuse more than
 * the schema, never less: a day with a field the schema drops, a pledge id an object cannot hold
 * as its own (`__proto__`), a note of another type, all go to the schema.
 */

export interface FastDay {
  date: string;
  pledges: Record<string, number>;
  note?: string;
}

const KEYS = new Set(['date', 'pledges', 'note']);
const OBJECT_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function fastDays(days: readonly unknown[]): FastDay[] | null {
  const out: FastDay[] = [];
  for (const day of days) {
    if (!isPlainObject(day)) return null;
    for (const key in day) if (!KEYS.has(key)) return null;
    const { date, pledges, note } = day;
    if (typeof date !== 'string' || !isCalendarDate(date) || !isPlainObject(pledges)) return null;
    const counts: Record<string, number> = {};
    for (const id in pledges) {
      const n = pledges[id];
      if (OBJECT_KEYS.has(id) || !ID.test(id)) return null;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_COUNT) return null;
      counts[id] = n;
    }
    if ('note' in day) {
      if (typeof note !== 'string' || charCount(note) > MAX_NOTE) return null;
      out.push({ date, pledges: counts, note });
    } else out.push({ date, pledges: counts });
  }
  return out;
}
