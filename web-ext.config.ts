import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// Dev mode opens a browser with the extension loaded. A headless Linux box has no display
// (and CI none either): then dev mode only builds and watches, and says which folder to load.
const onLinux = process.platform === 'linux';
const hasDisplay = !onLinux || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const linuxChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) =>
  existsSync(path),
);

export default defineWebExtConfig({
  disabled: !hasDisplay || (onLinux && !linuxChromium),
  binaries: linuxChromium ? { chrome: linuxChromium } : {},
  chromiumArgs: ['--no-first-run'],
});
