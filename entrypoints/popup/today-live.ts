import { observe } from '@/storage/db/live';
import { readTodayData, type TodayData } from '@/storage/staff/today-data';

const UNREADABLE: TodayData = { entries: [], notes: {}, damaged: true, language: 'vi' };

/**
 * Today's data through Dexie's live query, re-read whenever it changes in any page. Loaded after
 * the popup's first paint (issue #16). A read that fails outright (the database will not open)
 * is a damaged store too.
 */
export function observeToday(onValue: (data: TodayData) => void): () => void {
  return observe(() => readTodayData().catch((): TodayData => UNREADABLE), onValue);
}
