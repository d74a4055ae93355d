import { browser } from 'wxt/browser';
import { applyPolicy } from '@/storage/policy/apply';
import { readPolicy } from '@/storage/policy/read';

/** The managed storage area, small enough to fake: Chrome's `3rdparty` policy, Firefox's policies.json. */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

/**
 * Applies what the organisation set by policy (issue #14). A bad policy changes nothing here:
 * Settings reads the same values and says what is wrong.
 */
export async function applyManagedPolicy(now: number, area: ManagedArea = browser.storage.managed): Promise<void> {
  let raw: Record<string, unknown>;
  try {
    raw = await area.get();
  } catch {
    // Firefox without a policies.json for the extension has no managed storage at all.
    return;
  }
  const read = readPolicy(raw ?? {});
  if (read.ok) await applyPolicy(read.policy, new Date(now).toISOString());
}
