import type { ChangeRow, EntryRow, ProfileRow, SettingsRow } from '@/storage/db/database';
import { DB_NAME } from '@/storage/db/name';
import { calendarDateIn, campaignPhase, recordableDates } from '@/storage/time/calendar';
import { isLong } from '@/storage/time/periods';
import type { CalendarDate, Campaign, Language } from '@/storage/types';
import { TodayRows } from './today-rows';

export interface TodayData {
  settings?: SettingsRow;
  profile?: ProfileRow;
  campaign?: Campaign;
  entries: EntryRow[];
  /** Note text by date, for the active campaign. */
  notes: Record<string, string>;
  lastChange?: ChangeRow;
  /**
   * `entries` hold only the dates from this one on: the days the popup can record, read first so a
   * year of rows does not hold its pledges back. The streak and the days taken part wait for a whole read.
   */
  entriesFrom?: CalendarDate;
  /** Some stored row could not be read: it was left out, and a restore is the way back. */
  damaged?: boolean;
  /** The person's language, read even from settings that are otherwise broken (to say so in it). */
  language: Language;
}

/**
 * Where today's rows come from, as stored (unchecked): Dexie for the pages and the background
 * (today-data.ts), plain IndexedDB for the popup's first paint (below).
 */
export interface TodaySource {
  settings(): Promise<unknown>;
  profile(): Promise<unknown>;
  campaign(id: string): Promise<unknown>;
  /** The pledges kept (count > 0, no tombstones) in a campaign, only from the date `from` on when given. */
  keptEntries(campaignId: string, from?: CalendarDate): Promise<unknown[]>;
  notes(campaignId: string): Promise<unknown[]>;
  lastChange(campaignId: string): Promise<unknown>;
}

/**
 * Everything the popup and the background show of today, from one source, so one live query
 * re-renders it once. Rows of a shape they cannot show are left out (and `damaged` said): see
 * today-rows.ts for why a lighter check than the backup's row schemas.
 */
export async function readToday(source: TodaySource, now?: number): Promise<TodayData> {
  const rows = new TodayRows();
  const [stored, profileRow] = await Promise.all([source.settings(), source.profile()]);
  const profile = rows.one('profile', profileRow as ProfileRow | undefined);
  const settings = rows.one('settings', stored as SettingsRow | undefined);
  const language: Language = (stored as { language?: unknown } | undefined)?.language === 'en' ? 'en' : 'vi';
  const campaignRow =
    settings && rows.one('campaigns', (await source.campaign(settings.activeCampaignId)) as { campaign: Campaign });
  const campaign = campaignRow?.campaign;
  if (!campaign) return { settings, profile, entries: [], notes: {}, damaged: rows.broken || undefined, language };
  const from = now === undefined ? undefined : recentFrom(campaign, calendarDateIn(now, campaign.timeZone));
  const [entries, notes, last] = await Promise.all([
    source.keptEntries(campaign.id, from),
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
    ...(from ? { entriesFrom: from } : {}),
    damaged: rows.broken || undefined,
    language,
  };
}

/**
 * The first date the popup can record on today, once the campaign has run long enough that its
 * rows take time to read (two months and more); otherwise undefined, a whole read (the notices
 * before and after the campaign count every day).
 */
function recentFrom(campaign: Campaign, today: CalendarDate): CalendarDate | undefined {
  if (campaignPhase(campaign, today) !== 'during' || !isLong({ start: campaign.start, end: today })) return undefined;
  const first = recordableDates(campaign, today).at(-1);
  return first && first > campaign.start ? first : undefined;
}

/**
 * The pledges kept (count > 0, no tombstones) once `row` is written over `entries`, with no read
 * of the store: the popup draws the badge from what it already holds the moment a click commits
 *, instead of reading the day back.
 */
export function withEntry(entries: readonly EntryRow[], row: EntryRow): EntryRow[] {
  const others = entries.filter(
    (e) => !(e.campaignId === row.campaignId && e.date === row.date && e.pledgeId === row.pledgeId),
  );
  return row.deleted || row.count <= 0 ? others : [...others, row];
}

/**
 * Today's data read with plain IndexedDB (no Dexie, no live query): what the popup paints first
 *, while Dexie (29 kB gzip, for the writes and the live query) loads after. It reads
 * the stores and indexes Dexie made (storage/db/database.ts: a table is an object store, an index
 * `[a+b]` an index of that name on the key path [a, b]) and never creates or upgrades the
 * database: where there is none yet it returns undefined, and Dexie makes it.
 */
export async function readTodayPlain(
  factory: IDBFactory = indexedDB,
  name = DB_NAME,
  now?: number,
): Promise<TodayData | undefined> {
  const database = await openAsItIs(factory, name);
  if (!database) return undefined;
  // Dexie may need the database for an upgrade: this read gives way.
  database.onversionchange = () => database.close();
  try {
    if (!TODAY_STORES.every((store) => database.objectStoreNames.contains(store))) return undefined;
    return await readToday(plainSource(database.transaction(TODAY_STORES, 'readonly')), now);
  } finally {
    database.close();
  }
}

const TODAY_STORES = ['settings', 'profile', 'campaigns', 'entries', 'notes', 'changes'];

const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** The database as it stands, or undefined when it does not exist yet (nothing is created). */
function openAsItIs(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    // No database yet: abort, which removes the empty one this open would make.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (request.error?.name !== 'AbortError') return reject(request.error);
      event.preventDefault();
      resolve(undefined);
    };
    request.onblocked = () => resolve(undefined);
  });
}

/** The rows of today in one read-only transaction. */
function plainSource(tx: IDBTransaction): TodaySource {
  const store = (name: string) => tx.objectStore(name);
  return {
    settings: () => result(store('settings').get('me')),
    profile: () => result(store('profile').get('me')),
    campaign: (id) => result(store('campaigns').get(id)),
    keptEntries: async (campaignId, from) => {
      const entries = store('entries');
      // From a date on: the `[campaignId+date]` index, up to any date of the campaign.
      const read = from
        ? entries.index('[campaignId+date]').getAll(IDBKeyRange.bound([campaignId, from], [campaignId, '\uffff']))
        : entries.index('campaignId').getAll(campaignId);
      const rows = (await result(read)) as {
        deleted?: unknown;
        count?: unknown;
      }[];
      return rows.filter((row) => !row.deleted && (row.count as number) > 0);
    },
    notes: (campaignId) => result(store('notes').index('campaignId').getAll(campaignId)),
    lastChange: async (campaignId) => {
      const range = IDBKeyRange.bound([campaignId, 0], [campaignId, Number.POSITIVE_INFINITY]);
      const cursor = await result(store('changes').index('[campaignId+seq]').openCursor(range, 'prev'));
      return cursor?.value;
    },
  };
}
