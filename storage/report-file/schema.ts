import * as v from 'valibot';
import { MAX_REPORT_FIGURE } from '@/storage/files/limits';
import { DEPARTMENT_ID, date, ID, label, signature } from '@/storage/files/schema-parts';
import { isTimestamp, isTimeZone } from '@/storage/time/zone-checks';
import { indicatorEntries } from './activities-schema';
import { REPORT_FORMAT, REPORT_VERSION } from './types';

/**
 * The shape of the office report file (docs/formats.md §4), each field with its rule code
 * (translated as `rule.<code>`). The rules between fields (dates in the period, figures that must
 * add up, the reader's campaign) are in `./check.ts`. The schema keeps only the fields it knows, so
 * whatever else a file holds is never stored nor shown.
 */

/** People or a pledge's total: a whole number from 0 to MAX_REPORT_FIGURE. */
const figure = v.pipe(
  v.number('report-figure'),
  v.integer('report-figure'),
  v.minValue(0, 'report-figure'),
  v.maxValue(MAX_REPORT_FIGURE, 'report-figure'),
);

const timeZone = v.pipe(v.string('type-string'), v.check(isTimeZone, 'time-zone'));

const daySchema = v.object(
  {
    date,
    participants: figure,
    pledges: v.record(v.pipe(v.string(), v.regex(ID, 'pledge-id')), figure, 'type-object'),
  },
  'type-object',
);

/** A unit without its days: `./fast.ts` checks the days (the bulk of a file) by hand, to the same rules. */
const unitEntries = {
  id: v.pipe(v.string('type-string'), v.regex(DEPARTMENT_ID, 'unit-id')),
  name: label,
  kind: v.picklist(['department', 'agency'], 'unit-kind'),
  headcount: v.optional(figure),
  submitted: figure,
  tookPart: figure,
};
export const unitHeadSchema = v.object(unitEntries, 'type-object');

const unit = v.object({ ...unitEntries, days: v.array(daySchema, 'type-array') }, 'type-object');

/** What comes before `units` in a file, checked in this order. */
const headEntries = {
  format: v.literal(REPORT_FORMAT, 'report-format'),
  version: v.literal(REPORT_VERSION, 'version'),
  organisation: v.object(
    { id: v.pipe(v.string('type-string'), v.regex(DEPARTMENT_ID, 'organisation-id')), name: label },
    'type-object',
  ),
  campaign: v.object(
    {
      id: v.pipe(v.string('type-string'), v.regex(ID, 'campaign-id')),
      start: date,
      end: date,
      timeZone,
      implements: v.optional(
        v.object({ id: v.pipe(v.string('type-string'), v.regex(ID, 'campaign-id')) }, 'type-object'),
      ),
    },
    'type-object',
  ),
  period: v.object({ start: date, end: date }, 'type-object'),
  generatedAt: v.pipe(v.string('timestamp'), v.check(isTimestamp, 'timestamp')),
};
export const reportHeadSchema = v.object(headEntries, 'type-object');
/** What comes after `units`. */
export const reportTailSchema = v.object({ ...indicatorEntries, signature }, 'type-object');

/**
 * The whole file in one schema: the reference `./fast.ts` is held to (a test checks they agree on
 * many generated files); the reader itself uses the pieces above and `./fast.ts`.
 */
export const reportSchema = v.object(
  { ...headEntries, units: v.array(unit, 'type-array'), ...indicatorEntries, signature },
  'type-object',
);
