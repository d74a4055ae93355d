import type { Font, FontMeasure, Picture } from './ops';

/**
 * Draws a laid-out picture on a canvas, in the fonts of the computer (no font is fetched: the
 * extension makes no network request). The same font list measures and draws.
 */

const FAMILY = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
const cssFont = (font: Font) => `${font.bold ? 700 : 400} ${font.size}px ${FAMILY}`;

/** Text widths as the canvas will draw them. */
export function canvasMeasure(doc: Document = document): FontMeasure {
  const ctx = doc.createElement('canvas').getContext('2d');
  if (!ctx) return (text, font) => text.length * font.size * 0.6;
  return (text, font) => {
    ctx.font = cssFont(font);
    return ctx.measureText(text).width;
  };
}

export function drawPicture(canvas: HTMLCanvasElement, picture: Picture): void {
  canvas.width = picture.width;
  canvas.height = picture.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.textBaseline = 'top';
  for (const op of picture.ops) {
    ctx.fillStyle = op.colour;
    if (op.kind === 'rect') ctx.fillRect(op.x, op.y, op.w, op.h);
    else {
      ctx.font = cssFont(op.font);
      ctx.textAlign = op.align;
      ctx.fillText(op.text, op.x, op.y);
    }
  }
}

export function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas gave no PNG'))), 'image/png'),
  );
}
