import * as v from 'valibot';
import { CODE } from '@/storage/indicators/codes';
import { isCalendarDate } from '@/storage/time/calendar';
import { isTimeZone } from '@/storage/time/zone-checks';
import { type FileIssue, forbiddenKeyPath, type RuleCode } from './file-issues';
import { MAX_TEXT } from './limits';

/** The pieces every file's schema is made of (docs/formats.md), each with its rule code. */

export const ID = /^[a-z0-9-]{3,64}$/;
export const DEPARTMENT_ID = /^[a-z0-9-]{1,64}$/;

export const text = v.pipe(
  v.string('type-string'),
  v.trim(),
  v.minLength(1, 'text-empty'),
  v.maxLength(MAX_TEXT, 'text-long'),
);
export const label = v.objectWithRest({ vi: text, en: v.optional(text) }, v.string('type-string'), 'type-label');
export const date = v.pipe(v.string('type-date'), v.check(isCalendarDate, 'date'));
/** An indicator code of docs/formats.md §5, known or not: `[a-z0-9-]{1,64}`. */
export const indicatorCode = v.pipe(v.string('type-string'), v.regex(CODE, 'indicator-code'));

/** The campaign a file is for, as every file names it: its id, dates and time zone. */
export const campaignHead = v.object(
  {
    id: v.string('type-string'),
    start: date,
    end: date,
    timeZone: v.pipe(v.string('type-string'), v.check(isTimeZone, 'time-zone')),
  },
  'type-object',
);

/** A file's signature (docs/formats.md §2, also §4): its shape only; `storage/summary/signature.ts` checks it. */
export const signature = v.optional(
  v.object(
    {
      alg: v.literal('ES256', 'signature'),
      publicKey: v.record(v.string(), v.unknown(), 'signature'),
      value: v.pipe(v.string('signature'), v.regex(/^[A-Za-z0-9_-]+$/, 'signature')),
    },
    'signature',
  ),
);

/**
 * What is checked before a file's schema: an object, of this format, not of a newer version,
 * without keys JavaScript treats specially. The first broken rule, or null.
 */
export function headIssue(input: unknown, format: string, version: number, formatRule: RuleCode): FileIssue | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { path: '', rule: 'type-object' };
  const head = input as Record<string, unknown>;
  if (head.format !== format) return { path: 'format', rule: formatRule };
  if (Number.isInteger(head.version) && (head.version as number) > version)
    return { path: 'version', rule: 'version-newer' };
  const forbidden = forbiddenKeyPath(input);
  return forbidden === null ? null : { path: forbidden, rule: 'forbidden-key' };
}
