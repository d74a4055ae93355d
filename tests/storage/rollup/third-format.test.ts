import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { acceptHeld, refuseHeld } from '@/storage/rollup/held';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import type { Campaign } from '@/storage/types';
import { type LineRow, MinistryDb, ministryFormat, type ProvinceFile, provinceFile } from './ministry-format';

// A ministry merges provinces' totals: a format the app does not have, plugged into the engine.
const campaign: Campaign = { ...BUILT_IN_CAMPAIGN, id: 'bo-2024' };
const AT = '2024-07-01T10:00:00+07:00';
const LATER = '2024-07-02T10:00:00+07:00';
let ministry: MinistryDb;
let format: ReturnType<typeof ministryFormat>;

beforeEach(async () => {
  ministry = new MinistryDb();
  await ministry.delete();
  await ministry.open();
  format = ministryFormat(ministry);
});
afterEach(() => ministry.close());

const file = (province: string, made: number, total: number, extra: Partial<ProvinceFile> = {}): ProvinceFile => ({
  province,
  period: '2024-06',
  made,
  total,
  ...extra,
});

async function merge(files: ReturnType<typeof provinceFile>[], at = AT) {
  const verdicts = await previewFiles(format, files, campaign);
  const log = await commitFiles(format, verdicts, campaign.id, at);
  return { verdicts, log };
}

const outcomes = (lines: readonly { fileName: string; outcome: string }[]) => lines.map((l) => [l.fileName, l.outcome]);

