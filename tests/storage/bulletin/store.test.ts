import { beforeEach, describe, expect, it, vi } from 'vitest';
import { enOptions as en } from '@/components/i18n/en/options';
import { viOptions as viStrings } from '@/components/i18n/vi/options';
import { departmentFigures } from '@/storage/admin/figures';
import { readAdmin, setHeadcount } from '@/storage/admin/office';
import { summaryFormat } from '@/storage/admin/summaries';
import { validateBulletin } from '@/storage/bulletin/schema';
import {
  type Bulletin,
  buildBulletin,
  bulletinFileName,
  loadBulletinFile,
  readBulletin,
  timestampIn,
} from '@/storage/bulletin/store';
import { BUILT_IN_CAMPAIGN, ensureBuiltInCampaign, loadCampaign } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import type { Summary } from '@/storage/summary/schema';
import type { Campaign } from '@/storage/types';
import { campaignOf } from '@/tests/fixtures/campaign';
import { generateSummaries, summaryFile, summaryTotals, textFile } from '@/tests/fixtures/summaries.js';

// The built-in campaign: 5–30 June 2024 in Vietnam, seven departments, no headcounts in the file.
const campaign = BUILT_IN_CAMPAIGN;
/** Monday 1 July 2024, 10:00 in Vietnam: the campaign is over. */
const AFTER = '2024-07-01T10:00:00+07:00';

beforeEach(() => ensureBuiltInCampaign('2024-06-01T00:00:00Z'));

/** Merges summaries as the admin office does (its own import), then reads what it keeps. */
async function adminWith(summaries: readonly Summary[], c: Campaign = campaign) {
  const verdicts = await previewFiles(
    summaryFormat,
    summaries.map((s) => summaryFile(s)),
    c,
  );
  await commitFiles(summaryFormat, verdicts, c.id, AFTER);
  return readAdmin(c.id);
}

/** A bulletin as its file holds it, loaded by staff as a picked file. */
const load = (bulletin: unknown, name = 'ban-tin.json', at = '2024-07-02T08:00:00Z') =>
  loadBulletinFile(textFile(name, JSON.stringify(bulletin)), at);

