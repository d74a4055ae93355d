import * as v from 'valibot';
import { charCount, MAX_ACTIVITY_TITLE, MAX_REPORT_FIGURE } from '@/storage/files/limits';
import { date, ID, indicatorCode, label } from '@/storage/files/schema-parts';
import { ACTIVITY_KINDS, MAX_INDICATOR } from '@/storage/indicators/codes';

/**
 * The shape of an office report's `pledges`, `activities` and `indicators` (docs/formats.md §4-5),
 * each field with its rule code. Whole numbers where a code counts whole things, dates inside the
 * period and totals that add up are rules between fields (`./indicator-check.ts`).
 */

const value = v.pipe(
  v.number('indicator-value'),
  v.finite('indicator-value'),
  v.minValue(0, 'indicator-value'),
  v.maxValue(MAX_INDICATOR, 'indicator-value'),
);
/** Code → value; keys that break the code's pattern are refused, not dropped. */
const codeValues = v.pipe(
  v.custom<object>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'type-object'),
  v.record(indicatorCode, value, 'type-object'),
);

const pledge = v.object(
  {
    id: v.pipe(v.string('type-string'), v.regex(ID, 'pledge-id')),
    label,
    kind: v.picklist(['daily', 'action'], 'pledge-kind'),
    unit: v.optional(label),
    indicator: v.optional(indicatorCode),
  },
  'type-object',
);

const title = v.pipe(
  v.string('type-string'),
  v.trim(),
  v.minLength(1, 'text-empty'),
  v.check((t) => charCount(t) <= MAX_ACTIVITY_TITLE, 'activity-title'),
);

const activity = v.object(
  {
    date,
    kind: v.picklist(ACTIVITY_KINDS, 'activity-kind'),
    title,
    participants: v.optional(
      v.pipe(
        v.number('report-figure'),
        v.integer('report-figure'),
        v.minValue(0, 'report-figure'),
        v.maxValue(MAX_REPORT_FIGURE, 'report-figure'),
      ),
    ),
    results: codeValues,
  },
  'type-object',
);

export const indicatorEntries = {
  pledges: v.optional(v.array(pledge, 'type-array')),
  activities: v.optional(v.array(activity, 'type-array')),
  indicators: v.optional(codeValues),
};
