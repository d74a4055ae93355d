import type { FileIssue } from './file-issues';
import { MAX_FILE_BYTES } from './limits';

/**
 * The one way every import reads a picked file as text: size first, then strict
 * decoding. Bytes that are not UTF-8 are refused ("the file is not UTF-8 text"), never replaced
 * with `�` and stored garbled.
 */

/** A picked or dropped file: its bytes as a stream, and its size when asking for it is cheap (a DOM `File` is one). */
export interface PickedFile {
  readonly size?: number;
  stream(): ReadableStream<Uint8Array>;
}

export interface TextRules {
  /** The largest file read; a larger one is refused before its bytes are read whole. */
  limit?: number;
  /**
   * A UTF-8 byte order mark: `refuse` for files exchanged between apps (RFC 8259: JSON is UTF-8
   * without one, the summary), `strip` for files people save by hand (Notepad and Excel add one).
   */
  bom: 'refuse' | 'strip';
  /** Read UTF-16 when the file starts with its byte order mark (Excel's "Unicode text"). */
  utf16?: boolean;
}

export type TextRead = { ok: true; text: string } | { ok: false; issue: FileIssue };

const refuse = (rule: FileIssue['rule']): TextRead => ({ ok: false, issue: { path: '', rule } });

/**
 * The file's bytes, or null as soon as there are more than `limit`: reading stops there, so a
 * file picked by mistake (a 2 GB video) is never read whole. The size is not asked first for a
 * batch on purpose: for a file on disk, Chromium answers `File.size` with a synchronous call to the
 * browser process, about 1 ms a file, which was most of the time of importing 10,000 files.
 */
async function bytesUpTo(file: PickedFile, limit: number): Promise<Uint8Array | null> {
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

/** Strict decoders that keep a byte order mark, so that the rules above decide what becomes of it. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true });

/** Decodes bytes by the rules: the text, or the first rule they break. */
function decodeText(bytes: Uint8Array, rules: TextRules): TextRead {
  const [a, b] = bytes;
  const utf16 = a === 0xff && b === 0xfe ? UTF16LE : a === 0xfe && b === 0xff ? UTF16BE : null;
  let text: string;
  try {
    if (utf16 && !rules.utf16) return refuse('encoding');
    // The UTF-16 decoders drop their own byte order mark.
    text = (utf16 ?? UTF8).decode(bytes);
  } catch {
    return refuse('encoding');
  }
  if (text.startsWith('\uFEFF')) {
    if (rules.bom === 'refuse') return refuse('bom');
    text = text.slice(1);
  }
  return { ok: true, text };
}

/** Reads a picked file whole as text by the rules, or says which rule it breaks; never throws. */
export async function readText(file: PickedFile, rules: TextRules): Promise<TextRead> {
  const limit = rules.limit ?? MAX_FILE_BYTES;
  if (file.size !== undefined && file.size > limit) return refuse('too-large');
  let bytes: Uint8Array | null;
  try {
    bytes = await bytesUpTo(file, limit);
  } catch {
    return refuse('unreadable');
  }
  if (bytes === null) return refuse('too-large');
  return decodeText(bytes, rules);
}