describe('building the bulletin', () => {
  it('is a docs/formats.md §3 file, accepted by the reader, with exactly its fields', async () => {
    const { summaries } = generateSummaries({ campaign, people: 20, seed: 3 });
    const bulletin = buildBulletin(campaign, await adminWith(summaries), AFTER);
    expect(Object.keys(bulletin)).toEqual(['format', 'version', 'campaign', 'generatedAt', 'departments']);
    expect(bulletin).toMatchObject({
      format: 'green-office/bulletin',
      version: 1,
      campaign: { id: campaign.id, start: '2024-06-05', end: '2024-06-30', timeZone: 'Asia/Ho_Chi_Minh' },
      generatedAt: AFTER,
    });
    expect(Object.keys(bulletin.campaign)).toEqual(['id', 'start', 'end', 'timeZone']);
    expect(bulletin.departments.map((d) => d.id)).toEqual(campaign.departments.map((d) => d.id));
    for (const d of bulletin.departments) {
      expect(Object.keys(d)).toEqual(['id', 'name', 'headcount', 'days']);
      expect(d.name).toEqual(campaign.departments.find((x) => x.id === d.id)!.name);
      expect(d.days).toHaveLength(26);
      for (const day of d.days) expect(Object.keys(day)).toEqual(['date', 'participants', 'pledges']);
    }
    expect(validateBulletin(JSON.parse(JSON.stringify(bulletin)), [campaign])).toEqual({
      ok: true,
      bulletin,
      campaign,
    });
  });

  it('holds the figures of departmentFigures and of the generator’s own arithmetic', async () => {
    const { summaries } = generateSummaries({ campaign, people: 60, seed: 42 });
    const admin = await adminWith(summaries);
    const bulletin = buildBulletin(campaign, admin, AFTER);
    const figures = departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster);
    const totals = summaryTotals(summaries, campaign);
    for (const [i, d] of bulletin.departments.entries()) {
      const f = figures[i]!;
      expect(d.headcount).toBe(f.denominator);
      expect(d.days).toEqual(f.days.map(({ date, participants, pledges }) => ({ date, participants, pledges })));
      const t = totals.departments[d.id]!;
      expect(d.headcount).toBe(t.people);
      expect(
        Object.fromEntries(d.days.map((day) => [day.date, { participants: day.participants, pledges: day.pledges }])),
      ).toEqual(t.byDate);
    }
  });

  it('uses the headcount the admin set, else the campaign file’s, else the people known', async () => {
    const own = campaignOf();
    await loadCampaign(own, '2024-06-01T00:00:00Z');
    await setHeadcount(own.id, 'ldvp', 9);
    const { summaries } = generateSummaries({ campaign: own, people: 5, seed: 8 });
    const bulletin = buildBulletin(own, await adminWith(summaries, own), AFTER);
    // ldvp: the admin's 9 over the file's 4; hctc-qttv: the file's 12.
    expect(bulletin.departments.map((d) => [d.id, d.headcount])).toEqual([
      ['ldvp', 9],
      ['hctc-qttv', 12],
    ]);
    const bare = buildBulletin(
      campaign,
      await adminWith(generateSummaries({ campaign, people: 7, seed: 9, departments: ['ldvp'] }).summaries),
      AFTER,
    );
    expect(bare.departments.find((d) => d.id === 'ldvp')!.headcount).toBe(7);
    expect(bare.departments.find((d) => d.id === 'kinh-te')!.headcount).toBe(0);
  });

  it('stops at the day it is made, in the campaign’s time zone', async () => {
    const admin = await adminWith(generateSummaries({ campaign, people: 4, seed: 5, exportedAt: AFTER }).summaries);
    // 12 June, 23:30 in Vietnam is still 12 June there (16:30 UTC).
    const mid = buildBulletin(campaign, admin, '2024-06-12T16:30:00Z');
    expect(mid.departments[0]!.days.map((d) => d.date)).toEqual([
      '2024-06-05',
      '2024-06-06',
      '2024-06-07',
      '2024-06-08',
      '2024-06-09',
      '2024-06-10',
      '2024-06-11',
      '2024-06-12',
    ]);
    expect(buildBulletin(campaign, admin, '2024-06-01T10:00:00+07:00').departments[0]!.days).toEqual([]);
    expect(bulletinFileName(mid)).toBe('ban-tin_backan-vp-wed-2024_2024-06-12.json');
  });

  it('never holds a participant’s name, id, note or file name, anywhere in the file', async () => {
    const { summaries } = generateSummaries({ campaign, people: 21, seed: 77 });
    const secrets: string[] = [];
    for (const [i, s] of summaries.entries()) {
      s.participant.name = `Zyxwu Bí Mật ${i} Quỳnh`;
      for (const [j, d] of s.days.entries()) d.note = `GHI-CHU-RIENG ${i}.${j} không được lộ`;
      if (s.days.length === 0)
        s.days.push({ date: campaign.start, pledges: {}, note: `GHI-CHU-RIENG ${i} chỉ có ghi chú` });
      secrets.push(s.participant.name, s.participant.id, ...s.days.map((d) => d.note!));
    }
    const admin = await adminWith(summaries);
    expect(admin.submissions).toHaveLength(21);
    const text = JSON.stringify(buildBulletin(campaign, admin, AFTER), null, 2);
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const row of admin.submissions) expect(text).not.toContain(row.fileName);
    // Not even a fragment: no distinctive word of a name or a note, no UUID shape at all.
    expect(text).not.toMatch(/Zyxwu|Bí Mật|GHI-CHU-RIENG|không được lộ/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
    expect(text).not.toMatch(/"(note|participant|participantId|fileName|revision|exportedAt)"/);
  });
});

describe('timestamps and file names', () => {
  it.each([
    ['2024-07-01T03:00:00.456Z', 'Asia/Ho_Chi_Minh', '2024-07-01T10:00:00+07:00'],
    ['2024-07-01T03:00:00Z', 'UTC', '2024-07-01T03:00:00+00:00'],
    ['2024-07-01T03:00:00Z', 'America/New_York', '2024-06-30T23:00:00-04:00'],
    ['2024-01-15T03:00:00Z', 'America/New_York', '2024-01-14T22:00:00-05:00'],
    ['2024-07-01T03:00:00Z', 'Asia/Kolkata', '2024-07-01T08:30:00+05:30'],
  ])('writes %s in %s as %s', (instant, zone, expected) => {
    expect(timestampIn(Date.parse(instant), zone)).toBe(expected);
    expect(Date.parse(expected)).toBe(Math.floor(Date.parse(instant) / 1000) * 1000);
  });
});

/** A small valid bulletin for the test campaign's reader, as raw JSON to break one rule at a time. */
function validJson(): Record<string, any> {
  return {
    format: 'green-office/bulletin',
    version: 1,
    campaign: { id: 'backan-vp-wed-2024', start: '2024-06-05', end: '2024-06-30', timeZone: 'Asia/Ho_Chi_Minh' },
    generatedAt: '2024-06-12T10:00:00+07:00',
    departments: [
      {
        id: 'ldvp',
        name: { vi: 'Lãnh đạo Văn phòng' },
        headcount: 4,
        days: [{ date: '2024-06-11', participants: 3, pledges: { 'no-nylon-bags': 3 } }],
      },
      {
        id: 'hctc-qttv',
        name: { vi: 'Phòng HCTC-QTTV' },
        headcount: 0,
        days: [{ date: '2024-06-12', participants: 0, pledges: {} }],
      },
    ],
  };
}

