import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import {
  listEntries,
  type PledgeChange,
  RecordRefused,
  saveNote,
  setPledgeCount,
  undoLastChange,
} from '@/storage/staff/entries';
import type { Campaign } from '@/storage/types';
import { storedNote } from '@/tests/fixtures/stored';

const campaign = BUILT_IN_CAMPAIGN;
const DAILY = 'no-nylon-bags';
const ACTION = 'tree-planting';
const TODAY = '2024-06-12'; // Wednesday, day 8; backfill reaches back to Sunday 9 June

/** Distinct, increasing timestamps: the n-th change of a test happens n minutes after 09:00. */
const at = (n: number) => new Date(Date.parse('2024-06-12T02:00:00Z') + n * 60_000).toISOString();

let ids = 0;
const newId = () => `change-${++ids}`;

function record(fields: Partial<PledgeChange> & { n: number }) {
  const { n, ...rest } = fields;
  return setPledgeCount({ campaign, date: TODAY, pledgeId: DAILY, count: 1, today: TODAY, at: at(n), ...rest }, newId);
}

const rowOf = (pledgeId: string, date = TODAY, c: Campaign = campaign) => db.entries.get([c.id, date, pledgeId]);
const kept = async (c: Campaign = campaign) =>
  (await listEntries(c.id)).map((e) => `${e.date} ${e.pledgeId}×${e.count}`).sort();
const snapshot = async () => ({
  entries: await db.entries.toArray(),
  changes: await db.changes.toArray(),
  notes: await db.notes.toArray(),
});

describe('recording a pledge', () => {
  it('records a daily pledge kept today, on time', async () => {
    await record({ n: 1 });
    expect(await listEntries(campaign.id)).toEqual([
      {
        campaignId: campaign.id,
        date: TODAY,
        pledgeId: DAILY,
        count: 1,
        late: false,
        recordedAt: at(1),
        updatedAt: at(1),
        deleted: false,
      },
    ]);
  });

  it('records how many trees were planted', async () => {
    await record({ n: 1, pledgeId: ACTION, count: 3 });
    expect(await kept()).toEqual([`${TODAY} tree-planting×3`]);
  });

  it('changes a count in place, keeping when it was first recorded', async () => {
    await record({ n: 1, pledgeId: ACTION, count: 3 });
    await record({ n: 2, pledgeId: ACTION, count: 5 });
    expect(await rowOf(ACTION)).toMatchObject({ count: 5, recordedAt: at(1), updatedAt: at(2), deleted: false });
    expect(await db.entries.count()).toBe(1);
  });

  it('clears a pledge by leaving a tombstone that the lists leave out', async () => {
    await record({ n: 1 });
    await record({ n: 2, count: 0 });
    expect(await rowOf(DAILY)).toMatchObject({ count: 0, deleted: true, updatedAt: at(2) });
    expect(await listEntries(campaign.id)).toEqual([]);
  });

  it('gives a pledge ticked again after clearing a new recording time', async () => {
    await record({ n: 1 });
    await record({ n: 2, count: 0 });
    await record({ n: 3 });
    expect(await rowOf(DAILY)).toMatchObject({ count: 1, deleted: false, recordedAt: at(3) });
  });

  it('keeps the same pledge on different days and in different campaigns apart', async () => {
    const other = { ...campaign, id: 'other-campaign' };
    await record({ n: 1 });
    await record({ n: 2, date: '2024-06-11' });
    await record({ n: 3, campaign: other });
    expect(await kept()).toEqual([`2024-06-11 ${DAILY}×1`, `${TODAY} ${DAILY}×1`]);
    expect(await kept(other)).toEqual([`${TODAY} ${DAILY}×1`]);
  });

  it.each([
    ['yesterday', '2024-06-11', true],
    ['3 days back, the last day still open', '2024-06-09', true],
    ['today', TODAY, false],
  ])('marks a pledge recorded for %s as late: %s', async (_name, date, late) => {
    await record({ n: 1, date });
    expect(await rowOf(DAILY, date)).toMatchObject({ late });
  });

  it('keeps a pledge recorded on its own day on time when it is edited the day after', async () => {
    await record({ n: 1, pledgeId: ACTION, count: 1 });
    await record({ n: 2, pledgeId: ACTION, count: 3, today: '2024-06-13' });
    expect(await rowOf(ACTION)).toMatchObject({ count: 3, late: false, recordedAt: at(1) });
  });

  it('marks a pledge late again once it was cleared and then recorded after its day', async () => {
    await record({ n: 1 });
    await record({ n: 2, count: 0 });
    await record({ n: 3, today: '2024-06-13' });
    expect(await rowOf(DAILY)).toMatchObject({ count: 1, late: true, recordedAt: at(3) });
  });

  it.each([
    ['the largest action count, 1000', ACTION, 1000],
    ['0 for a pledge never recorded', ACTION, 0],
    ['1 for a daily pledge', DAILY, 1],
  ])('accepts %s', async (_name, pledgeId, count) => {
    const written = await record({ n: 1, pledgeId, count });
    expect(await rowOf(pledgeId)).toEqual(written);
    expect(await rowOf(pledgeId)).toMatchObject({ count, deleted: count === 0 });
  });
});

