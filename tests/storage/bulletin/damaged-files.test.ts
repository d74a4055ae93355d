import { describe, expect, it } from 'vitest';
import { loadBulletinFile } from '@/storage/bulletin/store';
import { ensureBuiltInCampaign } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import { MAX_FILE_BYTES } from '@/storage/files/limits';
import {
  bytesFile,
  deeplyNested,
  everyRow,
  legacyEncoded,
  oversized,
  PNG_BYTES,
  textFile,
  utf16le,
} from '@/tests/fixtures/damaged-files';
import type { TestFile } from '@/tests/fixtures/summaries.js';

const AT = '2024-06-20T01:00:00Z';

/** A bulletin of the built-in campaign, with Vietnamese names that an 8-bit encoding garbles. */
const bulletin = (generatedAt = '2024-06-12T10:00:00+07:00') => ({
  format: 'green-office/bulletin',
  version: 1,
  campaign: { id: 'backan-vp-wed-2024', start: '2024-06-05', end: '2024-06-30', timeZone: 'Asia/Ho_Chi_Minh' },
  generatedAt,
  departments: [
    {
      id: 'ldvp',
      name: { vi: 'Lãnh đạo Văn phòng' },
      headcount: 4,
      days: [{ date: '2024-06-11', participants: 3, pledges: { 'no-nylon-bags': 3 } }],
    },
  ],
});
const newer = () => JSON.stringify(bulletin('2024-06-19T10:00:00+07:00'));

const corpus: [string, () => TestFile, FileIssue][] = [
  [
    'saved in a legacy 8-bit encoding',
    () => bytesFile('b.json', legacyEncoded(newer())),
    { path: '', rule: 'encoding' },
  ],
  ['saved as UTF-16', () => bytesFile('b.json', utf16le(newer())), { path: '', rule: 'encoding' }],
  ['a picture picked by mistake', () => bytesFile('b.png', PNG_BYTES), { path: '', rule: 'encoding' }],
  ['over 5 MB', () => oversized('b.json', MAX_FILE_BYTES), { path: '', rule: 'too-large' }],
  [
    'whose departments nest 200,000 lists deep',
    () =>
      textFile('b.json', deeplyNested({ ...bulletin('2024-06-19T10:00:00+07:00'), departments: null }, 'departments')),
    { path: 'departments[0].id', rule: 'required' },
  ],
  [
    'with a forbidden key 100,000 lists deep',
    () =>
      textFile(
        'b.json',
        newer().replace(
          '"headcount":4',
          `"headcount":4,"x":${'['.repeat(100_000)}{"constructor":1}${']'.repeat(100_000)}`,
        ),
      ),
    { path: 'departments[0].x[0][0][0][0][0][0]…[0][0].constructor', rule: 'forbidden-key' },
  ],
  ['cut off half-way', () => textFile('b.json', newer().slice(0, 120)), { path: '', rule: 'json' }],
];

describe('a damaged bulletin keeps the good one (issue #10)', () => {
  it.each(corpus)('is refused when %s, every table as it was', async (_name, make, issue) => {
    await ensureBuiltInCampaign('2024-06-01T00:00:00Z');
    expect(await loadBulletinFile(textFile('b.json', JSON.stringify(bulletin())), AT)).toMatchObject({
      outcome: 'loaded',
    });
    const before = await everyRow();
    expect(await loadBulletinFile(make(), AT)).toEqual({ outcome: 'refused', issue });
    expect(await everyRow()).toEqual(before);
    expect((await db.bulletins.toArray()).map((b) => b.generatedAt)).toEqual(['2024-06-12T10:00:00+07:00']);
  });
});
