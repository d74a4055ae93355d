import { eachAtMost } from '@/storage/files/read-many';

/**
 * Writing a previewed batch of files (docs/formats.md, "Rules for reading a file"), for every
 * format that rolls up (./write.ts). Every file is written whole in one transaction or not at all: files go in groups of whole
 * files, a transaction a group, so closing the page mid-import leaves each file either kept with
 * its log line or absent. If a group's transaction fails, its files are written again each in
 * its own transaction, so one file the store will not take cannot keep the others out; that
 * file gets only the line `notWritten` writes.
 */

export interface Numbered<V> {
  verdict: V;
  /** The file's place in the batch: its log line goes there. */
  order: number;
}

export interface WholeFileWrites<V, Line extends { order?: number }> {
  /** At most this many files a transaction… */
  filesPerTransaction: number;
  /** …and at most this much of them (`sizeOf`, e.g. days held), however few files. */
  sizePerTransaction: number;
  sizeOf(verdict: V): number;
  /** Transactions started ahead: IndexedDB runs them one after another in the order made. */
  ahead: number;
  /** One transaction for a group of whole files; their log lines. */
  write(group: Numbered<V>[]): Promise<Line[]>;
  /** The log line of a file whose own transaction failed. */
  notWritten(one: Numbered<V>): Promise<Line[]>;
}

/** Consecutive files in groups, each whole in one group, within both bounds. */
function groupsOf<V>(
  verdicts: readonly V[],
  {
    filesPerTransaction,
    sizePerTransaction,
    sizeOf,
  }: Pick<WholeFileWrites<V, never>, 'filesPerTransaction' | 'sizePerTransaction' | 'sizeOf'>,
): Numbered<V>[][] {
  const groups: Numbered<V>[][] = [];
  let group: Numbered<V>[] = [];
  let size = 0;
  verdicts.forEach((verdict, order) => {
    const own = 1 + sizeOf(verdict);
    if (group.length > 0 && (group.length >= filesPerTransaction || size + own > sizePerTransaction)) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push({ verdict, order });
    size += own;
  });
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Writes the batch; its log lines in the batch's order. `onProgress(done, total)` as groups complete. */
export async function writeWholeFiles<V, Line extends { order?: number }>(
  verdicts: readonly V[],
  how: WholeFileWrites<V, Line>,
  onProgress: (done: number, total: number) => void,
): Promise<Line[]> {
  const log: Line[] = new Array(verdicts.length);
  let done = 0;
  const writeAlone = (one: Numbered<V>) => how.write([one]).catch(() => how.notWritten(one));
  await eachAtMost(groupsOf(verdicts, how), how.ahead, async (group) => {
    let lines: Line[];
    try {
      lines = await how.write(group);
    } catch {
      lines = [];
      for (const one of group) lines.push(...(await writeAlone(one)));
    }
    for (const line of lines) log[line.order!] = line;
    done += group.length;
    onProgress(done, verdicts.length);
  });
  return log;
}
