import * as v from 'valibot';
import { hasDepartment } from '@/storage/campaign/departments';
import { type FileIssue, firstIssue, type RuleCode } from '@/storage/files/file-issues';
import { charCount, hasControlCharacters, MAX_COUNT, MAX_NAME, MAX_NOTE } from '@/storage/files/limits';
import { campaignHead, date, headIssue, ID, signature } from '@/storage/files/schema-parts';
import { calendarDateIn } from '@/storage/time/calendar';
import { isTimestamp } from '@/storage/time/zone-checks';
import type { Campaign } from '@/storage/types';
import { fastDays } from './fast-days';

/**
 * The participation summary (docs/formats.md §2): its shape, and the rules that need the admin's
 * campaign. The staff export is checked by this same code in tests, and the admin import
 * refuses what it refuses. Messages are rule codes translated as `rule.<code>`.
 */

export const SUMMARY_FORMAT = 'green-office/summary';
export const SUMMARY_VERSION = 1;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLEDGE_ID = ID;

const count = v.pipe(v.number('count'), v.integer('count'), v.minValue(1, 'count'), v.maxValue(MAX_COUNT, 'count'));

const day = v.object(
  {
    date,
    pledges: v.record(v.pipe(v.string(), v.regex(PLEDGE_ID, 'pledge-id')), count, 'type-object'),
    note: v.optional(
      v.pipe(
        v.string('type-string'),
        v.check((s) => charCount(s) <= MAX_NOTE, 'note-long'),
      ),
    ),
  },
  'type-object',
);

export const summarySchema = v.object(
  {
    format: v.literal(SUMMARY_FORMAT, 'summary-format'),
    version: v.literal(SUMMARY_VERSION, 'version'),
    campaign: campaignHead,
    participant: v.object(
      {
        id: v.pipe(v.string('type-string'), v.regex(UUID, 'participant-id')),
        name: v.pipe(
          v.string('type-string'),
          v.check((s) => s.trim().length > 0 && charCount(s) <= MAX_NAME, 'participant-name'),
          v.check((s) => !hasControlCharacters(s), 'participant-name'),
        ),
        department: v.string('type-string'),
      },
      'type-object',
    ),
    revision: v.pipe(v.number('revision'), v.integer('revision'), v.minValue(1, 'revision')),
    exportedAt: v.pipe(v.string('timestamp'), v.check(isTimestamp, 'timestamp')),
    app: v.pipe(v.string('type-string'), v.minLength(1, 'text-empty')),
    days: v.array(day, 'type-array'),
    signature,
  },
  'type-object',
);

/** The same without its days' shape, which `fastDays` checks in one pass (the whole schema says what is wrong). */
const headSchema = v.object({ ...summarySchema.entries, days: v.array(v.unknown(), 'type-array') }, 'type-object');

export type Summary = v.InferOutput<typeof summarySchema>;
export type SummaryDay = Summary['days'][number];

export type SummaryResult = { ok: true; summary: Summary } | { ok: false; issue: FileIssue };

/**
 * Checks parsed JSON against docs/formats.md §2. With the admin's campaign it also checks what only
 * the campaign can tell: same campaign, known department and pledges, dates inside it.
 */
export function validateSummary(input: unknown, campaign?: Campaign): SummaryResult {
  const wrongHead = headIssue(input, SUMMARY_FORMAT, SUMMARY_VERSION, 'summary-format');
  if (wrongHead) return { ok: false, issue: wrongHead };
  const head = v.safeParse(headSchema, input, { abortEarly: true });
  const days = head.success ? fastDays(head.output.days) : null;
  let summary: Summary;
  if (head.success && days) summary = { ...head.output, days };
  else {
    const result = v.safeParse(summarySchema, input, { abortEarly: true });
    if (!result.success) return { ok: false, issue: firstIssue(result.issues) };
    summary = result.output;
  }
  const problem = checkDays(summary) ?? (campaign ? checkAgainst(summary, campaign) : null);
  return problem ? { ok: false, issue: problem } : { ok: true, summary };
}

function checkDays(s: Summary): FileIssue | null {
  const seen = new Set<string>();
  const exportDay = calendarDateIn(Date.parse(s.exportedAt), s.campaign.timeZone);
  for (const [i, d] of s.days.entries()) {
    if (seen.has(d.date)) return { path: `days[${i}].date`, rule: 'date-duplicate' };
    seen.add(d.date);
    if (d.date < s.campaign.start || d.date > s.campaign.end) return { path: `days[${i}].date`, rule: 'date-outside' };
    if (d.date > exportDay) return { path: `days[${i}].date`, rule: 'date-after-export' };
  }
  return null;
}

/** A campaign's pledges by id, made once per campaign rather than once per file of a batch. */
const pledgeMaps = new WeakMap<Campaign['pledges'], Map<string, Campaign['pledges'][number]>>();
function pledgesOf(c: Campaign) {
  const kept = pledgeMaps.get(c.pledges);
  if (kept && kept.size === c.pledges.length) return kept;
  const map = new Map(c.pledges.map((p) => [p.id, p]));
  pledgeMaps.set(c.pledges, map);
  return map;
}

function checkAgainst(s: Summary, c: Campaign): FileIssue | null {
  const { id, start, end, timeZone } = s.campaign;
  if (id !== c.id || start !== c.start || end !== c.end || timeZone !== c.timeZone)
    return { path: 'campaign', rule: 'campaign-mismatch' };
  if (!hasDepartment(c, s.participant.department))
    return { path: 'participant.department', rule: 'department-unknown' };
  const pledges = pledgesOf(c);
  for (const [i, d] of s.days.entries()) {
    for (const [pledgeId, n] of Object.entries(d.pledges)) {
      const pledge = pledges.get(pledgeId);
      if (!pledge) return { path: `days[${i}].pledges.${pledgeId}`, rule: 'pledge-unknown' };
      if (pledge.kind === 'daily' && n !== 1) return { path: `days[${i}].pledges.${pledgeId}`, rule: 'daily-count' };
    }
  }
  return null;
}

function _refuse(path: string, rule: RuleCode): SummaryResult {
  return { ok: false, issue: { path, rule } };
}
