import type { TodaySource } from '@/storage/staff/today-read';
import { DB_NAME } from './name';

/**
 * Today's rows read with plain IndexedDB, without Dexie (issue #16): the popup paints today's
 * pledges from this read while Dexie (29 kB gzip, for the writes and the live query) loads
 * after. It reads the stores and indexes Dexie made (database.ts: a table is an object store, an
 * index `[a+b]` an index of that name on the key path [a, b]) and never creates or upgrades the
 * database: where there is none yet it returns undefined, and Dexie makes it.
 */

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

/** The rows of today in one read-only transaction, as a TodaySource; undefined with no database yet. */
export async function readTodayRows(
  factory: IDBFactory = indexedDB,
  name = DB_NAME,
): Promise<(TodaySource & { close(): void }) | undefined> {
  const database = await openAsItIs(factory, name);
  if (!database) return undefined;
  // Dexie may need the database for an upgrade: this read gives way.
  database.onversionchange = () => database.close();
  if (!TODAY_STORES.every((store) => database.objectStoreNames.contains(store))) {
    database.close();
    return undefined;
  }
  const tx = database.transaction(TODAY_STORES, 'readonly');
  const store = (name: string) => tx.objectStore(name);
  return {
    settings: () => result(store('settings').get('me')),
    profile: () => result(store('profile').get('me')),
    campaign: (id) => result(store('campaigns').get(id)),
    keptEntries: async (campaignId) => {
      const rows = (await result(store('entries').index('campaignId').getAll(campaignId))) as {
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
    close: () => database.close(),
  };
}
