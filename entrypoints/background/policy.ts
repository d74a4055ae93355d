import { browser } from 'wxt/browser';
import { applyPolicy } from '@/storage/policy/apply';
import { type PolicyRead, readPolicy } from '@/storage/policy/read';

/** The managed storage area, small enough to fake: Chrome's `3rdparty` policy, Firefox's policies.json. */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

/**
 * What the organisation set, checked; undefined when it sets nothing. Firefox without a
 * policies.json for the extension has no managed storage at all: that is nothing set too.
 */
export async function readManagedPolicy(area: ManagedArea = browser.storage.managed): Promise<PolicyRead | undefined> {
  let raw: Record<string, unknown> | undefined;
  try {
    raw = await area.get();
  } catch {
    return undefined;
  }
  return raw && Object.keys(raw).length > 0 ? readPolicy(raw) : undefined;
}

/**
 * Applies what the organisation set by policy. A bad policy changes nothing here:
 * Settings reads the same values and says what is wrong.
 */
export async function applyManagedPolicy(now: number, area?: ManagedArea): Promise<void> {
  const read = (await readManagedPolicy(area)) ?? { ok: true, policy: {} };
  if (read.ok) await applyPolicy(read.policy, new Date(now).toISOString());
}