describe('a refused pledge change', () => {
  it.each([
    ['a pledge the campaign does not have', { pledgeId: 'plant-a-forest' }, 'pledge-unknown'],
    ['a daily pledge counted twice', { pledgeId: DAILY, count: 2 }, 'count-range'],
    ['an action counted 1001 times', { pledgeId: ACTION, count: 1001 }, 'count-range'],
    ['a negative count', { pledgeId: ACTION, count: -1 }, 'count-range'],
    ['half a tree', { pledgeId: ACTION, count: 1.5 }, 'count-range'],
    ['a count that is not a number', { pledgeId: ACTION, count: Number.NaN }, 'count-range'],
    ['an endless count', { pledgeId: ACTION, count: Number.POSITIVE_INFINITY }, 'count-range'],
    ['4 days back, past the backfill window', { date: '2024-06-08' }, 'date-closed'],
    ['tomorrow', { date: '2024-06-13' }, 'date-closed'],
    ['the day before the campaign', { date: '2024-06-04', today: '2024-06-05' }, 'date-closed'],
    ['a day after the campaign', { date: '2024-07-01', today: '2024-07-01' }, 'date-closed'],
    ['the last day, once its backfill has run out', { date: '2024-06-30', today: '2024-07-04' }, 'date-closed'],
  ] as const)('is refused for %s and writes nothing', async (_name, fields, reason) => {
    await record({ n: 1, pledgeId: ACTION, count: 2 });
    const before = await snapshot();
    const attempt = record({ n: 2, ...fields });
    await expect(attempt).rejects.toBeInstanceOf(RecordRefused);
    await expect(attempt).rejects.toMatchObject({ reason });
    expect(await snapshot()).toEqual(before);
  });
});

