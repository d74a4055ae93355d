import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type LaunchedExtension, launchExtension, snapshotBuild } from './helpers';

/**
 * Chromium on Linux reads the machine's policies at launch from a file in its managed folder
 * (TOOLCHAIN.md), `/etc/chromium/policies/managed/…`: it applies to every Chromium on the
 * machine, so the file names only this launch's extension id, and is removed on `close`.
 * The first launch only tells the id, which comes from the build folder's path; the second runs
 * under the policy. Returns that browser and the id the policy file names.
 */
export async function launchUnderPolicy(
  file: string,
  policy: object,
): Promise<{ ext: LaunchedExtension; namedId: string }> {
  const build = await snapshotBuild();
  const cleanUp = async () => {
    await rm(file, { force: true });
    await build.remove();
  };
  try {
    const first = await launchExtension({ dir: build.dir, snapshot: false });
    const namedId = first.extensionId;
    await first.close();
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [namedId]: policy } } }));
    const ext = await launchExtension({ dir: build.dir, snapshot: false });
    const close = async () => {
      await ext.close();
      await cleanUp();
    };
    return { ext: { ...ext, close }, namedId };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
