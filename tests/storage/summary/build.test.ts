import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN, loadCampaign } from '@/storage/campaign/store';
import { db, type EntryRow, type NoteRow } from '@/storage/db/database';
import { saveNote, setPledgeCount } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import {
  buildSummary,
  exportSummary,
  previewSummary,
  type SummaryInput,
  slug,
  summaryCsvName,
  summaryFileName,
} from '@/storage/summary/build';
import { validateSummary } from '@/storage/summary/schema';
import { addDays, campaignDates } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';
import { campaignOf } from '@/tests/fixtures/campaign';
import { d, entryRow, noteRow, tombstoneRow } from '@/tests/fixtures/entries';
import { storedProfile } from '@/tests/fixtures/stored';
import { seededRandom } from '@/tests/fixtures/summary';

const campaign = BUILT_IN_CAMPAIGN;
const APP = 'Cam kết Văn phòng xanh 1.0.0';
const PROFILE = {
  participantId: '3f2b8c1e-7a4d-4e9b-9c1a-2d5e6f708192',
  name: 'Nguyễn Thị Lan',
  department: 'hctc-qttv',
};
/** 10:00 on Wednesday 12 June in Vietnam. */
const EXPORTED_AT = '2024-06-12T10:00:00+07:00';

const kept = (date: string, pledgeId = 'no-nylon-bags', fields: Partial<EntryRow> = {}) =>
  entryRow({ campaignId: campaign.id, date, pledgeId, ...fields });
const note = (date: string, text: string): NoteRow => noteRow(campaign.id, date, text);

function summaryOf(fields: Partial<SummaryInput> = {}) {
  return buildSummary({
    campaign,
    profile: PROFILE,
    entries: [],
    notes: [],
    revision: 1,
    exportedAt: EXPORTED_AT,
    app: APP,
    ...fields,
  });
}
const datesOf = (fields: Partial<SummaryInput>) => summaryOf(fields).days.map((day) => day.date);

describe('what a summary holds', () => {
  it('says which campaign, who, which revision, when and from which app', () => {
    expect(summaryOf({ revision: 4 })).toEqual({
      format: 'green-office/summary',
      version: 1,
      campaign: { id: 'backan-vp-wed-2024', start: '2024-06-05', end: '2024-06-30', timeZone: 'Asia/Ho_Chi_Minh' },
      participant: { id: PROFILE.participantId, name: 'Nguyễn Thị Lan', department: 'hctc-qttv' },
      revision: 4,
      exportedAt: EXPORTED_AT,
      app: APP,
      days: [],
    });
  });

  it('lists only the days with a pledge or a note, oldest first, each once', () => {
    const summary = summaryOf({
      entries: [
        kept(d(12)),
        kept(d(10), 'tree-planting', { count: 4 }),
        kept(d(10)),
        kept(d(7), 'share-campaign', { count: 2 }),
      ],
      notes: [note(d(11), 'Quên bình nước ở nhà.'), note(d(10), 'Trồng ở vườn Chi đoàn.')],
    });
    expect(summary.days).toEqual([
      { date: d(7), pledges: { 'share-campaign': 2 } },
      { date: d(10), pledges: { 'tree-planting': 4, 'no-nylon-bags': 1 }, note: 'Trồng ở vườn Chi đoàn.' },
      { date: d(11), pledges: {}, note: 'Quên bình nước ở nhà.' },
      { date: d(12), pledges: { 'no-nylon-bags': 1 } },
    ]);
  });

  it('leaves out a note that was emptied', () => {
    expect(datesOf({ entries: [kept(d(10))], notes: [note(d(11), ''), note(d(12), ' \n ')] })).toEqual([d(10)]);
  });

  it('keeps the text of a note exactly as written', () => {
    const text = '  =Trồng 3 cây "sấu", 2 cây bàng\r\nrồi tưới nước 🌱\t';
    expect(summaryOf({ notes: [note(d(10), text)] }).days).toEqual([{ date: d(10), pledges: {}, note: text }]);
  });

  it('leaves out days before and after the campaign', () => {
    const entries = [kept('2024-06-04'), kept(d(5)), kept(d(30)), kept('2024-07-01')];
    const notes = [note('2024-06-04', 'trước'), note('2024-07-01', 'sau')];
    expect(datesOf({ entries, notes, exportedAt: '2024-07-10T09:00:00+07:00' })).toEqual([d(5), d(30)]);
  });

  it('leaves out cleared pledges (tombstones) and everything of another campaign', () => {
    const entries = [
      kept(d(10)),
      tombstoneRow({ campaignId: campaign.id, date: d(11), pledgeId: 'no-nylon-bags' }),
      kept(d(10), 'tree-planting', { count: 3, deleted: true }),
      entryRow({ campaignId: 'other-campaign', date: d(11), pledgeId: 'no-nylon-bags' }),
    ];
    const notes = [noteRow('other-campaign', d(11), 'của chiến dịch khác')];
    expect(summaryOf({ entries, notes }).days).toEqual([{ date: d(10), pledges: { 'no-nylon-bags': 1 } }]);
  });

  // The summary is about days that have begun in the campaign's time zone, wherever the
  // computer is: 18:00 UTC on 11 June is already 01:00 on 12 June in Vietnam.
  it.each([
    ['at 01:00 on 12 June in Vietnam (18:00 UTC the day before)', '2024-06-11T18:00:00Z', true],
    ['at midnight on 12 June in Vietnam', '2024-06-11T17:00:00Z', true],
    ['at 00:30 on 12 June, written with the Vietnamese offset', '2024-06-12T00:30:00+07:00', true],
    ['at 23:00 on 11 June in Vietnam (16:00 UTC)', '2024-06-11T16:00:00Z', false],
    ['a second before midnight in Vietnam', '2024-06-11T16:59:59Z', false],
    ['on the afternoon of 11 June in Honolulu, already 12 June in Vietnam', '2024-06-11T08:00:00-10:00', true],
  ])('includes a 12 June entry in a summary exported %s: %s', (_name, exportedAt, included) => {
    const dates = datesOf({ entries: [kept(d(11)), kept(d(12))], notes: [note(d(12), 'hôm nay')], exportedAt });
    expect(dates).toEqual(included ? [d(11), d(12)] : [d(11)]);
  });
});