describe('a third format plugged into the engine (a ministry merging provinces)', () => {
  it('previews, then keeps the latest file of each province and period, with the rows derived from it and a log line a file', async () => {
    const { verdicts, log } = await merge([
      provinceFile('a1.json', file('an-giang', 1, 10)),
      provinceFile('a2.json', file('an-giang', 2, 12)),
      provinceFile('b.json', file('bac-ninh', 1, 7)),
      provinceFile('b-again.json', file('bac-ninh', 1, 7)),
      provinceFile('c.json', file('can-tho', 1, 5)),
      provinceFile('c-other.json', file('can-tho', 1, 6)),
      provinceFile('broken.json', '{ not json'),
      provinceFile('negative.json', file('da-nang', 1, -1)),
    ]);
    expect(outcomes(verdicts)).toEqual([
      ['a1.json', 'older'],
      ['a2.json', 'new'],
      ['b.json', 'new'],
      ['b-again.json', 'duplicate'],
      ['c.json', 'new'],
      ['c-other.json', 'refused'],
      ['broken.json', 'refused'],
      ['negative.json', 'refused'],
    ]);
    expect(verdicts.map((v) => v.reason?.rule)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'revision-conflict',
      'json',
      'figure',
    ]);
    // The log in the batch's order, whatever the transactions (2 files each here).
    expect(outcomes(log)).toEqual(outcomes(verdicts));
    expect(log.map((l) => l.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect((await ministry.provinceLog.toArray()).length).toBe(8);
    const kept = await ministry.provinces.toArray();
    expect(kept.map((r) => [r.province, r.made, r.fileName]).sort()).toEqual([
      ['an-giang', 2, 'a2.json'],
      ['bac-ninh', 1, 'b.json'],
      ['can-tho', 1, 'c.json'],
    ]);
    const sums = await ministry.sums.toArray();
    expect(sums.map((s) => [s.province, s.total]).sort()).toEqual([
      ['an-giang', 12],
      ['bac-ninh', 7],
      ['can-tho', 5],
    ]);
  });

  it('updates a kept file with a later one from a later import, and skips an earlier one', async () => {
    await merge([provinceFile('a2.json', file('an-giang', 2, 12))]);
    const { log } = await merge(
      [provinceFile('a3.json', file('an-giang', 3, 15)), provinceFile('a1.json', file('an-giang', 1, 10))],
      LATER,
    );
    expect(outcomes(log)).toEqual([
      ['a3.json', 'updated'],
      ['a1.json', 'older'],
    ]);
    expect((await ministry.sums.toArray()).map((s) => s.total)).toEqual([15]);
  });

  it('writes right a batch previewed before another import kept the same provinces (read again in the transaction)', async () => {
    const first = await previewFiles(
      format,
      [provinceFile('a.json', file('an-giang', 1, 10)), provinceFile('b.json', file('bac-ninh', 1, 7))],
      campaign,
    );
    const second = await previewFiles(
      format,
      [provinceFile('a-same.json', file('an-giang', 1, 10)), provinceFile('b-other.json', file('bac-ninh', 1, 8))],
      campaign,
    );
    expect(outcomes(second)).toEqual([
      ['a-same.json', 'new'],
      ['b-other.json', 'new'],
    ]);
    await commitFiles(format, first, campaign.id, AT);
    const log = await commitFiles(format, second, campaign.id, LATER);
    expect(outcomes(log)).toEqual([
      ['a-same.json', 'duplicate'],
      ['b-other.json', 'refused'],
    ]);
    // The log says of each file what its preview said: whether it was signed, refused or not.
    expect(log.map((l) => l.signed)).toEqual(second.map((v) => v.signed));
    expect((await ministry.sums.toArray()).map((s) => [s.province, s.total]).sort()).toEqual([
      ['an-giang', 10],
      ['bac-ninh', 7],
    ]);
    // One line a file, none lost nor doubled by the group written again file by file.
    expect((await ministry.provinceLog.toArray()).map((l) => l.fileName).sort()).toEqual([
      'a-same.json',
      'a.json',
      'b-other.json',
      'b.json',
    ]);
  });

  it('pins the first key of a province, holds a file with another, and lets a person trust or refuse it', async () => {
    await merge([provinceFile('a1.json', file('an-giang', 1, 10, { key: 'first' }))]);
    expect((await ministry.provincePins.toArray()).map((p) => [p.province, p.publicKey.x])).toEqual([
      ['an-giang', 'first'],
    ]);
    const { log } = await merge(
      [
        provinceFile('a2.json', file('an-giang', 2, 12, { key: 'other' })),
        provinceFile('a3.json', file('an-giang', 3, 13, { key: 'other' })),
      ],
      LATER,
    );
    expect(log.map((l) => [l.outcome, l.reason?.rule])).toEqual([
      ['held', 'key-changed'],
      ['held', 'key-changed'],
    ]);
    const held = await ministry.provinceHeld.orderBy('id').toArray();
    expect(held.map((h) => h.file.made).sort()).toEqual([2, 3]);
    const [refused, trusted] = held[0]!.file.made === 2 ? held : [held[1]!, held[0]!];

    await refuseHeld(format, refused!.id, LATER);
    const line = (await acceptHeld<ProvinceFile, LineRow>(format, trusted!.id, LATER))!;
    expect([line.fileName, line.outcome]).toEqual(['a3.json', 'updated']);
    expect(await ministry.provinceHeld.count()).toBe(0);
    expect((await ministry.provincePins.get('an-giang'))?.publicKey.x).toBe('other');
    expect((await ministry.sums.toArray()).map((s) => s.total)).toEqual([13]);
    const lines = await ministry.provinceLog.toArray();
    expect(
      lines.filter((l) => l.reason?.rule === 'key-changed' && l.outcome === 'refused').map((l) => l.fileName),
    ).toEqual(['a2.json']);
  });

  it('keeps a key pinned before, with no file kept, when new files signed with it come in a group', async () => {
    await ministry.provincePins.add({
      province: 'an-giang',
      key: '{"crv":"P-256","kty":"EC","x":"first","y":"first"}',
      publicKey: { kty: 'EC', crv: 'P-256', x: 'first', y: 'first' },
      pinnedAt: AT,
    });
    const { log } = await merge(
      [
        provinceFile('a.json', file('an-giang', 1, 10, { key: 'first' })),
        provinceFile('b.json', file('bac-ninh', 1, 7, { key: 'own' })),
      ],
      LATER,
    );
    expect(outcomes(log)).toEqual([
      ['a.json', 'new'],
      ['b.json', 'new'],
    ]);
    expect((await ministry.provincePins.toArray()).map((p) => [p.province, p.pinnedAt]).sort()).toEqual([
      ['an-giang', AT],
      ['bac-ninh', LATER],
    ]);
    expect(await ministry.provinceLog.count()).toBe(2);
  });

  it('writes the other files when the store refuses one, and logs that one as not written', async () => {
    ministry.sums.hook('creating', (_key, row) => {
      if (row.province === 'bac-ninh') throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    const { log } = await merge([
      provinceFile('a.json', file('an-giang', 1, 10)),
      provinceFile('b.json', file('bac-ninh', 1, 7)),
      provinceFile('c.json', file('can-tho', 1, 5)),
    ]);
    expect(log.map((l) => [l.fileName, l.outcome, l.reason?.rule])).toEqual([
      ['a.json', 'new', undefined],
      ['b.json', 'refused', 'write-failed'],
      ['c.json', 'new', undefined],
    ]);
    expect((await ministry.provinces.toArray()).map((r) => r.province).sort()).toEqual(['an-giang', 'can-tho']);
  });
});
