import { keyName } from '@/storage/summary/signature';
import { type AnyFormat, type LineShape, NOT_WRITTEN, type PinShape, type Verdict } from './format';
import { type Numbered, writeWholeFiles } from './whole-files';

/**
 * Writing a previewed batch: each file whole, several whole files a transaction (./whole-files.ts),
 * so a refused file writes nothing but its log line and closing the page mid-import leaves no
 * half-written file. The kept version is checked again inside the transaction: the latest always
 * wins, even if another import ran meanwhile.
 */

/** Transactions started ahead: IndexedDB runs them one after another in the order they were made. */
const TRANSACTIONS_AHEAD = 4;

type OnWritten = (done: number, total: number) => void;

/** Writes a previewed batch; its log lines in the batch's order. `onProgress(done, total)` as transactions complete. */
export function commitFiles<F, Line extends LineShape = LineShape>(
  format: AnyFormat<F, Line>,
  verdicts: readonly Verdict<F>[],
  campaignId: string,
  at: string,
  onProgress: OnWritten = () => {},
  newId: () => string = () => crypto.randomUUID(),
): Promise<Line[]> {
  const { log } = format.store;
  return writeWholeFiles<Verdict<F>, Line>(
    verdicts,
    {
      filesPerTransaction: format.perTransaction.files,
      sizePerTransaction: format.perTransaction.size,
      sizeOf: (verdict) => (verdict.file ? format.size(verdict.file) : 0),
      ahead: TRANSACTIONS_AHEAD,
      write: (group) => writeGroup<F, Line>(format, group, campaignId, at, newId),
      notWritten: async ({ verdict, order }) => {
        const refused: Verdict<F> = { ...verdict, outcome: 'refused', reason: NOT_WRITTEN };
        const line = lineOf(format, refused, campaignId, at, newId(), order);
        await log.add(line);
        return [line as Line];
      },
    },
    onProgress,
  );
}

export const lineOf = <F>(
  format: AnyFormat<F>,
  verdict: Verdict<F>,
  campaignId: string,
  at: string,
  id: string,
  order: number,
) => format.store.lineOf(verdict, { id, campaignId, at, order });

/** The tables a group's transaction writes. */
export const tablesOf = <F>({ store }: AnyFormat<F>) => [
  store.kept,
  ...store.derived.map((d) => d.table),
  store.pins,
  store.held,
  store.log,
];

/** One transaction for a group of whole files: kept rows (and what derives from them), pins, held files, log lines. */
export function writeGroup<F, Line extends LineShape = LineShape>(
  format: AnyFormat<F, Line>,
  group: readonly Numbered<Verdict<F>>[],
  campaignId: string,
  at: string,
  newId: () => string,
): Promise<Line[]> {
  const { store } = format;
  return store.kept.db.transaction('rw', tablesOf(format), async () => {
    const writing = group.flatMap(({ verdict }) =>
      verdict.outcome === 'new' || verdict.outcome === 'updated' ? [verdict] : [],
    );
    const signedWho = [...new Set(writing.filter((w) => w.signed).map((w) => format.who(w.file)))];
    // Files new at the preview are added without reading first, their keys pinned too: were one
    // kept or pinned meanwhile, the add fails, the group's transaction is undone and each of its
    // files is written alone, read first. Not waiting for a read lets this group's rows be handed
    // over while the store writes the last.
    const optimistic = group.length > 1 && writing.every((w) => w.outcome === 'new');
    const [rows, pins] = optimistic
      ? [[], []]
      : await Promise.all([
          store.kept.bulkGet(writing.map((w) => store.keyOf(campaignId, w.file))),
          store.pins.bulkGet(signedWho),
        ]);
    const current = new Map<string, { version: number; fingerprint(): string }>();
    rows.forEach((row, i) => {
      if (row)
        current.set(format.slot(writing[i]!.file), {
          version: store.keptVersion(row),
          fingerprint: () => store.keptFingerprint(row),
        });
    });
    const pinned = new Set(signedWho.filter((_, i) => pins[i]));
    const puts: unknown[] = [];
    const derived = store.derived.map(() => [] as unknown[]);
    const newPins: PinShape[] = [];
    const held: unknown[] = [];
    const lines: Line[] = [];
    for (const { verdict, order } of group) {
      let final = verdict;
      if (verdict.outcome === 'held')
        held.push(store.heldOf(verdict.file, { id: newId(), campaignId, fileName: verdict.fileName, receivedAt: at }));
      if (verdict.outcome === 'new' || verdict.outcome === 'updated') {
        const { file } = verdict;
        const slot = format.slot(file);
        const kept = current.get(slot);
        const version = format.version(file);
        if (kept && kept.version > version) final = { ...verdict, outcome: 'older', kept: kept.version };
        else if (kept && kept.version === version)
          // Kept meanwhile (another import): the same file is a duplicate, other content a conflict.
          final =
            kept.fingerprint() === format.fingerprint(file)
              ? { ...verdict, outcome: 'duplicate', kept: kept.version }
              : {
                  fileName: verdict.fileName,
                  outcome: 'refused',
                  file,
                  signed: verdict.signed,
                  reason: format.conflict,
                };
        else {
          const row = store.rowOf(file, verdict.signed, campaignId, verdict.fileName, at);
          puts.push(row);
          for (const [i, d] of store.derived.entries()) derived[i]!.push(d.of(row, file));
          current.set(slot, { version, fingerprint: () => format.fingerprint(file) });
          const who = format.who(file);
          if (verdict.signed && !pinned.has(who)) {
            const publicKey = format.publicKey(file)!;
            newPins.push(store.pinOf(who, { key: keyName(publicKey), publicKey, pinnedAt: at }));
            pinned.add(who);
          }
        }
      }
      lines.push(lineOf(format, final, campaignId, at, newId(), order) as Line);
    }
    await Promise.all([
      optimistic ? store.kept.bulkAdd(puts) : store.kept.bulkPut(puts),
      ...store.derived.map((d, i) => d.table.bulkPut(derived[i]!)),
      store.pins.bulkAdd(newPins),
      store.held.bulkAdd(held),
      store.log.bulkAdd(lines),
    ]);
    return lines;
  });
}
