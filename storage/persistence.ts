/**
 * Asks the browser not to evict the data under storage pressure. Chrome grants it to
 * extensions with `unlimitedStorage`; Firefox may ask the person. Never throws.
 */
export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage) {
  try {
    if (!storage?.persist) return false;
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
