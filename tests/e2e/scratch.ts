import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * A folder for the files one test writes (campaigns, summaries, downloads), removed after each
 * test: call the returned function for it; it is made once a test, named `prefix…` in the
 * system's temporary folder. Call at the top of a test file, once for each folder a test needs.
 */
export function scratchFolders(prefix = 'green-office-'): () => Promise<string> {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return async () => {
    dir ??= await mkdtemp(join(tmpdir(), prefix));
    return dir;
  };
}
