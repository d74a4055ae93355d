/**
 * Asks the browser not to evict the data under storage pressure. Chrome grants it to
 * extensions with `unlimitedStorage`; Firefox may ask the person. Never throws.
 */
// Not named `storage`: WXT 0.20's unimport plugin runs even with `imports: false` and would
// add its whole storage module (~3 kB gzip) to every page that used a bare `storage` name.
export async function requestPersistence(manager: StorageManager | undefined = globalThis.navigator?.storage) {
  try {
    if (!manager?.persist) return false;
    return (await manager.persisted()) || (await manager.persist());
  } catch {
    return false;
  }
}
