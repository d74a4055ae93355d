import {
  type Attempt,
  checkPhotoBytes,
  FIRST_ATTEMPT,
  keptSize,
  MAX_PHOTO_BYTES,
  MAX_PHOTO_SIDE,
  nextAttempt,
  type PhotoProblem,
} from './photo-plan';

/**
 * Making a picked photo smaller in the browser, as `./photo-plan.ts` plans it: decode with
 * createImageBitmap, draw on an OffscreenCanvas (a canvas where there is none), encode JPEG.
 * Nothing is sent anywhere; a refused file leaves nothing behind.
 */

export type ReducedPhoto =
  | { ok: true; jpeg: ArrayBuffer; width: number; height: number }
  | { ok: false; problem: PhotoProblem };

/** What the browser gives; passed in so a test can give its own. */
export interface ImageTools {
  decode: (blob: Blob) => Promise<{ width: number; height: number; close?: () => void } & CanvasImageSource>;
  encode: (image: CanvasImageSource, width: number, height: number, quality: number) => Promise<Blob>;
}

const browserTools: ImageTools = {
  decode: (blob) => createImageBitmap(blob) as never,
  async encode(image, width, height, quality) {
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
      context.drawImage(image, 0, 0, width, height);
      return canvas.convertToBlob({ type: 'image/jpeg', quality });
    }
    const canvas = document.createElement('canvas');
    Object.assign(canvas, { width, height });
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode'))), 'image/jpeg', quality),
    );
  },
};

export async function reducePhoto(file: File, tools: ImageTools = browserTools): Promise<ReducedPhoto> {
  // The size first: a 40 MB file is refused before a byte of it is read.
  const head = file.size > MAX_PHOTO_BYTES ? new Uint8Array() : new Uint8Array(await file.arrayBuffer());
  const checked = checkPhotoBytes(head, file);
  if (!checked.ok) return checked;
  let image: Awaited<ReturnType<ImageTools['decode']>>;
  try {
    image = await tools.decode(new Blob([head]));
  } catch {
    return { ok: false, problem: 'photo-damaged' };
  }
  try {
    if (image.width > MAX_PHOTO_SIDE || image.height > MAX_PHOTO_SIDE)
      return { ok: false, problem: 'photo-too-many-pixels' };
    let attempt: Attempt | null = FIRST_ATTEMPT;
    let kept: { blob: Blob; width: number; height: number } | null = null;
    while (attempt) {
      const size = keptSize(image.width, image.height, attempt.side);
      const blob = await tools.encode(image, size.width, size.height, attempt.quality);
      kept = { blob, ...size };
      attempt = nextAttempt(attempt, blob.size);
    }
    return { ok: true, jpeg: await kept!.blob.arrayBuffer(), width: kept!.width, height: kept!.height };
  } catch {
    return { ok: false, problem: 'photo-damaged' };
  } finally {
    image.close?.();
  }
}