describe('previewing and exporting the summary', () => {
  const AT = '2024-06-10T02:00:00Z';

  async function recordSomeDays(c: Campaign = campaign) {
    await saveProfile({ name: 'Nguyễn Thị Lan', department: 'hctc-qttv' }, c, AT, () => PROFILE.participantId);
    await setPledgeCount({ campaign: c, date: d(10), pledgeId: 'no-nylon-bags', count: 1, today: d(10), at: AT });
    await setPledgeCount({ campaign: c, date: d(10), pledgeId: 'tree-planting', count: 3, today: d(10), at: AT });
    await saveNote({ campaign: c, date: d(11), note: 'Trồng ở vườn Chi đoàn.', today: d(11), at: AT });
  }

  it('previews exactly what the next export will share, without spending a revision', async () => {
    await recordSomeDays();
    const first = await previewSummary(campaign, EXPORTED_AT, APP);
    const again = await previewSummary(campaign, EXPORTED_AT, APP);
    expect(first).toEqual(again);
    expect(first.revision).toBe(1);
    expect((await storedProfile())?.summaryRevision).toBeUndefined();
    // The export is the preview plus this install's signature.
    const { signature, ...exported } = await exportSummary(campaign, EXPORTED_AT, APP);
    expect(exported).toEqual(first);
    expect(signature).toMatchObject({ alg: 'ES256', publicKey: { kty: 'EC', crv: 'P-256' } });
  });

  it('gives each export the next revision and remembers it on the profile', async () => {
    await recordSomeDays();
    const revisions: number[] = [];
    for (let n = 0; n < 3; n++) revisions.push((await exportSummary(campaign, EXPORTED_AT, APP)).revision);
    expect(revisions).toEqual([1, 2, 3]);
    expect(await storedProfile()).toMatchObject({
      summaryRevision: 3,
      name: 'Nguyễn Thị Lan',
      participantId: PROFILE.participantId,
    });
    expect((await previewSummary(campaign, EXPORTED_AT, APP)).revision).toBe(4);
  });

  it('exports the recorded days with the person’s name and department', async () => {
    await recordSomeDays();
    expect(await exportSummary(campaign, EXPORTED_AT, APP)).toMatchObject({
      participant: { id: PROFILE.participantId, name: 'Nguyễn Thị Lan', department: 'hctc-qttv' },
      days: [
        { date: d(10), pledges: { 'no-nylon-bags': 1, 'tree-planting': 3 } },
        { date: d(11), pledges: {}, note: 'Trồng ở vườn Chi đoàn.' },
      ],
    });
  });

  it('refuses to export before the person has said who they are, and writes nothing', async () => {
    await expect(exportSummary(campaign, EXPORTED_AT, APP)).rejects.toThrow('profile-missing');
    await expect(previewSummary(campaign, EXPORTED_AT, APP)).rejects.toThrow('profile-missing');
    expect(await db.profile.count()).toBe(0);
  });

  // loadCampaign keeps recorded days when a newer file with the same id replaces the
  // definition. If the office drops a pledge someone already recorded, exportSummary still
  // lists it, and the admin import (the same validateSummary) refuses the whole file with
  // `pledge-unknown`: the person cannot send a summary at all, nor delete the old entry once
  // its backfill window has closed.
  it('exports a summary the office accepts after a newer campaign file drops a pledge already recorded', async () => {
    const first = campaignOf();
    await recordSomeDays(first);
    const newer = campaignOf({ pledges: first.pledges.filter((p) => p.id !== 'tree-planting') });
    await loadCampaign(newer, '2024-06-11T02:00:00Z');
    const summary = await exportSummary(newer, EXPORTED_AT, APP);
    expect(validateSummary(summary, newer)).toMatchObject({ ok: true });
  });

  // The same, when a newer file turns an action (counted) into a daily pledge: a count of 3
  // recorded under the old definition is exported and refused as `daily-count`.
  it('exports a summary the office accepts after a newer campaign file makes a counted pledge daily', async () => {
    const first = campaignOf();
    await recordSomeDays(first);
    const newer = campaignOf({ pledges: first.pledges.map((p) => ({ ...p, kind: 'daily' as const })) });
    await loadCampaign(newer, '2024-06-11T02:00:00Z');
    const summary = await exportSummary(newer, EXPORTED_AT, APP);
    expect(validateSummary(summary, newer)).toMatchObject({ ok: true });
  });
});

