import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/storage/db/database';

// Every test starts with an empty database and a fresh fake browser.
beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

afterEach(() => cleanup());
