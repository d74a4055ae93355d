import { describe, expect, it } from 'vitest';
import {
  checkPhotoBytes,
  FIRST_ATTEMPT,
  KEPT_BYTES,
  keptSize,
  MAX_PHOTO_BYTES,
  nextAttempt,
} from '@/storage/activities/photo-plan';
import { type ImageTools, reducePhoto } from '@/storage/activities/photo-reduce';
import { jpegBytes, photoFile, pngBytes, SVG } from '@/tests/fixtures/images';

const meta = (bytes: Uint8Array, name: string, type = '') => ({ size: bytes.length, name, type });

describe('a photo picked for an activity, before it is decoded', () => {
  it.each([
    ['a JPEG from a phone', jpegBytes(4000, 3000), 'IMG_0001.jpg', { ok: true, kind: 'jpeg' }],
    ['a PNG screenshot', pngBytes(1920, 1080), 'anh.png', { ok: true, kind: 'png' }],
    [
      'text named .jpg',
      new TextEncoder().encode('Biên bản ra quân ngày 5/6'),
      'anh.jpg',
      { ok: false, problem: 'photo-not-image' },
    ],
    ['a truncated PNG', pngBytes(800, 600, false), 'cat-do.png', { ok: false, problem: 'photo-damaged' }],
    [
      'a PNG cut inside its header',
      pngBytes(800, 600).subarray(0, 20),
      'dau.png',
      { ok: false, problem: 'photo-damaged' },
    ],
    ['an SVG', SVG, 'logo.svg', { ok: false, problem: 'photo-svg' }],
    ['an SVG named .png', SVG, 'logo.png', { ok: false, problem: 'photo-svg' }],
    ['a 20,001 px wide PNG', pngBytes(20_001, 100), 'panorama.png', { ok: false, problem: 'photo-too-many-pixels' }],
    ['a 25,000 px tall JPEG', jpegBytes(100, 25_000), 'cuon.jpg', { ok: false, problem: 'photo-too-many-pixels' }],
  ])('%s', (_, bytes, name, expected) => {
    expect(checkPhotoBytes(bytes, meta(bytes, name))).toEqual(expected);
  });

  it('over 20 MB is refused before it is read', async () => {
    const file = {
      size: 40 * 1024 * 1024,
      name: 'video.jpg',
      type: 'image/jpeg',
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    expect(await reducePhoto(file as unknown as File)).toEqual({ ok: false, problem: 'photo-too-large' });
    expect(checkPhotoBytes(new Uint8Array(), { size: MAX_PHOTO_BYTES + 1, name: 'a.jpg', type: '' })).toEqual({
      ok: false,
      problem: 'photo-too-large',
    });
  });
});

describe('the size a photo is kept at', () => {
  it.each([
    [4000, 3000, 1600, 1200],
    [3000, 4000, 1200, 1600],
    [1600, 1600, 1600, 1600],
    [800, 600, 800, 600],
    [20_000, 10, 1600, 1],
  ])('%i × %i is drawn at %i × %i, never enlarged', (w, h, kw, kh) => {
    expect(keptSize(w, h)).toEqual({ width: kw, height: kh });
  });

  it('lowers the quality, then the size, until about 300 kB, and stops at 480 px', () => {
    expect(nextAttempt(FIRST_ATTEMPT, KEPT_BYTES)).toBeNull();
    expect(nextAttempt(FIRST_ATTEMPT, 900_000)).toEqual({ side: 1600, quality: 0.7 });
    expect(nextAttempt({ side: 1600, quality: 0.55 }, 900_000)).toEqual({ side: 1280, quality: 0.85 });
    expect(nextAttempt({ side: 500, quality: 0.55 }, 900_000)).toBeNull();
  });
});

describe('making a photo smaller', () => {
  /** A browser stand-in: the JPEG's size follows the pixels and the quality. */
  const tools = (sides: { width: number; height: number }, fail = false): ImageTools & { drawn: number[][] } => {
    const drawn: number[][] = [];
    return {
      drawn,
      decode: async () => {
        if (fail) throw new Error('decode');
        return sides as never;
      },
      encode: async (_image, width, height, quality) => {
        drawn.push([width, height, quality]);
        return new Blob([new Uint8Array(Math.round(width * height * quality * 0.3))], { type: 'image/jpeg' });
      },
    };
  };

  it('draws a 4000 × 3000 photo at most 1600 px and about 300 kB', async () => {
    const t = tools({ width: 4000, height: 3000 });
    const reduced = await reducePhoto(photoFile(jpegBytes(4000, 3000), 'IMG_0001.jpg'), t);
    expect(reduced).toMatchObject({ ok: true, width: 1280, height: 960 });
    expect(reduced.ok && reduced.jpeg.byteLength).toBeLessThanOrEqual(KEPT_BYTES);
    expect(t.drawn[0]).toEqual([1600, 1200, 0.85]);
  });

  it('refuses a file the browser cannot decode, whatever its header says', async () => {
    expect(await reducePhoto(photoFile(jpegBytes(800, 600), 'hong.jpg'), tools({ width: 1, height: 1 }, true))).toEqual(
      {
        ok: false,
        problem: 'photo-damaged',
      },
    );
  });
});
