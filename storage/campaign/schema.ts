import * as v from 'valibot';
import { deeperThan, type FileIssue, firstIssue, type RuleCode } from '@/storage/files/file-issues';
import { charCount, MAX_JSON_DEPTH, MAX_PLAN_TEXT } from '@/storage/files/limits';
import { DEPARTMENT_ID, date, headIssue, ID, indicatorCode, label, text } from '@/storage/files/schema-parts';
import { campaignDates, daysBetween, isWorkingDay } from '@/storage/time/calendar';
import { isTimeZone } from '@/storage/time/zone-checks';
import type { Campaign, ReportEvery } from '@/storage/types';

/**
 * Validation of a campaign file (docs/formats.md §1). Every message is a rule code that the pages
 * translate (`rule.<code>` in components/i18n), so a refusal reads in the person's language.
 */
export const CAMPAIGN_FORMAT = 'green-office/campaign';
export const CAMPAIGN_VERSION = 1;

const MAX_WINDOW_DAYS = 366;

const timeZone = v.pipe(v.string('type-string'), v.check(isTimeZone, 'time-zone'));

// Objects are loose: a field this version does not know is kept as it came (docs/formats.md: a
// reader ignores it), so a campaign loaded and exported again by the editor is the same file.
const department = v.looseObject(
  {
    id: v.pipe(v.string('type-string'), v.regex(DEPARTMENT_ID, 'department-id')),
    name: label,
    headcount: v.optional(v.pipe(v.number('type-integer'), v.integer('type-integer'), v.minValue(0, 'headcount'))),
    example: v.optional(v.boolean('type-boolean')),
  },
  'type-object',
);

const impact = v.looseObject(
  {
    perUnit: v.pipe(v.number('type-number'), v.finite('type-number'), v.minValue(0, 'impact-negative')),
    unit: label,
    source: text,
  },
  'type-object',
);

const pledge = v.looseObject(
  {
    id: v.pipe(v.string('type-string'), v.regex(ID, 'pledge-id')),
    label,
    kind: v.picklist(['daily', 'action'], 'pledge-kind'),
    unit: v.optional(label),
    impact: v.optional(impact),
    indicator: v.optional(indicatorCode),
  },
  'type-object',
);

/** A paragraph part of the plan: a label of up to 5,000 characters, line breaks allowed. */
const planTextPart = v.pipe(
  v.string('type-string'),
  v.trim(),
  v.minLength(1, 'text-empty'),
  v.check((s) => charCount(s) <= MAX_PLAN_TEXT, 'plan-text-long'),
);
const planLabel = v.objectWithRest({ vi: planTextPart, en: v.optional(planTextPart) }, planTextPart, 'type-label');
const planText = v.looseObject(
  { purpose: v.optional(planLabel), tasks: v.optional(planLabel), implementation: v.optional(planLabel) },
  'type-object',
);

const agency = v.looseObject(
  { id: v.pipe(v.string('type-string'), v.regex(DEPARTMENT_ID, 'agency-id')), name: label },
  'type-object',
);

