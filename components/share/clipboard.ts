import { browser } from 'wxt/browser';

/**
 * Copies to the clipboard with `clipboardWrite`, an optional permission (least privilege):
 * asked for at the first copy, from the click itself, and not again once granted.
 * Without it, Chromium may leave a write of an image unsettled.
 */

const CLIPBOARD: { permissions: 'clipboardWrite'[] } = { permissions: ['clipboardWrite'] };

export interface ClipboardDeps {
  permissions: { contains(p: typeof CLIPBOARD): Promise<boolean>; request(p: typeof CLIPBOARD): Promise<boolean> };
  clipboard: Pick<Clipboard, 'write' | 'writeText'>;
  makeItem: (blob: Promise<Blob>) => ClipboardItem;
}

const defaults = (): ClipboardDeps => ({
  permissions: browser.permissions,
  clipboard: navigator.clipboard,
  makeItem: (blob) => new ClipboardItem({ 'image/png': blob }),
});

export type CopyOutcome = 'copied' | 'refused';

async function allowed(deps: ClipboardDeps): Promise<boolean> {
  if (await deps.permissions.contains(CLIPBOARD)) return true;
  return deps.permissions.request(CLIPBOARD);
}

export async function copyPicture(png: Promise<Blob>, deps: ClipboardDeps = defaults()): Promise<CopyOutcome> {
  if (!(await allowed(deps))) return 'refused';
  await deps.clipboard.write([deps.makeItem(png)]);
  return 'copied';
}

export async function copyText(text: string, deps: ClipboardDeps = defaults()): Promise<CopyOutcome> {
  if (!(await allowed(deps))) return 'refused';
  await deps.clipboard.writeText(text);
  return 'copied';
}
