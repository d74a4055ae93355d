import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ROOT } from './helpers';

/**
 * Where a picture for the docs is written. `npm run screenshots` (SCREENSHOTS=1) writes them into
 * docs/, where the README and the store listing show them; `npm test` takes the same pictures
 * into tests/.artifacts/screenshots/ (git-ignored), so that a run leaves the tree as it was.
 */
const WRITES_DOCS = process.env.SCREENSHOTS === '1';

/** The absolute path for `docsPath` (relative to docs/, e.g. `store/popup.png`), its folder made. */
export async function screenshotPath(docsPath: string): Promise<string> {
  const path = join(ROOT, ...(WRITES_DOCS ? ['docs'] : ['tests', '.artifacts', 'screenshots']), docsPath);
  await mkdir(dirname(path), { recursive: true });
  return path;
}
