/** The extension's one IndexedDB database, opened by Dexie (database.ts) and read plainly by raw-read.ts. */
export const DB_NAME = 'green-office';
