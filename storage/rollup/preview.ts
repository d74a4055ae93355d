import Dexie from 'dexie';
import { type IncomingFile, type OnRead, readMany } from '@/storage/files/read-many';
import type { Campaign } from '@/storage/types';
import { classify, type Kept, lazy } from './classify';
import type { AnyFormat, Verdict } from './format';

/** The preview: a batch read, checked and sorted against what is kept, before anything is written. */

/** What is kept now for these slots of a campaign (only their rows are read). */
export async function keptFor<F>(
  format: AnyFormat<F>,
  campaignId: string,
  slots: ReadonlySet<string>,
): Promise<Map<string, Kept>> {
  const { kept } = format.store;
  // Keys first: asking for thousands of rows that are not there costs more than listing those that are.
  const keys = (await kept
    .where(':id')
    .between([campaignId], [campaignId, Dexie.maxKey], true, true)
    .primaryKeys()) as string[][];
  const wanted = keys.filter((key) => slots.has(format.store.slotOfKey(key)));
  const found = new Map<string, Kept>();
  if (wanted.length === 0) return found;
  const rows = await kept.bulkGet(wanted);
  rows.forEach((row, i) => {
    if (row)
      found.set(format.store.slotOfKey(wanted[i]!), {
        version: format.store.keptVersion(row),
        fingerprint: lazy(() => format.store.keptFingerprint(row)),
      });
  });
  return found;
}

/** The key pinned for each of these: the first one this install saw for them. */
export async function pinsFor<F>(format: AnyFormat<F>, who: readonly string[]): Promise<Map<string, string>> {
  const { pins } = format.store;
  const wanted = new Set(who);
  const keys = ((await pins.toCollection().primaryKeys()) as string[]).filter((id) => wanted.has(id));
  const rows = await pins.bulkGet(keys);
  return new Map(rows.flatMap((pin, i) => (pin ? [[keys[i]!, pin.key] as const] : [])));
}

/**
 * Reads and sorts a batch: the preview shown before anything is written. Only what passed the
 * rules is kept (a file's text is let go once checked); `onRead(done, total)` follows the reading.
 */
export async function previewFiles<F>(
  format: AnyFormat<F>,
  files: readonly IncomingFile[],
  campaign: Campaign,
  onRead: OnRead = () => {},
): Promise<Verdict<F>[]> {
  const reads = await readMany(files, format.readingAtOnce, (text) => format.check(text, campaign), onRead);
  const ok = reads.flatMap((r) => (r.ok ? [r.file] : []));
  const [kept, pins] = await Promise.all([
    keptFor(format, campaign.id, new Set(ok.map((f) => format.slot(f)))),
    pinsFor(format, [...new Set(ok.map((f) => format.who(f)))]),
  ]);
  return classify(
    format,
    files.map((file, i) => ({ fileName: file.name, read: reads[i]! })),
    kept,
    pins,
  );
}
