import { departmentFigures } from '@/storage/admin/figures';
import type { AdminData } from '@/storage/admin/office';
import { findDepartment } from '@/storage/campaign/departments';
import { db } from '@/storage/db/database';
import type { FileIssue, RuleCode } from '@/storage/files/file-issues';
import { type PickedFile, readText } from '@/storage/files/read-text';
import { calendarDateIn, earlierOf } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';
import { BULLETIN_FORMAT, BULLETIN_VERSION, type Bulletin, validateBulletin } from './schema';

/**
 * The department bulletin (docs/formats.md §3): the admin office builds it from the kept
 * summaries, staff load it to see their department beside the others. It holds figures only:
 * nothing of a submission but its department, dates and counts goes in.
 */

export type { Bulletin } from './schema';

/**
 * Day by day, per department, up to the day it is made (later days would read as zeros). The
 * headcount is the denominator the admin's own figures use.
 */
export function buildBulletin(
  campaign: Campaign,
  admin: Pick<AdminData, 'submissions' | 'headcounts' | 'roster'>,
  generatedAt: string,
): Bulletin {
  const madeOn = calendarDateIn(Date.parse(generatedAt), campaign.timeZone);
  const range = { from: campaign.start, to: earlierOf(madeOn, campaign.end) };
  const figures = departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster, range);
  const known = new Set(campaign.pledges.map((p) => p.id));
  return {
    format: BULLETIN_FORMAT,
    version: BULLETIN_VERSION,
    campaign: { id: campaign.id, start: campaign.start, end: campaign.end, timeZone: campaign.timeZone },
    generatedAt,
    departments: figures.map((f) => ({
      id: f.id,
      name: { ...findDepartment(campaign, f.id)!.name },
      headcount: f.denominator,
      days: f.days.map((d) => ({
        date: d.date,
        participants: d.participants,
        // A pledge dropped from a later campaign file would make staff refuse the bulletin.
        pledges: Object.fromEntries(Object.entries(d.pledges).filter(([id]) => known.has(id))),
      })),
    })),
  };
}

/** An instant as RFC 3339 with the offset of a time zone (`2024-07-01T10:00:00+07:00`). */
export function timestampIn(instant: number, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(part ?? '');
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
  const wall = new Date(Math.floor(instant / 1000) * 1000 + minutes * 60_000).toISOString().slice(0, 19);
  return `${wall}${match ? `${match[1]}${match[2]}:${match[3] ?? '00'}` : '+00:00'}`;
}

/** The day the figures were made, in the campaign's time zone. */
export const bulletinDay = (b: Pick<Bulletin, 'generatedAt' | 'campaign'>) =>
  calendarDateIn(Date.parse(b.generatedAt), b.campaign.timeZone);

export const bulletinFileName = (b: Bulletin) => `ban-tin_${b.campaign.id}_${bulletinDay(b)}.json`;

export type BulletinLoad =
  | { outcome: 'refused'; issue: FileIssue }
  /** `older` and `same` wrote nothing; `kept` is when the bulletin kept instead was made. */
  | { outcome: 'loaded' | 'replaced' | 'same' | 'older'; bulletin: Bulletin; campaign: Campaign; kept?: string };

/**
 * Reads a bulletin picked by a staff member and keeps it if it is newer than the one kept for
 * its campaign: size and strict UTF-8 first, then JSON, then every rule, then one
 * transaction that checks and writes, so a refused or older file writes nothing.
 */
export async function loadBulletinFile(file: PickedFile, loadedAt: string): Promise<BulletinLoad> {
  const read = await readText(file, { bom: 'strip' });
  if (!read.ok) return { outcome: 'refused', issue: read.issue };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    return refused('json');
  }
  return db.transaction('rw', db.campaigns, db.bulletins, async (): Promise<BulletinLoad> => {
    const result = validateBulletin(
      json,
      (await db.campaigns.toArray()).map((row) => row.campaign),
    );
    if (!result.ok) return { outcome: 'refused', issue: result.issue };
    const { bulletin, campaign } = result;
    const current = await db.bulletins.get(campaign.id);
    if (current) {
      const order = Date.parse(bulletin.generatedAt) - Date.parse(current.generatedAt);
      if (order <= 0) return { outcome: order === 0 ? 'same' : 'older', bulletin, campaign, kept: current.generatedAt };
    }
    await db.bulletins.put({ campaignId: campaign.id, bulletin, generatedAt: bulletin.generatedAt, loadedAt });
    return { outcome: current ? 'replaced' : 'loaded', bulletin, campaign, kept: current?.generatedAt };
  });
}

/** The latest bulletin loaded for a campaign, if any. */
export async function readBulletin(campaignId: string): Promise<Bulletin | null> {
  const row = await db.bulletins.get(campaignId);
  return row ? (row.bulletin as Bulletin) : null;
}

const refused = (rule: RuleCode): BulletinLoad => ({ outcome: 'refused', issue: { path: '', rule } });
