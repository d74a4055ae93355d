import { MAX_COUNT } from '@/storage/files/limits';
import { isCalendarDate } from '@/storage/time/calendar';

/**
 * The rows the popup and the badge read (profile, settings, the active campaign, its entries,
 * notes and last change), checked for the shape those readers rely on: every field they touch
 * there and of its type, dates real, the time zone known to Intl (a broken row is left
 * out and said, never handed to a page that would throw on it). Lighter than the full row schemas
 * of storage/db/rows/schemas.ts (valibot, every rule of a campaign file), which the popup's
 * first paint no longer waits for; the backup and the dashboard still read through those.
 */

type Row = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const isObject = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x);
const text: Check = (x) => typeof x === 'string';
const id: Check = (x) => typeof x === 'string' && x.length > 0;
const bool: Check = (x) => typeof x === 'boolean';
const date: Check = (x) => typeof x === 'string' && isCalendarDate(x);
const whole =
  (min: number, max: number): Check =>
  (x) =>
    Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
const optional =
  (check: Check): Check =>
  (x) =>
    x === undefined || check(x);
const list =
  (check: Check, min = 0): Check =>
  (x) =>
    Array.isArray(x) && x.length >= min && x.every(check);
const label: Check = (x) => isObject(x) && typeof x.vi === 'string' && Object.values(x).every(optional(text));
const shape =
  (fields: Record<string, Check>): Check =>
  (x) =>
    isObject(x) && Object.entries(fields).every(([key, check]) => check(x[key]));

function isTimeZone(x: unknown): boolean {
  if (typeof x !== 'string' || x.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: x });
    return true;
  } catch {
    return false;
  }
}

const pledge = shape({ id, label, kind: (x) => x === 'daily' || x === 'action', unit: optional(label) });
const campaign: Check = (x) =>
  shape({
    id,
    name: label,
    organisation: label,
    reportTo: label,
    start: date,
    end: date,
    timeZone: isTimeZone,
    workingDays: optional(list(whole(1, 7))),
    holidays: optional(list(date)),
    backfillDays: whole(0, 31),
    departments: list(shape({ id, name: label }), 1),
    pledges: list(pledge, 1),
  })(x) && (x as Row).start! <= (x as Row).end!;
const entryFields = {
  count: whole(0, MAX_COUNT),
  late: bool,
  recordedAt: text,
  updatedAt: text,
  deleted: bool,
};

const TODAY_ROWS: Record<string, Check> = {
  profile: shape({ key: (x) => x === 'me', participantId: id, name: id, department: id }),
  settings: shape({
    key: (x) => x === 'me',
    activeCampaignId: text,
    language: (x) => x === 'vi' || x === 'en',
    reminderOn: bool,
    reminderTime: (x) => typeof x === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(x),
  }),
  campaigns: (x) => shape({ id, campaign })(x) && ((x as Row).campaign as Row).id === (x as Row).id,
  entries: shape({ campaignId: id, date, pledgeId: id, ...entryFields }),
  notes: shape({ campaignId: id, date, note: text }),
  changes: shape({
    id,
    seq: whole(1, Number.MAX_SAFE_INTEGER),
    campaignId: id,
    date,
    pledgeId: id,
    before: (x) => x === null || shape(entryFields)(x),
  }),
};

/** Reads rows of today's tables, leaving out (and noting) any of a shape the popup cannot show. */
export class TodayRows {
  broken = false;

  one<T>(table: string, row: T | undefined): T | undefined {
    if (row === undefined) return undefined;
    if (TODAY_ROWS[table]!(row)) return row;
    this.broken = true;
    return undefined;
  }

  all<T>(table: string, rows: readonly T[]): T[] {
    const readable = rows.filter((row) => TODAY_ROWS[table]!(row));
    if (readable.length < rows.length) this.broken = true;
    return readable;
  }
}
