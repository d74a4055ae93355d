import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/storage/db/database';

// `findBy…`/`waitFor` give a page up to 4 s (1 s by default), so a busy 2-core machine does not fail a
// test whose page is only slow; the test's own 5 s limit still ends one that never gets there.
configure({ asyncUtilTimeout: 4000 });

// Every test starts with an empty database and a fresh fake browser.
beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

afterEach(() => cleanup());
