import * as v from 'valibot';
import { hasBulletinShape } from '@/storage/bulletin/schema';
import { validateCampaign } from '@/storage/campaign/schema';
import { type FileIssue, firstIssue } from '@/storage/files/file-issues';
import { charCount, hasControlCharacters, MAX_COUNT, MAX_NAME, MAX_NOTE } from '@/storage/files/limits';
import { DEPARTMENT_ID } from '@/storage/files/schema-parts';
import { isCalendarDate } from '@/storage/time/calendar';
import { isTimestamp } from '@/storage/time/zone-checks';
import { ACTIVITY_ROW_SCHEMAS } from './activity-schemas';
import { AGENCY_ROW_SCHEMAS } from './agency-schemas';

/**
 * What each table of the current schema (storage/db/database.ts) can hold, row by row (issue
 * #10): a restored backup is checked against it before anything is cleared, and the dashboard
 * reads its rows through it, so one broken row can neither be restored nor blank a page.
 * Messages are rule codes, as for files; fields not listed here are kept (a field added
 * to a row later must not be lost by a restore).
 *
 * Each group of tables has its row shapes in a file of this folder (staff.ts, office.ts,
 * agencies.ts) and, past the first two groups, its schemas in one more (agency-schemas.ts),
 * spread into ROW_SCHEMAS below: a new group of tables adds two files and a line here.
 */

const id = v.pipe(v.string('type-string'), v.minLength(1, 'text-empty'));
const text = v.string('type-string');
const bool = v.boolean('type-boolean');
const timestamp = v.pipe(v.string('timestamp'), v.check(isTimestamp, 'timestamp'));
const date = v.pipe(v.string('type-date'), v.check(isCalendarDate, 'date'));
const whole = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(v.number('type-integer'), v.integer('type-integer'), v.minValue(min, 'count'), v.maxValue(max, 'count'));
const name = v.pipe(
  v.string('type-string'),
  v.check((n) => n.trim().length > 0 && charCount(n) <= MAX_NAME && !hasControlCharacters(n), 'participant-name'),
);
const me = v.literal('me', 'type-object');

