import { db } from '@/storage/db/database';
import { observe } from '@/storage/db/live';
import { lastChange, listEntries } from './entries';
import { readToday, type TodayData, type TodaySource } from './today-read';

export type { TodayData } from './today-read';

const fromDexie: TodaySource = {
  settings: () => db.settings.get('me'),
  profile: () => db.profile.get('me'),
  campaign: (id) => db.campaigns.get(id),
  keptEntries: (campaignId) => listEntries(campaignId),
  notes: (campaignId) => db.notes.where('campaignId').equals(campaignId).toArray(),
  lastChange: (campaignId) => lastChange(campaignId),
};

/**
 * Today's data through Dexie (live queries follow what it reads): see today-read.ts. One read
 * transaction, not one a table: a live query re-reads it after every click.
 */
export function readTodayData(): Promise<TodayData> {
  const tables = [db.settings, db.profile, db.campaigns, db.entries, db.notes, db.changes];
  return db.transaction('r', tables, () => readToday(fromDexie));
}

const UNREADABLE: TodayData = { entries: [], notes: {}, damaged: true, language: 'vi' };

/**
 * Today's data through Dexie's live query, re-read whenever it changes in any page: the popup
 * loads this after its first paint. A read that fails outright (the database will
 * not open) is a damaged store too.
 */
export function observeToday(onValue: (data: TodayData) => void): () => void {
  return observe(() => readTodayData().catch((): TodayData => UNREADABLE), onValue);
}