describe('undoing the last change', () => {
  it('takes back the first recording of a pledge', async () => {
    await record({ n: 1 });
    const undone = await undoLastChange({ campaign, today: TODAY, at: at(2) });
    expect(undone).toMatchObject({ date: TODAY, pledgeId: DAILY, before: null });
    expect(await listEntries(campaign.id)).toEqual([]);
    expect(await rowOf(DAILY)).toMatchObject({ deleted: true, count: 0, updatedAt: at(2) });
  });

  it('puts back the previous count and when it was first recorded', async () => {
    await record({ n: 1, pledgeId: ACTION, count: 2 });
    await record({ n: 2, pledgeId: ACTION, count: 5 });
    await undoLastChange({ campaign, today: TODAY, at: at(3) });
    expect(await rowOf(ACTION)).toMatchObject({ count: 2, recordedAt: at(1), updatedAt: at(3), deleted: false });
  });

  it('brings back a cleared pledge', async () => {
    await record({ n: 1, date: '2024-06-11' });
    await record({ n: 2, date: '2024-06-11', count: 0 });
    await undoLastChange({ campaign, today: TODAY, at: at(3) });
    expect(await rowOf(DAILY, '2024-06-11')).toMatchObject({ count: 1, deleted: false, late: true, recordedAt: at(1) });
  });

  it('undoes several changes one by one, newest first, then has nothing left', async () => {
    await record({ n: 1, pledgeId: DAILY, count: 1 });
    await record({ n: 2, pledgeId: ACTION, count: 3 });
    await record({ n: 3, pledgeId: ACTION, count: 0 });
    await record({ n: 4, pledgeId: DAILY, count: 0 });
    expect(await kept()).toEqual([]);

    const steps: string[][] = [];
    const undone: (string | undefined)[] = [];
    for (let n = 5; n <= 9; n++) {
      undone.push((await undoLastChange({ campaign, today: TODAY, at: at(n) }))?.pledgeId);
      steps.push(await kept());
    }
    expect(undone).toEqual([DAILY, ACTION, ACTION, DAILY, undefined]);
    expect(steps).toEqual([
      [`${TODAY} ${DAILY}×1`],
      [`${TODAY} ${DAILY}×1`, `${TODAY} ${ACTION}×3`],
      [`${TODAY} ${DAILY}×1`],
      [],
      [],
    ]);
  });

  it('returns nothing when nothing was ever changed', async () => {
    expect(await undoLastChange({ campaign, today: TODAY, at: at(1) })).toBeUndefined();
    expect(await db.entries.count()).toBe(0);
  });

  it('only undoes changes of the campaign asked for', async () => {
    const other = { ...campaign, id: 'other-campaign' };
    await record({ n: 1 });
    await record({ n: 2, campaign: other });
    await undoLastChange({ campaign, today: TODAY, at: at(3) });
    expect(await kept()).toEqual([]);
    expect(await kept(other)).toEqual([`${TODAY} ${DAILY}×1`]);
  });

  // Two changes can share a timestamp (two clicks in the same millisecond, or the clock set
  // back). Change ids are random UUIDs, so which one is "last" is then a coin toss.
  it('undoes the newer of two changes made in the same millisecond', async () => {
    const reversedIds = ['change-z', 'change-a'];
    const same = at(1);
    await setPledgeCount(
      { campaign, date: TODAY, pledgeId: ACTION, count: 1, today: TODAY, at: same },
      () => reversedIds.shift()!,
    );
    await setPledgeCount(
      { campaign, date: TODAY, pledgeId: ACTION, count: 3, today: TODAY, at: same },
      () => reversedIds.shift()!,
    );
    await undoLastChange({ campaign, today: TODAY, at: at(2) });
    expect(await kept()).toEqual([`${TODAY} ${ACTION}×1`]);
  });

  it('refuses to undo a change to a day that is no longer open, and writes nothing', async () => {
    await record({ n: 1, date: '2024-06-09' });
    const before = await snapshot();
    await expect(undoLastChange({ campaign, today: '2024-06-20', at: at(2) })).rejects.toMatchObject({
      reason: 'date-closed',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the last 50 changes undoable and forgets older ones', async () => {
    for (let n = 1; n <= 55; n++) await record({ n, pledgeId: ACTION, count: n });
    let undone = 0;
    while (await undoLastChange({ campaign, today: TODAY, at: at(100 + undone) })) undone++;
    expect(undone).toBe(50);
    expect(await rowOf(ACTION)).toMatchObject({ count: 5 });
  });
});

describe('notes', () => {
  const note = (text: string, fields: { date?: string; today?: string; n?: number } = {}) =>
    saveNote({ campaign, date: fields.date ?? TODAY, note: text, today: fields.today ?? TODAY, at: at(fields.n ?? 1) });

  it('reads an empty note for a day without one', async () => {
    expect(await storedNote(campaign.id, TODAY)).toBe('');
  });

  it('saves a note without the spaces around it', async () => {
    await note('  Mang bình nước riêng.\n');
    expect(await storedNote(campaign.id, TODAY)).toBe('Mang bình nước riêng.');
  });

  it('replaces the note of a day and keeps other days apart', async () => {
    await note('first', { n: 1 });
    await note('second', { n: 2 });
    await note('yesterday', { date: '2024-06-11', n: 3 });
    expect([await storedNote(campaign.id, TODAY), await storedNote(campaign.id, '2024-06-11')]).toEqual([
      'second',
      'yesterday',
    ]);
  });

  it.each([
    ['500 Latin letters', 'x'.repeat(500)],
    ['500 Vietnamese letters', 'ệ'.repeat(500)],
    ['500 emoji (each one character, though two UTF-16 units)', '🌱'.repeat(500)],
    ['500 letters with spaces around them', `   ${'x'.repeat(500)}   `],
  ])('accepts a note of %s', async (_name, text) => {
    await note(text);
    expect(await storedNote(campaign.id, TODAY)).toBe(text.trim());
  });

  it('refuses a note of 501 characters and keeps the old one', async () => {
    await note('old note', { n: 1 });
    const attempt = note('x'.repeat(501), { n: 2 });
    await expect(attempt).rejects.toBeInstanceOf(RecordRefused);
    await expect(attempt).rejects.toMatchObject({ reason: 'note-long' });
    expect(await storedNote(campaign.id, TODAY)).toBe('old note');
  });

  it.each([
    ['4 days back', { date: '2024-06-08' }],
    ['tomorrow', { date: '2024-06-13' }],
  ])('refuses a note for %s and writes nothing', async (_name, fields) => {
    await expect(note('late note', fields)).rejects.toMatchObject({ reason: 'date-closed' });
    expect(await db.notes.count()).toBe(0);
  });
});
