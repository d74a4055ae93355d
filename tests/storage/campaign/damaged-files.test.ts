import { describe, expect, it } from 'vitest';
import { readCampaignFile } from '@/storage/campaign/file';
import { BUILT_IN_CAMPAIGN, loadCampaign } from '@/storage/campaign/store';
import type { FileIssue } from '@/storage/files/file-issues';
import { MAX_FILE_BYTES } from '@/storage/files/limits';
import { saveProfile } from '@/storage/staff/profile';
import { startOnBuiltIn, validCampaignJson } from '@/tests/fixtures/campaign';
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

const AT = '2024-06-12T03:00:00Z';
const valid = () => JSON.stringify(validCampaignJson());

/** What the settings page does with a picked file: read it, and load it only if every rule holds. */
async function pick(file: TestFile) {
  const read = await readCampaignFile(file);
  if (read.ok) await loadCampaign(read.campaign, AT);
  return read;
}

async function someoneSetUp() {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Nguyễn Thị Hoa', department: 'ldvp' }, BUILT_IN_CAMPAIGN, '2024-06-01T00:00:00Z');
}

const corpus: [string, () => TestFile, FileIssue][] = [
  [
    'saved in a legacy 8-bit encoding',
    () => bytesFile('c.json', legacyEncoded(valid())),
    { path: '', rule: 'encoding' },
  ],
  ['saved as UTF-16', () => bytesFile('c.json', utf16le(valid())), { path: '', rule: 'encoding' }],
  ['a picture picked by mistake', () => bytesFile('c.png', PNG_BYTES), { path: '', rule: 'encoding' }],
  ['over 5 MB', () => oversized('c.json', MAX_FILE_BYTES), { path: '', rule: 'too-large' }],
  [
    'whose departments nest 200,000 lists deep',
    () => textFile('c.json', deeplyNested({ ...validCampaignJson(), departments: null }, 'departments')),
    // Refused for its depth before any rule walks it; the path is shortened in the middle.
    { path: 'departments[0][0][0][0][0][0][0][0]…[0][0][0]', rule: 'too-deep' },
  ],
  [
    'with a __proto__ key 100,000 lists deep',
    () =>
      textFile(
        'c.json',
        valid().replace(
          '"holidays":[]',
          `"holidays":[],"x":${'['.repeat(100_000)}{"__proto__":1}${']'.repeat(100_000)}`,
        ),
      ),
    { path: 'x[0][0][0][0][0][0][0][0]…[0][0].__proto__', rule: 'forbidden-key' },
  ],
  ['cut off half-way', () => textFile('c.json', valid().slice(0, 200)), { path: '', rule: 'json' }],
  [
    'that is a bulletin, not a campaign',
    () => textFile('c.json', '{"format":"green-office/bulletin","version":1}'),
    { path: 'format', rule: 'format' },
  ],
];

describe('a damaged campaign file changes nothing stored (issue #10)', () => {
  it.each(corpus)('is refused when %s, every table as it was', async (_name, make, issue) => {
    await someoneSetUp();
    const before = await everyRow();
    expect(await pick(make())).toEqual({ ok: false, issue });
    expect(await everyRow()).toEqual(before);
  });

  // A campaign file keeps the fields this version does not know (issue #9), so junk nested deep
  // inside one is refused for its depth rather than stored.
  it('refuses a good file with junk nested deep inside, saying it nests too deep, and changes nothing', async () => {
    await someoneSetUp();
    const before = await everyRow();
    const text = deeplyNested(validCampaignJson(), 'junk');
    expect(await pick(textFile('c.json', text))).toMatchObject({ ok: false, issue: { rule: 'too-deep' } });
    expect(await everyRow()).toEqual(before);
  });
});
