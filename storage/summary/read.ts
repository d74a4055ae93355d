import type { FileIssue } from '@/storage/files/file-issues';
import { readText } from '@/storage/files/read-text';
import type { Campaign } from '@/storage/types';
import { type Summary, validateSummary } from './schema';
import { verifyFile } from './signature';

/**
 * Reading staff summary files against every rule of docs/formats.md (issue #4): pure work on their
 * bytes, nothing stored (no database is imported here).
 */

/** A picked or dropped file: its name and its bytes as a stream (a DOM `File` is one). */
export interface IncomingFile {
  name: string;
  stream(): ReadableStream<Uint8Array>;
}

/** A file that passed every rule; `signed` when it carries a valid signature. */
export type FileRead = { ok: true; summary: Summary; signed: boolean } | { ok: false; reason: FileIssue };

/** One file against every rule of docs/formats.md, size first: a file over 5 MB is never parsed. */
async function readSummaryFile(file: IncomingFile, campaign: Campaign): Promise<FileRead> {
  // A summary is exchanged between apps: RFC 8259 JSON, UTF-8 without a byte order mark. Its
  // size is not asked (see bytesUpTo): the stream stops at the limit.
  const read = await readText({ stream: () => file.stream() }, { bom: 'refuse' });
  if (!read.ok) return { ok: false, reason: read.issue };
  const text = read.text;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: { path: '', rule: 'json' } };
  }
  const result = validateSummary(json, campaign);
  if (!result.ok) return { ok: false, reason: result.issue };
  // An unsigned file is accepted (and marked so); a signature that does not fit is refused.
  if (!result.summary.signature) return { ok: true, summary: result.summary, signed: false };
  if (!(await verifyFile(result.summary)))
    return { ok: false, reason: { path: 'signature', rule: 'signature-invalid' } };
  return { ok: true, summary: result.summary, signed: true };
}

/** How many files are read at once: enough to keep the browser's file reads busy, few enough to bound memory. */
const READING_AT_ONCE = 256;

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

/** What the reader tells as it goes: `done` files of `total` read and checked. */
export type OnRead = (done: number, total: number) => void;

/** Reads and checks files in this thread, a few at a time; results in the files' order. */
export async function readSummaryFiles(
  files: readonly IncomingFile[],
  campaign: Campaign,
  onRead: OnRead = () => {},
): Promise<FileRead[]> {
  let done = 0;
  return eachAtMost(files, READING_AT_ONCE, async (file) => {
    const read = await readSummaryFile(file, campaign);
    onRead(++done, files.length);
    return read;
  });
}
