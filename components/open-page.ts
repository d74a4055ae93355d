import { browser } from 'wxt/browser';

/** Opens the dashboard (options page) in a tab, at a section when given, and closes the popup. */
export async function openDashboard(section?: string, win: Window = window): Promise<void> {
  if (section) await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
  else await browser.runtime.openOptionsPage();
  win.close();
}