const broken = (mutate: (b: any) => void) => {
  const b = validJson();
  mutate(b);
  return b;
};

describe('loading a bulletin', () => {
  it('keeps a valid bulletin for its campaign and reads it back without unknown fields', async () => {
    const file = broken((b) => {
      b.comment = 'made by a later app';
      b.people = [{ name: 'Nguyễn Văn A' }];
      b.departments[0].members = ['Nguyễn Văn A'];
      b.departments[0].days[0].notes = ['riêng tư'];
    });
    expect(await load(file)).toMatchObject({ outcome: 'loaded', campaign: { id: campaign.id } });
    expect(await readBulletin(campaign.id)).toEqual(validJson());
    expect(await db.bulletins.get(campaign.id)).toMatchObject({
      generatedAt: '2024-06-12T10:00:00+07:00',
      loadedAt: '2024-07-02T08:00:00Z',
    });
  });

  it.each<[string, (b: any) => void, { path: string; rule: string }]>([
    ['no format', (b) => delete b.format, { path: 'format', rule: 'bulletin-format' }],
    ['another format', (b) => (b.format = 'green-office/summary'), { path: 'format', rule: 'bulletin-format' }],
    ['a newer version', (b) => (b.version = 2), { path: 'version', rule: 'version-newer' }],
    ['version 0', (b) => (b.version = 0), { path: 'version', rule: 'version' }],
    ['no departments', (b) => delete b.departments, { path: 'departments', rule: 'required' }],
    ['a campaign not loaded', (b) => (b.campaign.id = 'another-2024'), { path: 'campaign', rule: 'campaign-mismatch' }],
    [
      'the campaign with another end',
      (b) => (b.campaign.end = '2024-07-05'),
      { path: 'campaign', rule: 'campaign-mismatch' },
    ],
    [
      'the campaign in another time zone',
      (b) => (b.campaign.timeZone = 'Asia/Bangkok'),
      { path: 'campaign', rule: 'campaign-mismatch' },
    ],
    [
      'a time without offset',
      (b) => (b.generatedAt = '2024-06-12T10:00:00'),
      { path: 'generatedAt', rule: 'timestamp' },
    ],
    [
      'a department not in the campaign',
      (b) => (b.departments[1].id = 'phong-moi'),
      { path: 'departments[1].id', rule: 'department-unknown' },
    ],
    [
      'a department id with capitals',
      (b) => (b.departments[1].id = 'HCTC'),
      { path: 'departments[1].id', rule: 'department-id' },
    ],
    ['a department twice', (b) => (b.departments[1].id = 'ldvp'), { path: 'departments[1].id', rule: 'duplicate-id' }],
    [
      'a name without Vietnamese',
      (b) => (b.departments[0].name = { en: 'Leaders' }),
      { path: 'departments[0].name.vi', rule: 'type-label' },
    ],
    [
      'a date that does not exist',
      (b) => (b.departments[0].days[0].date = '2024-06-31'),
      { path: 'departments[0].days[0].date', rule: 'date' },
    ],
    [
      'a date before the campaign',
      (b) => (b.departments[0].days[0].date = '2024-06-04'),
      { path: 'departments[0].days[0].date', rule: 'date-outside' },
    ],
    [
      'a date after the bulletin was made',
      (b) => (b.departments[1].days[0].date = '2024-06-13'),
      { path: 'departments[1].days[0].date', rule: 'date-after-export' },
    ],
    [
      'a date twice',
      (b) => b.departments[0].days.push({ date: '2024-06-11', participants: 1, pledges: {} }),
      { path: 'departments[0].days[1].date', rule: 'date-duplicate' },
    ],
    [
      'negative participants',
      (b) => (b.departments[0].days[0].participants = -1),
      { path: 'departments[0].days[0].participants', rule: 'figure' },
    ],
    [
      'fractional participants',
      (b) => (b.departments[0].days[0].participants = 1.5),
      { path: 'departments[0].days[0].participants', rule: 'figure' },
    ],
    [
      'participants as text',
      (b) => (b.departments[0].days[0].participants = '3'),
      { path: 'departments[0].days[0].participants', rule: 'figure' },
    ],
    [
      'a huge headcount',
      (b) => (b.departments[0].headcount = 1e300),
      { path: 'departments[0].headcount', rule: 'figure' },
    ],
    [
      'a negative headcount',
      (b) => (b.departments[0].headcount = -4),
      { path: 'departments[0].headcount', rule: 'figure' },
    ],
    [
      'a negative pledge count',
      (b) => (b.departments[0].days[0].pledges['no-nylon-bags'] = -2),
      { path: 'departments[0].days[0].pledges.no-nylon-bags', rule: 'figure' },
    ],
    [
      'a pledge not in the campaign',
      (b) => (b.departments[0].days[0].pledges['bike-to-work'] = 2),
      { path: 'departments[0].days[0].pledges.bike-to-work', rule: 'pledge-unknown' },
    ],
  ])('refuses %s, names the rule in both languages and writes nothing', async (_name, mutate, issue) => {
    expect(await load(broken(mutate))).toEqual({ outcome: 'refused', issue });
    expect(await db.bulletins.count()).toBe(0);
    expect(viStrings[`rule.${issue.rule}` as keyof typeof viStrings]).toBeTruthy();
    expect(en[`rule.${issue.rule}` as keyof typeof en]).toBeTruthy();
  });

  it.each([
    ['a list', '[1, 2]', { path: '', rule: 'type-object' }],
    ['a cut-off file', '{"format": "green-office/bulletin", "version": 1', { path: '', rule: 'json' }],
    [
      'a forbidden key deep inside',
      JSON.stringify(validJson()).replace('"headcount":4', '"headcount":4,"__proto__":{"x":1}'),
      { path: 'departments[0].__proto__', rule: 'forbidden-key' },
    ],
  ])('refuses %s from its text and writes nothing', async (_name, text, issue) => {
    expect(await loadBulletinFile(textFile('x.json', text), AFTER)).toEqual({ outcome: 'refused', issue });
    expect(await db.bulletins.count()).toBe(0);
  });

  it('refuses a file over 5 MB without reading it, and one that cannot be read', async () => {
    // Issue #10: read as bytes by the shared reader, so the fakes give streams, not `text()`.
    const stream = vi.fn(() => new Blob([JSON.stringify(validJson())]).stream());
    expect(await loadBulletinFile({ size: 5 * 1024 * 1024 + 1, stream }, AFTER)).toEqual({
      outcome: 'refused',
      issue: { path: '', rule: 'too-large' },
    });
    expect(stream).not.toHaveBeenCalled();
    const gone = new ReadableStream<Uint8Array>({ pull: (c) => c.error(new Error('gone')) });
    const failing = { size: 10, stream: () => gone };
    expect(await loadBulletinFile(failing, AFTER)).toEqual({
      outcome: 'refused',
      issue: { path: '', rule: 'unreadable' },
    });
    expect(await db.bulletins.count()).toBe(0);
  });

  it('replaces the kept bulletin with a newer one, compared as instants, not as text', async () => {
    await load(validJson());
    // 03:00 UTC is 10:00 in Vietnam: one hour after 09:00+07:00, though it sorts first as text.
    const earlier = broken((b) => (b.generatedAt = '2024-06-12T09:00:00+07:00'));
    const newer = broken((b) => {
      b.generatedAt = '2024-06-12T04:00:00Z';
      b.departments[0].days[0].participants = 4;
    });
    expect(await load(newer)).toMatchObject({ outcome: 'replaced', kept: '2024-06-12T10:00:00+07:00' });
    expect((await readBulletin(campaign.id))!.departments[0]!.days[0]!.participants).toBe(4);
    expect(await load(earlier)).toMatchObject({ outcome: 'older', kept: '2024-06-12T04:00:00Z' });
    expect(await load(newer)).toMatchObject({ outcome: 'same' });
    expect(await db.bulletins.count()).toBe(1);
    expect(await readBulletin(campaign.id)).toEqual(newer);
  });

  it('keeps one bulletin per campaign', async () => {
    const own = campaignOf();
    await loadCampaign(own, '2024-06-01T00:00:00Z');
    const other = broken((b) => (b.campaign.id = own.id));
    other.departments[0].days[0].pledges = { 'tree-planting': 7 };
    await load(validJson());
    expect(await load(other)).toMatchObject({ outcome: 'loaded' });
    expect((await readBulletin(campaign.id))!.campaign.id).toBe(campaign.id);
    expect((await readBulletin(own.id))!.departments[0]!.days[0]!.pledges).toEqual({ 'tree-planting': 7 });
    expect(await readBulletin('nothing-here')).toBeNull();
  });

  it('loads what the admin office built, through its JSON text', async () => {
    const built: Bulletin = buildBulletin(
      campaign,
      await adminWith(generateSummaries({ campaign, people: 9, seed: 1 }).summaries),
      AFTER,
    );
    expect(await load(built, bulletinFileName(built))).toMatchObject({ outcome: 'loaded' });
    expect(await readBulletin(campaign.id)).toEqual(built);
  });
});