const profile = v.looseObject({
  key: me,
  participantId: id,
  name,
  department: id,
  summaryRevision: v.optional(whole(0)),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const settings = v.looseObject({
  key: me,
  // Empty until the person picks or starts a campaign (NO_CAMPAIGN).
  activeCampaignId: text,
  language: v.picklist(['vi', 'en'], 'type-string'),
  reminderOn: bool,
  reminderTime: v.pipe(v.string('type-string'), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'type-string')),
  lastBackupAt: v.optional(timestamp),
  adminMode: v.optional(bool),
  /** What the organisation set by browser policy. */
  managed: v.optional(
    v.looseObject({
      campaignId: v.optional(id),
      collectsReports: v.optional(bool),
      reminderOn: v.optional(bool),
      reminderTime: v.optional(text),
    }),
  ),
  updatedAt: timestamp,
});

/**
 * A stored campaign is a campaign file that passes every rule (docs/formats.md §1); it is kept as
 * stored, fields the rules do not read included (the built-in file's notes).
 */
const campaign = v.check<unknown, string>((value) => validateCampaign(value).ok, 'type-object');
const campaigns = v.pipe(
  v.looseObject({
    id,
    campaign: v.pipe(v.unknown(), campaign),
    source: v.picklist(['built-in', 'file', 'personal', 'policy'], 'type-string'),
    loadedAt: timestamp,
  }),
  v.check((row) => row.id === (row.campaign as { id: unknown }).id, 'campaign-id'),
);

const entryFields = {
  count: whole(0, MAX_COUNT),
  late: bool,
  recordedAt: timestamp,
  updatedAt: timestamp,
  deleted: bool,
};
const entries = v.looseObject({ campaignId: id, date, pledgeId: id, ...entryFields });
const notes = v.looseObject({
  campaignId: id,
  date,
  note: v.pipe(text, v.maxLength(MAX_NOTE, 'note-long')),
  updatedAt: timestamp,
});
const changes = v.looseObject({
  id,
  seq: whole(1),
  at: timestamp,
  campaignId: id,
  date,
  pledgeId: id,
  before: v.nullable(v.looseObject(entryFields)),
});

const submissions = v.looseObject({
  campaignId: id,
  participantId: id,
  name,
  department: id,
  revision: whole(1),
  exportedAt: timestamp,
  days: v.array(v.looseObject({ date, pledges: v.record(v.string(), whole(0)), note: v.optional(text) }), 'type-array'),
  signed: bool,
  fileName: text,
  importedAt: timestamp,
});
const mergeLog = v.looseObject({
  id,
  campaignId: id,
  at: timestamp,
  order: v.optional(whole(0)),
  fileName: text,
  participantId: v.optional(text),
  name: v.optional(text),
  department: v.optional(text),
  revision: v.optional(v.number('type-number')),
  signed: v.optional(bool),
  outcome: v.picklist(['new', 'updated', 'duplicate', 'older', 'refused', 'held'], 'type-string'),
  reason: v.optional(v.looseObject({ path: text, rule: text })),
});
const roster = v.looseObject({ campaignId: id, id, name, department: id });
const headcounts = v.looseObject({ campaignId: id, department: id, headcount: whole(0, 100_000) });
const jwk = v.looseObject({ kty: text });
const pins = v.looseObject({ participantId: id, key: text, publicKey: jwk, pinnedAt: timestamp });
/** A held file is kept whole (its signature is checked again when the admin decides). */
const heldSummary = v.looseObject({
  participant: v.looseObject({ name: text, department: text }),
  revision: v.number('type-number'),
});
const held = v.looseObject({
  id,
  campaignId: id,
  participantId: id,
  fileName: text,
  summary: heldSummary,
  receivedAt: timestamp,
});
const bulletins = v.looseObject({
  campaignId: id,
  bulletin: v.pipe(v.unknown(), v.check(hasBulletinShape, 'type-object')),
  generatedAt: timestamp,
  loadedAt: timestamp,
});

/** The report's details the admin office keeps for a campaign. */
const reportDetails = v.looseObject({
  campaignId: id,
  number: text,
  place: text,
  issuingBody: text,
  bodyAbove: text,
  authority: text,
  position: text,
  signer: text,
  recipients: v.array(text, 'type-array'),
  assessment: v.optional(text),
  direction: text,
  organisationId: v.optional(v.pipe(v.string('type-string'), v.regex(DEPARTMENT_ID, 'organisation-id'))),
  organisationName: v.optional(text),
  updatedAt: timestamp,
});

/** Every table a backup holds, by name: `keys` is never backed up (it cannot leave the install). */
export const ROW_SCHEMAS: Record<string, v.GenericSchema> = {
  profile,
  settings,
  campaigns,
  entries,
  notes,
  changes,
  submissions,
  mergeLog,
  roster,
  headcounts,
  pins,
  held,
  bulletins,
  reportDetails,
  ...AGENCY_ROW_SCHEMAS,
  ...ACTIVITY_ROW_SCHEMAS,
};

export type RowRead<T> = { ok: true; row: T } | { ok: false; issue: FileIssue };

/** A row of a table as the current schema holds it, or the first rule it breaks (path inside the row). */
export function readRow<T = Record<string, unknown>>(table: string, row: unknown): RowRead<T> {
  const schema = ROW_SCHEMAS[table];
  if (!schema) return { ok: false, issue: { path: '', rule: 'backup-foreign' } };
  const result = v.safeParse(schema, row, { abortEarly: true });
  return result.success ? { ok: true, row: result.output as T } : { ok: false, issue: firstIssue(result.issues) };
}

/**
 * Rows as the pages read them: a row written by anything else than this code (a
 * broken row in IndexedDB, whatever the cause) is left out rather than handed to a page that
 * would throw on it, and `broken` says that something could not be read.
 */
export class ReadableRows {
  broken = false;

  /** The row if the current schema can hold it; undefined (and `broken`) if it cannot. */
  one<T>(table: string, row: T | undefined): T | undefined {
    if (row === undefined) return undefined;
    const read = readRow<T>(table, row);
    if (!read.ok) this.broken = true;
    return read.ok ? row : undefined;
  }

  /** The rows the current schema can hold, as stored. */
  all<T>(table: string, rows: readonly T[]): T[] {
    const readable = rows.filter((row) => readRow(table, row).ok);
    if (readable.length < rows.length) this.broken = true;
    return readable;
  }
}
