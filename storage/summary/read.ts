import type { FileIssue } from '@/storage/files/file-issues';
import { MAX_FILE_BYTES } from '@/storage/files/limits';
import type { Campaign } from '@/storage/types';
import { type Summary, validateSummary } from './schema';
import { verifySummary } from './signature';

/**
 * Reading staff summary files against every rule of docs/formats.md (issue #4): pure work on their
 * bytes, nothing stored (no database is imported here).
 */

/** A picked or dropped file: its name and its bytes as a stream (a DOM `File` is one). */
export interface IncomingFile {
  name: string;
  stream(): ReadableStream<Uint8Array>;
}

/**
 * The file's bytes, or null as soon as there are more than `limit`: reading stops there, so a
 * file picked by mistake (a 2 GB video) is never read whole. The size is not asked first on
 * purpose: for a file on disk, Chromium answers `File.size` with a synchronous call to the
 * browser process, about 1 ms a file, which was most of the time of importing 10,000 files.
 */
async function bytesUpTo(file: IncomingFile, limit: number): Promise<Uint8Array | null> {
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Strict UTF-8 that keeps a byte order mark (docs/formats.md files must not carry one): bytes that are not UTF-8 are refused, not replaced. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

/** A file that passed every rule; `signed` when it carries a valid signature. */
export type FileRead = { ok: true; summary: Summary; signed: boolean } | { ok: false; reason: FileIssue };

/** One file against every rule of docs/formats.md, size first: a file over 5 MB is never parsed. */
async function readSummaryFile(file: IncomingFile, campaign: Campaign): Promise<FileRead> {
  let bytes: Uint8Array | null;
  try {
    bytes = await bytesUpTo(file, MAX_FILE_BYTES);
  } catch {
    return { ok: false, reason: { path: '', rule: 'unreadable' } };
  }
  if (bytes === null) return { ok: false, reason: { path: '', rule: 'too-large' } };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, reason: { path: '', rule: 'encoding' } };
  }
  // RFC 8259: JSON exchanged between systems is UTF-8 without a byte order mark.
  if (text.startsWith('\uFEFF')) return { ok: false, reason: { path: '', rule: 'bom' } };
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
  if (!(await verifySummary(result.summary)))
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