const campaignSchema = v.pipe(
  v.looseObject(
    {
      format: v.literal(CAMPAIGN_FORMAT, 'format'),
      version: v.literal(CAMPAIGN_VERSION, 'version'),
      id: v.pipe(v.string('type-string'), v.regex(ID, 'campaign-id')),
      name: label,
      organisation: label,
      reportTo: label,
      start: date,
      end: date,
      timeZone,
      workingDays: v.optional(
        v.pipe(
          v.array(
            v.pipe(v.number('weekday'), v.integer('weekday'), v.minValue(1, 'weekday'), v.maxValue(7, 'weekday')),
            'type-array',
          ),
          v.check((days) => new Set(days).size === days.length, 'weekday-duplicate'),
        ),
        [1, 2, 3, 4, 5, 6, 7],
      ),
      holidays: v.optional(v.array(date, 'type-array'), []),
      backfillDays: v.pipe(
        v.number('backfill'),
        v.integer('backfill'),
        v.minValue(0, 'backfill'),
        v.maxValue(31, 'backfill'),
      ),
      departments: v.pipe(v.array(department, 'type-array'), v.minLength(1, 'departments-empty')),
      pledges: v.pipe(v.array(pledge, 'type-array'), v.minLength(1, 'pledges-empty')),
      // Optional fields of docs/formats.md §1 that office reports (§4) and shared pictures use.
      organisationId: v.optional(v.pipe(v.string('type-string'), v.regex(DEPARTMENT_ID, 'organisation-id'))),
      implements: v.optional(
        v.looseObject({ id: v.pipe(v.string('type-string'), v.regex(ID, 'campaign-id')), name: label }, 'type-object'),
      ),
      agencies: v.optional(v.array(agency, 'type-array')),
      hashtag: v.optional(text),
      plan: v.optional(label),
      planText: v.optional(planText),
      reportEvery: v.optional(v.picklist(['week', 'month', 'campaign'] satisfies ReportEvery[], 'report-every')),
    },
    'type-object',
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const c = dataset.value;
    const fail = (message: string, path: (string | number)[]) =>
      addIssue({
        message,
        path: path.map((key) => ({ type: 'object', origin: 'value', input: c, key, value: undefined })) as never,
      });
    const length = daysBetween(c.start, c.end) + 1;
    if (length < 1) fail('end-before-start', ['end']);
    else if (length > MAX_WINDOW_DAYS) fail('window-too-long', ['end']);
    c.holidays.forEach((day, i) => {
      if (day < c.start || day > c.end) fail('holiday-outside', ['holidays', i]);
    });
    firstDuplicate(
      c.departments.map((d) => d.id),
      (i) => fail('duplicate-id', ['departments', i, 'id']),
    );
    firstDuplicate(
      c.pledges.map((p) => p.id),
      (i) => fail('duplicate-id', ['pledges', i, 'id']),
    );
    firstDuplicate(
      (c.agencies ?? []).map((a) => a.id),
      (i) => fail('duplicate-id', ['agencies', i, 'id']),
    );
    if (length >= 1 && length <= MAX_WINDOW_DAYS && !campaignDates(c).some((d) => isWorkingDay(c, d))) {
      fail('no-working-day', ['workingDays']);
    }
  }),
);

export type CampaignIssue = FileIssue;

export type CampaignResult = { ok: true; campaign: Campaign } | { ok: false; issue: CampaignIssue };

/** Checks parsed JSON against docs/formats.md §1 and returns the campaign or the first broken rule. */
export function validateCampaign(input: unknown): CampaignResult {
  const head = headIssue(input, CAMPAIGN_FORMAT, CAMPAIGN_VERSION, 'format');
  if (head) return { ok: false, issue: head };
  // Fields this version does not know are kept as they came, so their depth is
  // bounded too: nothing later walks a file 200,000 levels deep.
  const deep = deeperThan(input, MAX_JSON_DEPTH);
  if (deep !== null) return refuse(deep, 'too-deep');
  const result = v.safeParse(campaignSchema, input, { abortEarly: true });
  if (result.success) return { ok: true, campaign: result.output as Campaign };
  return { ok: false, issue: firstIssue(result.issues) };
}

/** Parses the text of a campaign file; JSON errors are a broken rule like any other. */
export function parseCampaignFile(text: string): CampaignResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('', 'json');
  }
  return validateCampaign(json);
}

function refuse(path: string, rule: RuleCode): CampaignResult {
  return { ok: false, issue: { path, rule } };
}

function firstDuplicate(ids: string[], onDuplicate: (index: number) => void): void {
  const seen = new Set<string>();
  const index = ids.findIndex((id) => {
    if (seen.has(id)) return true;
    seen.add(id);
    return false;
  });
  if (index >= 0) onDuplicate(index);
}
