import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROME_BUILD } from './helpers';

/**
 * Copies the chrome build into `dir` (an empty scratch folder) with `clipboardWrite` declared in
 * its manifest: the product asks for it at the first copy, a prompt headless Chromium cannot
 * answer. Returns `dir`, to pass as the build of `launchExtension` or `freshBrowsers`.
 */
export async function buildWithClipboard(dir: string): Promise<string> {
  await cp(CHROME_BUILD, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  manifest.permissions.push('clipboardWrite');
  manifest.optional_permissions = manifest.optional_permissions.filter((p: string) => p !== 'clipboardWrite');
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
