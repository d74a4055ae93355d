import * as v from 'valibot';
import { indicatorCode } from '@/storage/files/schema-parts';
import { ACTIVITY_KINDS } from '@/storage/indicators/codes';
import { isCalendarDate } from '@/storage/time/calendar';
import { isTimestamp } from '@/storage/time/zone-checks';

/**
 * What the tables of the office's activities and photos (Dexie version 7) can hold, row by row,
 * for the backup and the pages (see ./stored-rows.ts). A photo's bytes come back from a backup as
 * an ArrayBuffer (`storage/backup/photo-bytes.ts` revives them from the file's base64).
 */

const id = v.pipe(v.string('type-string'), v.minLength(1, 'text-empty'));
const text = v.string('type-string');
const timestamp = v.pipe(v.string('timestamp'), v.check(isTimestamp, 'timestamp'));
const date = v.pipe(v.string('type-date'), v.check(isCalendarDate, 'date'));
const number = v.pipe(v.number('type-number'), v.finite('type-number'), v.minValue(0, 'indicator-value'));
const whole = v.pipe(number, v.integer('type-integer'));

const activities = v.looseObject({
  id,
  campaignId: id,
  date,
  kind: v.picklist(ACTIVITY_KINDS, 'activity-kind'),
  title: text,
  place: text,
  departments: v.array(text, 'type-array'),
  participants: v.optional(whole),
  results: v.record(indicatorCode, number, 'type-object'),
  link: text,
  note: text,
  photoIds: v.array(id, 'type-array'),
  updatedAt: timestamp,
  deleted: v.optional(v.boolean('type-boolean')),
});

const isArrayBuffer = (x: unknown) => Object.prototype.toString.call(x) === '[object ArrayBuffer]';

const photos = v.looseObject({
  id,
  activityId: id,
  jpeg: v.custom<ArrayBuffer>(isArrayBuffer, 'type-object'),
  width: whole,
  height: whole,
  caption: text,
  inReport: v.boolean('type-boolean'),
});

export const ACTIVITY_ROW_SCHEMAS: Record<string, v.GenericSchema> = { activities, photos };
