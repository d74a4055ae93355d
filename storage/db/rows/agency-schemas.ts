import * as v from 'valibot';
import { isCalendarDate } from '@/storage/time/calendar';
import { isTimestamp } from '@/storage/time/zone-checks';

/**
 * What the level above's tables (Dexie version 5) can hold, row by row, for the backup
 * and the pages (see ./schemas.ts). A kept or held report is checked for its shape only: it
 * passed every rule of docs/formats.md §4 when it was read.
 */

const id = v.pipe(v.string('type-string'), v.minLength(1, 'text-empty'));
const text = v.string('type-string');
const bool = v.boolean('type-boolean');
const timestamp = v.pipe(v.string('timestamp'), v.check(isTimestamp, 'timestamp'));
const date = v.pipe(v.string('type-date'), v.check(isCalendarDate, 'date'));
// Units are checked to be a list, not day by day: a province keeps 500 reports of 1,200 days,
// and the page reads every row through this on each change.
const report = v.looseObject({
  organisation: v.looseObject({ id, name: v.looseObject({ vi: text }) }),
  period: v.looseObject({ start: date, end: date }),
  units: v.array(v.unknown(), 'type-array'),
});

const agencyReports = v.looseObject({
  campaignId: id,
  organisationId: id,
  periodStart: date,
  periodEnd: date,
  generatedAt: timestamp,
  report,
  signed: bool,
  fileName: text,
  importedAt: timestamp,
});
const agencyTotals = v.looseObject({
  campaignId: id,
  organisationId: id,
  periodStart: date,
  periodEnd: date,
  generatedAt: timestamp,
  signed: bool,
  name: v.looseObject({ vi: text }),
  units: v.number('type-number'),
  headcount: v.number('type-number'),
  submitted: v.number('type-number'),
  tookPart: v.number('type-number'),
  days: v.array(
    v.looseObject({ date, participants: v.number('type-number'), pledges: v.record(v.string(), v.number()) }),
    'type-array',
  ),
});
const agencyPins = v.looseObject({
  organisationId: id,
  key: text,
  publicKey: v.looseObject({ kty: text }),
  pinnedAt: timestamp,
});
const agencyHeld = v.looseObject({
  id,
  campaignId: id,
  organisationId: id,
  fileName: text,
  report,
  receivedAt: timestamp,
});
const agencyLog = v.looseObject({
  id,
  campaignId: id,
  at: timestamp,
  order: v.optional(v.number('type-number')),
  fileName: text,
  organisationId: v.optional(text),
  organisation: v.optional(v.looseObject({ vi: text })),
  periodStart: v.optional(text),
  periodEnd: v.optional(text),
  generatedAt: v.optional(text),
  signed: v.optional(bool),
  outcome: v.picklist(['new', 'updated', 'duplicate', 'older', 'refused', 'held'], 'type-string'),
  reason: v.optional(v.looseObject({ path: text, rule: text })),
});

export const AGENCY_ROW_SCHEMAS: Record<string, v.GenericSchema> = {
  agencyReports,
  agencyTotals,
  agencyPins,
  agencyHeld,
  agencyLog,
};
