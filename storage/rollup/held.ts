import { keyName } from '@/storage/summary/signature';
import { classify } from './classify';
import { type AnyFormat, KEY_CHANGED, type LineShape } from './format';
import { keptFor, pinsFor } from './preview';
import { lineOf, tablesOf, writeGroup } from './write';

/**
 * Files held back because they came with another key than the one pinned for whom they speak
 * for (a new computer, a reinstall … or someone else). A person decides for each.
 */

/**
 * Trusts the new key from now on and merges the file as if it had just arrived. Pinning the key,
 * letting go of the held file and merging it are one transaction: a page closed halfway leaves
 * the file held, never lost without a log line.
 */
export function acceptHeld<F, Line extends LineShape = LineShape>(
  format: AnyFormat<F, Line>,
  heldId: string,
  at: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<Line | undefined> {
  const { store } = format;
  return store.kept.db.transaction('rw', tablesOf(format), async () => {
    const held = await store.held.get(heldId);
    if (!held) return undefined;
    const file = store.fileOfHeld(held);
    const who = format.who(file);
    const publicKey = format.publicKey(file)!;
    await store.pins.put(store.pinOf(who, { key: keyName(publicKey), publicKey, pinnedAt: at }));
    await store.held.delete(heldId);
    const [verdict] = classify(
      format,
      [{ fileName: held.fileName, read: { ok: true, file, signed: true } }],
      await keptFor(format, held.campaignId, new Set([format.slot(file)])),
      await pinsFor(format, [who]),
    );
    const [line] = await writeGroup<F, Line>(format, [{ verdict: verdict!, order: 0 }], held.campaignId, at, newId);
    return line;
  });
}

/** Refuses the held file: nothing of it is kept, and the log says why. */
export async function refuseHeld<F>(
  format: AnyFormat<F>,
  heldId: string,
  at: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  const { store } = format;
  await store.kept.db.transaction('rw', store.held, store.log, async () => {
    const held = await store.held.get(heldId);
    if (!held) return;
    const file = store.fileOfHeld(held);
    const verdict = { fileName: held.fileName, outcome: 'refused', file, signed: true, reason: KEY_CHANGED } as const;
    await store.log.add(lineOf(format, verdict, held.campaignId, at, newId(), 0));
    await store.held.delete(heldId);
  });
}
