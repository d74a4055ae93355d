import type { FileIssue } from './file-issues';
import { readText } from './read-text';

/**
 * Reading many picked files, a few at a time (docs/formats.md, "Rules for reading a file"): every
 * format that rolls up reads its batch with this, and only the check of one file's text differs.
 */

/** A picked or dropped file: its name and its bytes as a stream (a DOM `File` is one). */
export interface IncomingFile {
  name: string;
  stream(): ReadableStream<Uint8Array>;
}

/** A file that passed every rule of its format; `signed` when it carries a valid signature. */
export type Checked<F> = { ok: true; file: F; signed: boolean } | { ok: false; reason: FileIssue };

/** What the reader tells as it goes: `done` files of `total` read and checked. */
export type OnRead = (done: number, total: number) => void;

/** `work` on every item, at most `atOnce` at a time; results in the items' order. */
export async function eachAtMost<T, R>(
  items: readonly T[],
  atOnce: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  return results;
}

/**
 * Reads and checks files in this thread, `atOnce` at a time (enough to keep the browser's file
 * reads busy, few enough to bound memory); results in the files' order. Each file is read size
 * first (a file over 5 MB is never parsed) as strict UTF-8 without a byte order mark: files
 * exchanged between apps are RFC 8259 JSON.
 */
export async function readMany<F>(
  files: readonly IncomingFile[],
  atOnce: number,
  check: (text: string) => Promise<Checked<F>>,
  onRead: OnRead = () => {},
): Promise<Checked<F>[]> {
  let done = 0;
  return eachAtMost(files, atOnce, async (file) => {
    const read = await readText({ stream: () => file.stream() }, { bom: 'refuse' });
    const checked = read.ok ? await check(read.text) : ({ ok: false, reason: read.issue } as const);
    onRead(++done, files.length);
    return checked;
  });
}
