import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { db } from '@/storage/db/database';
import { campaignOf } from '@/tests/fixtures/campaign';

const office = campaignOf({ id: 'so-nn-mt-2027', start: '2027-06-01', end: '2027-06-30' });
const JUNE_2 = Date.parse('2027-06-02T09:00:00+07:00');

async function startWithPolicy(values: Record<string, unknown>) {
  vi.setSystemTime(JUNE_2);
  await fakeBrowser.storage.managed.set(values);
  background.main();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
}

const settings = () => db.settings.get('me');

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

describe('settings pushed by browser policy', () => {
  it('make the organisation’s campaign active at install, from the file’s text', async () => {
    await startWithPolicy({ campaign: JSON.stringify(office), collectsReports: true, reminderTime: '08:30' });
    expect(await settings()).toMatchObject({ activeCampaignId: office.id, adminMode: true, reminderTime: '08:30' });
    expect(await db.campaigns.get(office.id)).toMatchObject({ source: 'policy' });
  });

  it('change nothing stored when the policy is bad', async () => {
    await startWithPolicy({ campaign: '{"format": "green-office/campaign"' });
    const before = { campaigns: await db.campaigns.toArray(), settings: await db.settings.toArray() };
    expect(before.campaigns.map((c) => c.id)).not.toContain(office.id);
    await fakeBrowser.storage.managed.set({ reminderTime: 'noon' });
    expect({ campaigns: await db.campaigns.toArray(), settings: await db.settings.toArray() }).toEqual(before);
  });

  it('apply at once when the organisation changes the policy while the browser runs', async () => {
    await startWithPolicy({});
    expect((await settings())?.activeCampaignId).not.toBe(office.id);
    // The fake browser announces the change as Chrome does: storage.onChanged, area "managed".
    await fakeBrowser.storage.managed.set({ campaign: JSON.stringify(office) });
    await vi.waitFor(async () => expect((await settings())?.activeCampaignId).toBe(office.id));
  });

  it('leave a browser without managed storage (Firefox with no policies.json) as it was', async () => {
    vi.setSystemTime(JUNE_2);
    const { applyManagedPolicy } = await import('@/entrypoints/background/policy');
    await applyManagedPolicy(JUNE_2, {
      get: () => Promise.reject(new Error('Managed storage manifest not found')),
    });
    expect(await db.settings.count()).toBe(0);
  });
});