describe('every exported summary is one the admin import accepts', () => {
  const SYLLABLES = [
    'Nguyễn',
    'Trần',
    'Lê',
    'Phạm',
    'Đặng',
    'Thị',
    'Văn',
    'Hữu',
    'Ánh',
    'Tuyết',
    'Bình',
    'Ngọc',
    'Ơn',
    'Ưng',
  ];
  const NOTE_PARTS = [
    'Trồng cây',
    '=SUM(A1)',
    '+84 912',
    '-5 kg',
    '@admin',
    'dấu "ngoặc"',
    'a, b',
    '\n',
    '\r\n',
    '🌱',
    '  ',
    'ệ',
  ];

  /** A random instant from 1 June to 10 July 2024, written with one of several offsets. */
  function exportTime(random: () => number): string {
    const ms = Date.parse('2024-06-01T00:00:00Z') + Math.floor(random() * 40 * 86_400_000);
    const [sign, hours] = [
      ['+', 7],
      ['-', 10],
      ['+', 14],
      ['+', 0],
    ][Math.floor(random() * 4)] as [string, number];
    if (hours === 0) return new Date(ms).toISOString();
    const wall = new Date(ms + (sign === '+' ? 1 : -1) * hours * 3_600_000).toISOString().slice(0, 19);
    return `${wall}${sign}${String(hours).padStart(2, '0')}:00`;
  }

  function textOf(random: () => number, parts: string[], max: number): string {
    let text = '';
    while (random() < 0.9) {
      const next = text + parts[Math.floor(random() * parts.length)];
      if ([...next.trim()].length > max) break;
      text = next;
    }
    return text;
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('with generated days, notes, names and export times (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const c: Campaign = seed % 2 ? BUILT_IN_CAMPAIGN : campaignOf({ holidays: [d(10), d(21)] });
    const name =
      textOf(
        random,
        SYLLABLES.map((s) => `${s} `),
        100,
      ).trim() || 'Lan';
    const department = c.departments[Math.floor(random() * c.departments.length)]!.id;
    await saveProfile({ name, department }, c, '2024-06-01T00:00:00Z');
    for (const [i, date] of campaignDates(c).entries()) {
      if (random() < 0.3) continue;
      const today = addDays(date, Math.floor(random() * (c.backfillDays + 1)));
      const at = new Date(Date.parse('2024-06-05T01:00:00Z') + i * 3_600_000).toISOString();
      for (const p of c.pledges) {
        if (random() < 0.6) continue;
        const count = p.kind === 'daily' ? 1 : Math.min(1000, 1 + Math.floor(random() ** 4 * 1000));
        await setPledgeCount({ campaign: c, date, pledgeId: p.id, count, today, at });
        if (random() < 0.15) await setPledgeCount({ campaign: c, date, pledgeId: p.id, count: 0, today, at });
      }
      if (random() < 0.3) await saveNote({ campaign: c, date, note: textOf(random, NOTE_PARTS, 500), today, at });
    }

    for (let n = 0; n < 3; n++) {
      const summary = await exportSummary(c, exportTime(random), `${APP}+${seed}`);
      expect(validateSummary(summary, c)).toEqual({ ok: true, summary });
      // …and once more as the admin reads it: the JSON text of the file.
      expect(validateSummary(JSON.parse(JSON.stringify(summary)), c)).toMatchObject({ ok: true });
    }
  });

  it.each([11, 12, 13, 14, 15, 16, 17, 18, 19, 20])(
    'when built from generated rows with noise around them (seed %i)',
    (seed) => {
      const random = seededRandom(seed);
      const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
      const dates = ['2024-06-01', '2024-06-04', ...campaignDates(campaign), '2024-07-01', '2024-07-20'];
      const entries = Array.from({ length: 80 }, () => {
        const p = pick(campaign.pledges);
        const cleared = random() < 0.2;
        return entryRow({
          campaignId: random() < 0.1 ? 'other-campaign' : campaign.id,
          date: pick(dates),
          pledgeId: p.id,
          count: cleared ? 0 : p.kind === 'daily' ? 1 : 1 + Math.floor(random() * 1000),
          deleted: cleared,
          late: random() < 0.3,
        });
      });
      const notes = Array.from({ length: 20 }, () =>
        noteRow(random() < 0.1 ? 'x-campaign' : campaign.id, pick(dates), textOf(random, NOTE_PARTS, 500)),
      );
      const summary = buildSummary({
        campaign,
        profile: PROFILE,
        entries,
        notes,
        revision: seed,
        exportedAt: exportTime(random),
        app: APP,
      });
      expect(validateSummary(summary, campaign)).toEqual({ ok: true, summary });
    },
  );
});

