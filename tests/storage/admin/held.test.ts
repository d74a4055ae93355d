import { describe, expect, it } from 'vitest';
import { summaryFormat } from '@/storage/admin/summaries';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { acceptHeld, refuseHeld } from '@/storage/rollup/held';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import type { Summary } from '@/storage/summary/schema';
import { signSummary } from '@/storage/summary/signing';
import { generateSummaries, summaryFile } from '@/tests/fixtures/summaries.js';

const campaign = BUILT_IN_CAMPAIGN;
const AT = '2024-06-12T10:00:00+07:00';

const heldFiles = () => db.held.where('campaignId').equals(campaign.id).toArray();

describe('a file held back because it came with another key', () => {
  const [person] = generateSummaries({ campaign, people: 1, seed: 5 }).summaries;

  async function importFiles(files: unknown[], at = '2024-07-01T00:00:00Z') {
    const verdicts = await previewFiles(
      summaryFormat,
      files.map((f, i) => summaryFile(f as Summary, `f${i}.json`)),
      campaign,
    );
    await commitFiles(summaryFormat, verdicts, campaign.id, at);
    return verdicts;
  }

  /** The person's first file, then one from another install (another key) as revision 2. */
  async function holdSecondFile(): Promise<Summary> {
    await importFiles([await signSummary(person!, AT)]);
    await db.keys.clear();
    const otherKey = await signSummary({ ...person!, revision: 2 }, AT);
    await importFiles([otherKey], '2024-07-02T00:00:00Z');
    return otherKey;
  }

  it('holds back a later file from the same person signed with another key, for the admin to decide', async () => {
    await importFiles([await signSummary(person!, AT)]);
    // Another install (another key) sending as the same participant.
    await db.keys.clear();
    const otherKey = await signSummary({ ...person!, revision: 2 }, AT);
    const [verdict] = await importFiles([otherKey], '2024-07-02T00:00:00Z');
    expect(verdict).toMatchObject({ outcome: 'held', reason: { rule: 'key-changed' } });
    expect((await db.submissions.toArray())[0]).toMatchObject({ revision: 1 });
    expect(await heldFiles()).toHaveLength(1);
  });

  it('merges a held file once the admin accepts the new key, and pins that key', async () => {
    await importFiles([await signSummary(person!, AT)]);
    await db.keys.clear();
    const otherKey = await signSummary({ ...person!, revision: 2 }, AT);
    await importFiles([otherKey], '2024-07-02T00:00:00Z');
    const [held] = await heldFiles();
    expect(await acceptHeld(summaryFormat, held!.id, '2024-07-03T00:00:00Z')).toMatchObject({
      outcome: 'updated',
      signed: true,
    });
    expect((await db.submissions.toArray())[0]).toMatchObject({ revision: 2 });
    expect(await db.pins.get(person!.participant.id)).toMatchObject({ publicKey: otherKey.signature!.publicKey });
    expect(await heldFiles()).toEqual([]);
  });

  it('keeps nothing of a held file the admin refuses, and logs why', async () => {
    await importFiles([await signSummary(person!, AT)]);
    await db.keys.clear();
    await importFiles([await signSummary({ ...person!, revision: 2 }, AT)], '2024-07-02T00:00:00Z');
    const [held] = await heldFiles();
    await refuseHeld(summaryFormat, held!.id, '2024-07-03T00:00:00Z');
    expect((await db.submissions.toArray())[0]).toMatchObject({ revision: 1 });
    expect(await heldFiles()).toEqual([]);
    const log = await db.mergeLog.toArray();
    expect(log.find((l) => l.at === '2024-07-03T00:00:00Z')).toMatchObject({
      outcome: 'refused',
      reason: { rule: 'key-changed' },
    });
  });

  it('stays held, with the first key still pinned, when the store will not take the merge', async () => {
    const otherKey = await holdSecondFile();
    const firstPin = await db.pins.get(person!.participant.id);
    const [held] = await heldFiles();
    const fullDisk = () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
    db.submissions.hook('updating', fullDisk);
    try {
      await expect(acceptHeld(summaryFormat, held!.id, '2024-07-03T00:00:00Z')).rejects.toThrow();
    } finally {
      db.submissions.hook('updating').unsubscribe(fullDisk);
    }
    // Nothing of the decision was kept: the admin can decide again.
    expect(await heldFiles()).toEqual([held]);
    expect(await db.pins.get(person!.participant.id)).toEqual(firstPin);
    expect(firstPin?.publicKey).not.toEqual(otherKey.signature!.publicKey);
    expect((await db.submissions.toArray())[0]).toMatchObject({ revision: 1 });
    expect(await acceptHeld(summaryFormat, held!.id, '2024-07-04T00:00:00Z')).toMatchObject({ outcome: 'updated' });
  });
});
