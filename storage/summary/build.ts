import { hasDepartment } from '@/storage/campaign/departments';
import { db, type EntryRow, type NoteRow, type ProfileRow } from '@/storage/db/database';
import { plainText } from '@/storage/files/limits';
import { keptUnder } from '@/storage/progress/day-status';
import { calendarDateIn } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';
import { SUMMARY_FORMAT, SUMMARY_VERSION, type Summary, type SummaryDay } from './schema';
import { signSummary } from './signing';

/**
 * The participation summary a staff member sends to the admin office (docs/formats.md §2): what it
 * holds is built by a pure function; exporting it is the one write (the revision grows).
 */

export interface SummaryInput {
  campaign: Campaign;
  profile: Pick<ProfileRow, 'participantId' | 'name' | 'department'>;
  entries: readonly EntryRow[];
  notes: readonly NoteRow[];
  revision: number;
  exportedAt: string;
  app: string;
}

/** Days with a pledge or a note, inside the campaign and not after the export, oldest first. */
export function buildSummary(input: SummaryInput): Summary {
  const { campaign, profile, revision, exportedAt, app } = input;
  const lastDay = calendarDateIn(Date.parse(exportedAt), campaign.timeZone);
  const inWindow = (date: string) => date >= campaign.start && date <= campaign.end && date <= lastDay;
  const days = new Map<string, SummaryDay>();
  const dayOf = (date: string) => days.get(date) ?? days.set(date, { date, pledges: {} }).get(date)!;
  for (const e of keptUnder(campaign, input.entries)) {
    if (inWindow(e.date)) dayOf(e.date).pledges[e.pledgeId] = e.count;
  }
  for (const n of input.notes) {
    if (n.campaignId === campaign.id && n.note.trim() && inWindow(n.date)) dayOf(n.date).note = n.note;
  }
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    campaign: { id: campaign.id, start: campaign.start, end: campaign.end, timeZone: campaign.timeZone },
    participant: { id: profile.participantId, name: profile.name, department: profile.department },
    revision,
    exportedAt,
    app,
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

async function summaryInputs(campaign: Campaign) {
  const [profile, entries, notes] = await Promise.all([
    db.profile.get('me'),
    db.entries.where('campaignId').equals(campaign.id).toArray(),
    db.notes.where('campaignId').equals(campaign.id).toArray(),
  ]);
  if (!profile) throw new Error('profile-missing');
  // A summary never names a department the campaign does not know (a newer file
  // renamed or removed it); the person chooses again first.
  if (!hasDepartment(campaign, profile.department)) throw new Error('department-unknown');
  return { profile, entries, notes };
}

/** Exactly what the next export will share, without spending a revision. */
export async function previewSummary(campaign: Campaign, exportedAt: string, app: string): Promise<Summary> {
  const inputs = await summaryInputs(campaign);
  return buildSummary({ campaign, ...inputs, revision: (inputs.profile.summaryRevision ?? 0) + 1, exportedAt, app });
}

/** The data changed after the preview: the person must see what will be shared first. */
export class PreviewOutdated extends Error {
  constructor() {
    super('preview-outdated');
  }
}

const sameContent = (a: Summary, b: Summary) =>
  JSON.stringify([a.participant, a.days]) === JSON.stringify([b.participant, b.days]);

/**
 * Builds the summary and records its revision, in one transaction: each export has a new one.
 * With the `previewed` summary, it refuses (writing nothing) if what would be shared differs.
 * The file is then signed with this install's key.
 */
export async function exportSummary(
  campaign: Campaign,
  exportedAt: string,
  app: string,
  previewed?: Summary,
): Promise<Summary> {
  const summary = await db.transaction('rw', db.profile, db.entries, db.notes, async () => {
    const inputs = await summaryInputs(campaign);
    const revision = (inputs.profile.summaryRevision ?? 0) + 1;
    const built = buildSummary({ campaign, ...inputs, revision, exportedAt, app });
    if (previewed && !sameContent(built, previewed)) throw new PreviewOutdated();
    await db.profile.put({ ...inputs.profile, summaryRevision: revision });
    return built;
  });
  // Web Crypto runs after the transaction: it is not IndexedDB and would end it early.
  return signSummary(summary, exportedAt);
}

/** Who and which campaign, readable in a mail attachment list: `tong-hop_<campaign>_<name>_r3.json`. */
export function summaryFileName(summary: Summary): string {
  return `tong-hop_${summary.campaign.id}_${slug(summary.participant.name)}_r${summary.revision}.json`;
}

/** The spreadsheet copy is not an export (no revision is spent): it is named by its date. */
export function summaryCsvName(summary: Summary): string {
  return `bang-tinh_${summary.campaign.id}_${slug(summary.participant.name)}_${summary.exportedAt.slice(0, 10)}.csv`;
}

/** ASCII file-name part from a Vietnamese name: "Nguyễn Thị Lan" → "nguyen-thi-lan". */
export function slug(text: string): string {
  return (
    plainText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'nguoi-tham-gia'
  );
}