describe('the name of the summary file', () => {
  const summary = summaryOf({ revision: 3 });

  it('says whose summary it is, for which campaign and which revision', () => {
    expect(summaryFileName(summary)).toBe('tong-hop_backan-vp-wed-2024_nguyen-thi-lan_r3.json');
    expect(summaryCsvName(summary)).toMatch(/^bang-tinh_backan-vp-wed-2024_nguyen-thi-lan_\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it.each([
    ['Nguyễn Thị Lan', 'nguyen-thi-lan'],
    ['Đặng', 'dang'],
    ['đỗ Văn Đức', 'do-van-duc'],
    ['Lê Thị Ánh Tuyết', 'le-thi-anh-tuyet'],
    ['Phạm Ngọc Ơn', 'pham-ngoc-on'],
    ['TRƯƠNG HỮU ƯNG', 'truong-huu-ung'],
    // Written with combining marks already (NFD), as some keyboards on macOS send it.
    ['Nguye\u0302\u0303n', 'nguyen'],
    ['  Trần   Hưng--Đạo, P.HCTC  ', 'tran-hung-dao-p-hctc'],
    ['Lan 2', 'lan-2'],
    ['!!!', 'nguoi-tham-gia'],
    ['🌱🌱', 'nguoi-tham-gia'],
    ['李小龙', 'nguoi-tham-gia'],
  ])('writes “%s” as %s', (name, expected) => {
    expect(slug(name)).toBe(expected);
  });

  it('keeps a long name short and plain ASCII', () => {
    const name = 'Nguyễn Thị Hồng Nhung Phương Thảo Ngọc Ánh Bích Diệp Hoàng Yến Kim Chi'.repeat(2);
    const part = slug(name);
    expect(part.length).toBeLessThanOrEqual(60);
    expect(part).toMatch(/^[a-z0-9-]+$/);
    expect(part.startsWith('nguyen-thi-hong-nhung')).toBe(true);
  });

  it('names every generated file with ASCII only', () => {
    for (const name of ['Nguyễn Thị Lan', '=cmd|/c calc', '../../etc/passwd', 'CON', 'a\\b:c*d?e"f<g>h|i']) {
      expect(summaryFileName(summaryOf({ profile: { ...PROFILE, name } }))).toMatch(
        /^tong-hop_backan-vp-wed-2024_[a-z0-9-]+_r1\.json$/,
      );
    }
  });
});
