import { describe, expect, it } from 'vitest';
import { listCampaigns, loadCampaign, startPersonalChallenge } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { carryOver, readCarryOver } from '@/storage/staff/carry-over';
import { listEntries, saveNote, setPledgeCount } from '@/storage/staff/entries';
import type { Campaign } from '@/storage/types';
import { campaignOf } from '@/tests/fixtures/campaign';
import { storedActiveCampaign, storedProfile } from '@/tests/fixtures/stored';

const AT = '2026-12-01T03:00:00Z';

async function challenge(): Promise<Campaign> {
  return startPersonalChallenge({ name: '  Lê Thu Hà ', today: '2026-12-01', timeZone: 'Asia/Ho_Chi_Minh', at: AT });
}

const record = (campaign: Campaign, date: string, pledgeId: string, count = 1) =>
  setPledgeCount({ campaign, date, pledgeId, count, today: date, at: `${date}T03:00:00Z` });

describe('starting the 30-day challenge (issue #9)', () => {
  it('makes a personal campaign from today for 30 days, active, with the name and no department to choose', async () => {
    const campaign = await challenge();
    expect(campaign).toMatchObject({ start: '2026-12-01', end: '2026-12-30', timeZone: 'Asia/Ho_Chi_Minh' });
    expect((await storedActiveCampaign())?.id).toBe(campaign.id);
    expect((await listCampaigns()).map((r) => [r.id, r.source])).toEqual([[campaign.id, 'personal']]);
    expect(await storedProfile()).toMatchObject({ name: 'Lê Thu Hà', department: 'ca-nhan' });
  });

  it('refuses an empty name and writes nothing', async () => {
    await expect(
      startPersonalChallenge({ name: ' ', today: '2026-12-01', timeZone: 'Asia/Ho_Chi_Minh', at: AT }),
    ).rejects.toThrow('name-empty');
    expect([await listCampaigns(), await storedProfile(), await db.settings.get('me')]).toEqual([
      [],
      undefined,
      undefined,
    ]);
  });

  it('runs in the zone given, or the template’s when the browser names none it knows', async () => {
    const odd = await startPersonalChallenge({ name: 'An', today: '2026-12-01', timeZone: 'Mars/Base', at: AT });
    expect(odd.timeZone).toBe('Asia/Ho_Chi_Minh');
    const paris = await startPersonalChallenge({ name: 'An', today: '2026-12-01', timeZone: 'Europe/Paris', at: AT });
    expect(paris.timeZone).toBe('Europe/Paris');
    expect(paris.id).not.toBe(odd.id);
  });
});

describe('carrying the challenge’s days over to an office campaign (issue #9)', () => {
  const office = campaignOf({
    id: 'office-2026',
    start: '2026-12-03',
    end: '2026-12-31',
    timeZone: 'Asia/Ho_Chi_Minh',
  });

  it('offers the overlapping days with pledges the office campaign has, and leaves the others where they are', async () => {
    const personal = await challenge();
    await record(personal, '2026-12-02', 'no-nylon-bags');
    await record(personal, '2026-12-03', 'no-nylon-bags');
    await record(personal, '2026-12-03', 'clean-up', 2);
    await record(personal, '2026-12-04', 'learn-env-law'); // not a pledge of the office campaign
    await loadCampaign(office, AT);
    const plan = await readCarryOver(personal, office);
    expect(plan.dates).toEqual(['2026-12-03']);
    expect(plan.entries.map((e) => [e.date, e.pledgeId, e.count])).toEqual([['2026-12-03', 'no-nylon-bags', 1]]);
    expect(plan.left).toBe(1);
  });

  it('copies only when asked, keeps the challenge’s days, and never overwrites what the office campaign has', async () => {
    const personal = await challenge();
    const withClean = { ...office, pledges: [...office.pledges, personal.pledges.find((p) => p.id === 'clean-up')!] };
    await record(personal, '2026-12-03', 'no-nylon-bags');
    await record(personal, '2026-12-04', 'clean-up', 2);
    await saveNote({ campaign: personal, date: '2026-12-03', note: 'Mang túi vải', today: '2026-12-03', at: AT });
    await loadCampaign(withClean, AT);
    await record(withClean, '2026-12-04', 'clean-up', 5);
    expect(await listEntries(withClean.id)).toHaveLength(1);

    // 4 December already holds the office campaign's own count: only 3 December comes over.
    expect(await carryOver(personal, withClean, '2026-12-05T03:00:00Z')).toBe(1);
    const kept = (await listEntries(withClean.id)).map((e) => [e.date, e.pledgeId, e.count]);
    expect(kept.sort()).toEqual([
      ['2026-12-03', 'no-nylon-bags', 1],
      ['2026-12-04', 'clean-up', 5],
    ]);
    expect(await listEntries(personal.id)).toHaveLength(2);
    expect((await db.notes.get([withClean.id, '2026-12-03']))?.note).toBe('Mang túi vải');
    // Asked again, there is nothing left to carry.
    expect((await readCarryOver(personal, withClean)).dates).toEqual([]);
  });
});
