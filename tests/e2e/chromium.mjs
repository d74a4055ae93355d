// How every browser test and benchmark starts Debian's Chromium with the built extension: one
// place for the binary and its flags. Plain JavaScript, so the benchmarks (run by Node) share it.

/** Debian's Chromium (`apt-get install -y chromium`); Playwright cannot download browsers here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Options for `chromium.launchPersistentContext` with one unpacked extension loaded. Headless
 * "new" keeps extensions working; the background-networking flags keep Chromium from calling
 * hosts this closed network refuses.
 */
export function extensionLaunchOptions(extensionDir, { viewport, env, args = [] } = {}) {
  return {
    executablePath: CHROMIUM,
    headless: false,
    ...(viewport && { viewport }),
    ...(env && { env }),
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...args,
    ],
  };
}
