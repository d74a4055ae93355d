import { browser } from 'wxt/browser';

/** Messages from the pages to the background; the one protocol between contexts. */
export type BackgroundMessage =
  /** Pledges of the active campaign changed: redraw the badge. */
  | { type: 'entries-changed' }
  /** Settings or the active campaign changed: redraw the badge and re-plan the alarms. */
  | { type: 'settings-changed' };

/**
 * Tells the background something changed. It wakes the service worker if it sleeps; a missing
 * listener (the background is restarting) is not the page's problem, so it never throws.
 */
export async function notifyBackground(message: BackgroundMessage, runtime = browser.runtime): Promise<void> {
  try {
    await runtime.sendMessage(message);
  } catch {
    // The background recomputes on its next start and at every day turn anyway.
  }
}

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'entries-changed' || type === 'settings-changed';
}
