import * as v from 'valibot';
import { hasDepartment } from '@/storage/campaign/departments';
import { type FileIssue, firstIssue, type RuleCode } from '@/storage/files/file-issues';
import { campaignHead, DEPARTMENT_ID, date, headIssue, ID, label } from '@/storage/files/schema-parts';
import { calendarDateIn } from '@/storage/time/calendar';
import { isTimestamp } from '@/storage/time/zone-checks';
import type { Campaign, Label } from '@/storage/types';

/**
 * The department bulletin (docs/formats.md §3): its shape, and the rules that need the campaigns
 * this install has loaded. Messages are rule codes translated as `rule.<code>`. The schema keeps
 * only the fields it knows, so whatever else a file holds is never stored nor shown.
 */

export const BULLETIN_FORMAT = 'green-office/bulletin';
export const BULLETIN_VERSION = 1;

const PLEDGE_ID = ID;
/** A count of people or of pledges: a whole number, not negative. */
const figure = v.pipe(v.number('figure'), v.safeInteger('figure'), v.minValue(0, 'figure'));

const day = v.object(
  {
    date,
    participants: figure,
    pledges: v.record(v.pipe(v.string(), v.regex(PLEDGE_ID, 'pledge-id')), figure, 'type-object'),
  },
  'type-object',
);

const department = v.object(
  {
    id: v.pipe(v.string('type-string'), v.regex(DEPARTMENT_ID, 'department-id')),
    name: label,
    headcount: figure,
    days: v.array(day, 'type-array'),
  },
  'type-object',
);

const bulletinSchema = v.object(
  {
    format: v.literal(BULLETIN_FORMAT, 'bulletin-format'),
    version: v.literal(BULLETIN_VERSION, 'version'),
    campaign: campaignHead,
    generatedAt: v.pipe(v.string('timestamp'), v.check(isTimestamp, 'timestamp')),
    departments: v.array(department, 'type-array'),
  },
  'type-object',
);

/** A bulletin as read: only the fields of docs/formats.md §3, labels as the campaign's. */
export type Bulletin = Omit<v.InferOutput<typeof bulletinSchema>, 'departments'> & {
  departments: BulletinDepartment[];
};
export type BulletinDepartment = Omit<v.InferOutput<typeof department>, 'name'> & { name: Label };

export type BulletinResult = { ok: true; bulletin: Bulletin; campaign: Campaign } | { ok: false; issue: FileIssue };

/**
 * Checks parsed JSON against docs/formats.md §3 and against the loaded campaigns: the bulletin must
 * name one of them exactly, its departments and pledges, on dates inside it and not after the
 * bulletin was made.
 */
export function validateBulletin(input: unknown, campaigns: readonly Campaign[]): BulletinResult {
  const head = headIssue(input, BULLETIN_FORMAT, BULLETIN_VERSION, 'bulletin-format');
  if (head) return { ok: false, issue: head };
  const result = v.safeParse(bulletinSchema, input, { abortEarly: true });
  if (!result.success) return { ok: false, issue: firstIssue(result.issues) };
  const bulletin = result.output as Bulletin;
  const { id, start, end, timeZone } = bulletin.campaign;
  const campaign = campaigns.find((c) => c.id === id && c.start === start && c.end === end && c.timeZone === timeZone);
  if (!campaign) return refuse('campaign', 'campaign-mismatch');
  const problem = checkDepartments(bulletin, campaign);
  return problem ? { ok: false, issue: problem } : { ok: true, bulletin, campaign };
}

function checkDepartments(b: Bulletin, c: Campaign): FileIssue | null {
  const lastDay = calendarDateIn(Date.parse(b.generatedAt), c.timeZone);
  const pledges = new Set(c.pledges.map((p) => p.id));
  const seen = new Set<string>();
  for (const [i, d] of b.departments.entries()) {
    if (!hasDepartment(c, d.id)) return { path: `departments[${i}].id`, rule: 'department-unknown' };
    if (seen.has(d.id)) return { path: `departments[${i}].id`, rule: 'duplicate-id' };
    seen.add(d.id);
    const dates = new Set<string>();
    for (const [j, day] of d.days.entries()) {
      const at = `departments[${i}].days[${j}]`;
      if (dates.has(day.date)) return { path: `${at}.date`, rule: 'date-duplicate' };
      dates.add(day.date);
      if (day.date < c.start || day.date > c.end) return { path: `${at}.date`, rule: 'date-outside' };
      if (day.date > lastDay) return { path: `${at}.date`, rule: 'date-after-export' };
      const unknown = Object.keys(day.pledges).find((p) => !pledges.has(p));
      if (unknown !== undefined) return { path: `${at}.pledges.${unknown}`, rule: 'pledge-unknown' };
    }
  }
  return null;
}

function refuse(path: string, rule: RuleCode): BulletinResult {
  return { ok: false, issue: { path, rule } };
}

/** Whether a stored bulletin still has the shape of docs/formats.md §3 (a restored backup's rows are checked so). */
export const hasBulletinShape = (input: unknown): boolean => v.is(bulletinSchema, input);
