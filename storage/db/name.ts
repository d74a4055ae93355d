/**
 * The extension's one IndexedDB database, opened by Dexie (database.ts) and read plainly for the
 * popup's first paint (storage/staff/today-read.ts).
 */
export const DB_NAME = 'green-office';
