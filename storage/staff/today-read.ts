import type { ChangeRow, EntryRow, ProfileRow, SettingsRow } from '@/storage/db/database';
import { readTodayRows } from '@/storage/db/raw-read';
import type { Campaign, Language } from '@/storage/types';
import { TodayRows } from './today-rows';

export interface TodayData {
  settings?: SettingsRow;
  profile?: ProfileRow;
  campaign?: Campaign;
  entries: EntryRow[];
  /** Note text by date, for the active campaign. */
  notes: Record<string, string>;
  lastChange?: ChangeRow;
  /** Some stored row could not be read (issue #10): it was left out, and a restore is the way back. */
  damaged?: boolean;
  /** The person's language, read even from settings that are otherwise broken (to say so in it). */
  language: Language;
}

/**
 * Where today's rows come from, as stored (unchecked): Dexie for the pages and the background
 * (today-data.ts), plain IndexedDB for the popup's first paint (storage/db/raw-read.ts, issue #16).
 */
export interface TodaySource {
  settings(): Promise<unknown>;
  profile(): Promise<unknown>;
  campaign(id: string): Promise<unknown>;
  /** The pledges kept (count > 0, no tombstones) in a campaign. */
  keptEntries(campaignId: string): Promise<unknown[]>;
  notes(campaignId: string): Promise<unknown[]>;
  lastChange(campaignId: string): Promise<unknown>;
}

/**
 * Everything the popup and the background show of today, from one source, so one live query
 * re-renders it once. Rows of a shape they cannot show are left out (and `damaged` said): see
 * today-rows.ts for why a lighter check than the backup's row schemas.
 */
export async function readToday(source: TodaySource): Promise<TodayData> {
  const rows = new TodayRows();
  const [stored, profileRow] = await Promise.all([source.settings(), source.profile()]);
  const profile = rows.one('profile', profileRow as ProfileRow | undefined);
  const settings = rows.one('settings', stored as SettingsRow | undefined);
  const language: Language = (stored as { language?: unknown } | undefined)?.language === 'en' ? 'en' : 'vi';
  const campaignRow =
    settings && rows.one('campaigns', (await source.campaign(settings.activeCampaignId)) as { campaign: Campaign });
  const campaign = campaignRow?.campaign;
  if (!campaign) return { settings, profile, entries: [], notes: {}, damaged: rows.broken || undefined, language };
  const [entries, notes, last] = await Promise.all([
    source.keptEntries(campaign.id),
    source.notes(campaign.id),
    source.lastChange(campaign.id),
  ]);
  const readableNotes = rows.all('notes', notes as { date: string; note: string }[]);
  return {
    settings,
    profile,
    campaign,
    entries: rows.all('entries', entries as EntryRow[]),
    notes: Object.fromEntries(readableNotes.map((n) => [n.date, n.note])),
    lastChange: rows.one('changes', last as ChangeRow | undefined),
    damaged: rows.broken || undefined,
    language,
  };
}

/**
 * Today's data read with plain IndexedDB (no Dexie, no live query): what the popup paints first
 * (issue #16). Undefined when there is no database yet.
 */
export async function readTodayPlain(factory?: IDBFactory): Promise<TodayData | undefined> {
  const source = await readTodayRows(factory);
  if (!source) return undefined;
  try {
    return await readToday(source);
  } finally {
    source.close();
  }
}

/**
 * The pledges kept (count > 0, no tombstones) once `row` is written over `entries`, with no read
 * of the store: the popup draws the badge from what it already holds the moment a click commits
 * (issue #16), instead of reading the day back.
 */
export function withEntry(entries: readonly EntryRow[], row: EntryRow): EntryRow[] {
  const others = entries.filter(
    (e) => !(e.campaignId === row.campaignId && e.date === row.date && e.pledgeId === row.pledgeId),
  );
  return row.deleted || row.count <= 0 ? others : [...others, row];
}
