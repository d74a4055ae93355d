import { db, type MergeLogRow } from '@/storage/db/database';
import type { Summary } from '@/storage/summary/schema';
import { keyName } from '@/storage/summary/signature';
import { writeGroup } from './commit';
import { classify, KEY_CHANGED, keptRevisions, pinnedKeys } from './import';

/**
 * Files held back because they came with another key than the one pinned for their participant
 * (a new computer, a reinstall … or someone else). The admin office decides for each.
 */

/**
 * Trusts the new key from now on and merges the file as if it had just arrived. Pinning the key,
 * letting go of the held file and merging it are one transaction: a page closed halfway leaves
 * the file held, never lost without a log line.
 */
export async function acceptNewKey(
  heldId: string,
  at: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<MergeLogRow | undefined> {
  return db.transaction('rw', [db.pins, db.held, db.submissions, db.digests, db.mergeLog], async () => {
    const held = await db.held.get(heldId);
    if (!held) return undefined;
    const summary = held.summary as Summary;
    const publicKey = summary.signature!.publicKey as JsonWebKey;
    await db.pins.put({ participantId: held.participantId, key: keyName(publicKey), publicKey, pinnedAt: at });
    await db.held.delete(heldId);
    const [verdict] = classify(
      [{ fileName: held.fileName, read: { ok: true, summary, signed: true } }],
      await keptRevisions(held.campaignId, [held.participantId]),
      await pinnedKeys([held.participantId]),
    );
    const [line] = await writeGroup([{ verdict: verdict!, order: 0 }], held.campaignId, at, newId);
    return line;
  });
}

/** Refuses the file: nothing of it is kept, and the log says why. */
export async function refuseHeld(
  heldId: string,
  at: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  await db.transaction('rw', db.held, db.mergeLog, async () => {
    const held = await db.held.get(heldId);
    if (!held) return;
    const summary = held.summary as Summary;
    await db.mergeLog.add({
      id: newId(),
      campaignId: held.campaignId,
      at,
      fileName: held.fileName,
      participantId: held.participantId,
      name: summary.participant.name,
      department: summary.participant.department,
      revision: summary.revision,
      signed: true,
      outcome: 'refused',
      reason: KEY_CHANGED,
    });
    await db.held.delete(heldId);
  });
}
