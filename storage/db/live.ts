import { liveQuery } from 'dexie';

/**
 * Runs a read of storage/ now and again whenever the data it read changes, in this page or
 * any other page of the extension (Dexie broadcasts commits between same-origin contexts).
 */
export function observe<T>(read: () => Promise<T>, onValue: (value: T) => void, onError?: (error: unknown) => void) {
  const subscription = liveQuery(read).subscribe({ next: onValue, error: onError ?? ((e) => console.error(e)) });
  return () => subscription.unsubscribe();
}
