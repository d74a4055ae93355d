/**
 * Planning how a photo is made smaller, before and after it is decoded: pure functions of its
 * bytes and sizes, so each refusal and each size is tested without a browser. The browser side
 * (`./photo-reduce.ts`) decodes and encodes as planned here.
 */

/** A picked file larger than this is refused before it is read whole (a phone's photo is 3–12 MB). */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** A side longer than this is refused before decoding: 20,000 × 20,000 would take 1.6 GB of memory. */
export const MAX_PHOTO_SIDE = 20_000;
/** The longest side kept: sharp on an A4 page at two to a row. */
const KEPT_SIDE = 1600;
/** What a kept photo aims at: backups of a year of activities stay a few hundred MB at most. */
export const KEPT_BYTES = 300 * 1024;

export type PhotoProblem =
  | 'photo-not-image'
  | 'photo-svg'
  | 'photo-too-large'
  | 'photo-too-many-pixels'
  | 'photo-damaged';
export type ImageKind = 'jpeg' | 'png' | 'gif' | 'webp';

const starts = (b: Uint8Array, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** What the first bytes say the file is; an SVG (text, however named) is told apart. */
function sniff(head: Uint8Array): ImageKind | 'svg' | null {
  if (starts(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 1024)).toLowerCase();
  if (text.includes('<svg')) return 'svg';
  return null;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);

/** The sides the header declares, read without decoding; null when the header is cut short. */
function declaredSize(b: Uint8Array, kind: ImageKind): { width: number; height: number } | null {
  if (kind === 'png') return b.length >= 24 ? { width: u32be(b, 16), height: u32be(b, 20) } : null;
  if (kind === 'gif') return b.length >= 10 ? { width: u16le(b, 6), height: u16le(b, 8) } : null;
  if (kind === 'webp') {
    const chunk = ascii(b, 12, 16);
    if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
    if (chunk === 'VP8L' && b.length >= 25) {
      const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8 ' && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
    return null;
  }
  // JPEG: walk the segments to the first start-of-frame.
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { width: u16be(b, i + 7), height: u16be(b, i + 5) };
    i += 2 + u16be(b, i + 2);
  }
  return null;
}

/** Whether the file ends as its kind must: a PNG with its IEND chunk, a JPEG with its end marker. */
function isWhole(b: Uint8Array, kind: ImageKind): boolean {
  if (kind === 'png') return b.length >= 12 && ascii(b, b.length - 8, b.length - 4) === 'IEND';
  if (kind === 'jpeg') {
    // Some cameras write a few bytes after the end marker: look for it near the end.
    for (let i = b.length - 2; i >= Math.max(0, b.length - 4096); i--)
      if (b[i] === 0xff && b[i + 1] === 0xd9) return true;
    return false;
  }
  return b.length > 16;
}

/** What is known before decoding: the first broken rule, or the kind and declared sides. */
export function checkPhotoBytes(
  bytes: Uint8Array,
  file: { size: number; name: string; type: string },
): { ok: true; kind: ImageKind } | { ok: false; problem: PhotoProblem } {
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, problem: 'photo-too-large' };
  const kind = sniff(bytes);
  if (kind === 'svg' || file.type === 'image/svg+xml' || /\.svgz?$/i.test(file.name))
    return { ok: false, problem: 'photo-svg' };
  if (kind === null) return { ok: false, problem: 'photo-not-image' };
  const size = declaredSize(bytes, kind);
  if (!size || size.width < 1 || size.height < 1) return { ok: false, problem: 'photo-damaged' };
  if (size.width > MAX_PHOTO_SIDE || size.height > MAX_PHOTO_SIDE)
    return { ok: false, problem: 'photo-too-many-pixels' };
  if (!isWhole(bytes, kind)) return { ok: false, problem: 'photo-damaged' };
  return { ok: true, kind };
}

/** The sides a photo is drawn at: the longest at most `side`, never enlarged, at least 1 px. */
export function keptSize(width: number, height: number, side = KEPT_SIDE): { width: number; height: number } {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export interface Attempt {
  side: number;
  quality: number;
}

/** The first encoding tried. */
export const FIRST_ATTEMPT: Attempt = { side: KEPT_SIDE, quality: 0.85 };

/**
 * After an encoding of `bytes`, the next to try, or null to keep it: lower the quality down to
 * 0.55, then draw smaller by a fifth and start again; never below 480 px (kept even if larger).
 */
export function nextAttempt(attempt: Attempt, bytes: number, target = KEPT_BYTES): Attempt | null {
  if (bytes <= target) return null;
  if (attempt.quality > 0.56) return { side: attempt.side, quality: Math.round((attempt.quality - 0.15) * 100) / 100 };
  const side = Math.round(attempt.side * 0.8);
  return side < 480 ? null : { side, quality: 0.85 };
}
