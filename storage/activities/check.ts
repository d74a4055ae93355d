import type { ActivityRow } from '@/storage/db/rows/activities';
import { charCount, hasControlCharacters, MAX_ACTIVITY_TITLE, MAX_NOTE, MAX_REPORT_LINE } from '@/storage/files/limits';
import { isActivityKind, isIndicatorCode, quantityProblem } from '@/storage/indicators/codes';
import { isCalendarDate } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';

/**
 * What an officer types for an activity, checked before anything is written: the first field
 * that breaks a rule and why (translated as `activityProblem.<problem>`), or null.
 */

export type ActivityDraft = Omit<ActivityRow, 'id' | 'campaignId' | 'photoIds' | 'updatedAt' | 'deleted'>;

export type ActivityField =
  | 'date'
  | 'kind'
  | 'title'
  | 'place'
  | 'departments'
  | 'participants'
  | 'link'
  | 'note'
  | `results.${string}`;

export type ActivityProblem =
  | 'date'
  | 'date-outside'
  | 'kind'
  | 'title-empty'
  | 'title-long'
  | 'text-long'
  | 'department-unknown'
  | 'link'
  | 'quantity-negative'
  | 'quantity-whole'
  | 'quantity-absurd'
  | 'type-number'
  | 'code';

interface ActivityIssue {
  field: ActivityField;
  problem: ActivityProblem;
}

/** The longest link kept: far above an article's address, short enough to show. */
const MAX_LINK = 2000;

const fail = (field: ActivityField, problem: ActivityProblem): ActivityIssue => ({ field, problem });

export function checkActivity(
  d: ActivityDraft,
  campaign: Pick<Campaign, 'start' | 'end' | 'departments'>,
): ActivityIssue | null {
  if (!isCalendarDate(d.date)) return fail('date', 'date');
  if (d.date < campaign.start || d.date > campaign.end) return fail('date', 'date-outside');
  if (!isActivityKind(d.kind)) return fail('kind', 'kind');
  const title = d.title.trim();
  if (title === '') return fail('title', 'title-empty');
  if (charCount(title) > MAX_ACTIVITY_TITLE || hasControlCharacters(title)) return fail('title', 'title-long');
  if (charCount(d.place) > MAX_REPORT_LINE) return fail('place', 'text-long');
  const known = new Set(campaign.departments.map((x) => x.id));
  if (d.departments.some((id) => !known.has(id))) return fail('departments', 'department-unknown');
  if (d.participants !== undefined) {
    const problem = quantityProblem('activity-participants', d.participants);
    if (problem) return fail('participants', problem);
  }
  for (const [code, value] of Object.entries(d.results)) {
    if (!isIndicatorCode(code)) return fail(`results.${code}`, 'code');
    const problem = quantityProblem(code, value);
    if (problem) return fail(`results.${code}`, problem);
  }
  if (d.link !== '' && (charCount(d.link) > MAX_LINK || !isWebAddress(d.link))) return fail('link', 'link');
  if (charCount(d.note) > MAX_NOTE) return fail('note', 'text-long');
  return null;
}

/** Only http and https addresses: a `javascript:` link must never be made clickable. */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A quantity as typed in a form field: empty is "not counted"; Vietnamese decimals written with
 * a comma (12,5 kg) are read as such; anything else that is not a number is NaN (refused).
 */
export function parseQuantity(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normal = trimmed.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}
