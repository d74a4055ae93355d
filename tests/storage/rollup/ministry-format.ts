import Dexie, { type EntityTable, type Table } from 'dexie';
import type { FileIssue } from '@/storage/files/file-issues';
import type { Checked } from '@/storage/files/read-many';
import type { RollupFormat } from '@/storage/rollup/format';
import { textFile } from '@/tests/fixtures/summaries.js';

/**
 * A third kind of file that rolls up, made up for the tests: a province's totals for a period, merged
 * by a ministry. It has its own tables in its own database, so nothing of the engine can lean on
 * the two formats of the app: it is "a format plugged in", nothing more.
 */

export interface ProvinceFile {
  province: string;
  period: string;
  /** Grows with each new file of a province and period. */
  made: number;
  total: number;
  /** A stand-in for a signature: the engine only asks the format for the key. */
  key?: string;
}

interface KeptRow {
  ministry: string;
  province: string;
  period: string;
  made: number;
  file: ProvinceFile;
  signed: boolean;
  fileName: string;
}
interface SumRow {
  ministry: string;
  province: string;
  period: string;
  total: number;
}
interface PinRow {
  province: string;
  key: string;
  publicKey: JsonWebKey;
  pinnedAt: string;
}
interface HeldRow {
  id: string;
  campaignId: string;
  fileName: string;
  receivedAt: string;
  province: string;
  file: ProvinceFile;
}
export interface LineRow {
  id: string;
  campaignId: string;
  at: string;
  order?: number;
  fileName: string;
  province?: string;
  made?: number;
  signed?: boolean;
  outcome: 'new' | 'updated' | 'duplicate' | 'older' | 'held' | 'refused';
  reason?: FileIssue;
}

export class MinistryDb extends Dexie {
  provinces!: Table<KeptRow, [string, string, string]>;
  sums!: Table<SumRow, [string, string, string]>;
  provincePins!: EntityTable<PinRow, 'province'>;
  provinceHeld!: EntityTable<HeldRow, 'id'>;
  provinceLog!: EntityTable<LineRow, 'id'>;
  constructor() {
    super('test-ministry');
    this.version(1).stores({
      provinces: '[ministry+province+period], ministry',
      sums: '[ministry+province+period], ministry',
      provincePins: 'province',
      provinceHeld: 'id, campaignId',
      provinceLog: 'id, campaignId',
    });
  }
}

/** A public key as a JWK, from a word: enough for the engine, which only names keys. */
const jwk = (word: string): JsonWebKey => ({ kty: 'EC', crv: 'P-256', x: word, y: word });

export function ministryFormat(db: MinistryDb): RollupFormat<ProvinceFile, KeptRow, HeldRow, LineRow> {
  const slotOf = (province: string, period: string) => `${province}/${period}`;
  return {
    check: async (text): Promise<Checked<ProvinceFile>> => {
      let file: ProvinceFile;
      try {
        file = JSON.parse(text);
      } catch {
        return { ok: false, reason: { path: '', rule: 'json' } };
      }
      if (typeof file.total !== 'number' || file.total < 0)
        return { ok: false, reason: { path: 'total', rule: 'figure' } };
      return { ok: true, file, signed: file.key !== undefined };
    },
    readingAtOnce: 3,
    who: (file) => file.province,
    slot: (file) => slotOf(file.province, file.period),
    version: (file) => file.made,
    fingerprint: (file) => JSON.stringify([file.province, file.period, file.made, file.total]),
    publicKey: (file) => (file.key === undefined ? undefined : jwk(file.key)),
    conflict: { path: 'made', rule: 'revision-conflict' },
    size: () => 1,
    perTransaction: { files: 2, size: 100 },
    store: {
      kept: db.provinces,
      derived: [{ table: db.sums, of: (row) => ({ ...row, total: row.file.total }) }],
      keyOf: (ministry, file) => [ministry, file.province, file.period],
      slotOfKey: ([, province, period]) => slotOf(province!, period!),
      rowOf: (file, signed, ministry, fileName) => ({
        ministry,
        province: file.province,
        period: file.period,
        made: file.made,
        file,
        signed,
        fileName,
      }),
      keptVersion: (row) => row.made,
      keptFingerprint: (row) => JSON.stringify([row.province, row.period, row.made, row.file.total]),
      pins: db.provincePins,
      pinOf: (province, pin) => ({ province, ...pin }),
      held: db.provinceHeld,
      heldOf: (file, row) => ({ ...row, province: file.province, file }),
      fileOfHeld: (row) => row.file,
      log: db.provinceLog,
      lineOf: (verdict, line) => ({
        ...line,
        fileName: verdict.fileName,
        province: verdict.file?.province,
        made: verdict.file?.made,
        signed: verdict.signed,
        outcome: verdict.outcome,
        reason: verdict.reason,
      }),
    },
  };
}

/** A province's file as a ministry receives it. */
export const provinceFile = (name: string, file: ProvinceFile | string) =>
  textFile(name, typeof file === 'string' ? file : JSON.stringify(file));
