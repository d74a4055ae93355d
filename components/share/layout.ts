import { type Measure, withEllipsis, wrapLines } from './wrap';

/**
 * The pictures' layout (issue #13) as a list of things to draw, worked out before anything is
 * drawn: blocks of text, figures side by side and ranking bars, in one column (square) or two
 * (wide). When the content is too long the whole picture is set smaller, down to a floor; past
 * it, what does not fit is cut with "…". So a long name wraps, and nothing ever runs off.
 */

export interface Font {
  size: number;
  bold: boolean;
}
export type FontMeasure = (text: string, font: Font) => number;

export type Op =
  /** `y` is the top of the line; `x` its left end, or its right end when `align` is right. */
  | { kind: 'text'; text: string; x: number; y: number; font: Font; colour: string; align: 'left' | 'right' }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; colour: string };

export interface Picture {
  width: number;
  height: number;
  ops: Op[];
}

export type Block =
  | { kind: 'text'; text: string; size: number; bold?: boolean; colour?: string; maxLines?: number }
  | { kind: 'figures'; items: { value: string; label: string }[] }
  | { kind: 'bar'; label: string; value: string; rate: number | null };

export const COLOURS = { green: '#1b5e20', ink: '#1a1a1a', muted: '#4a4a4a', soft: '#e8f5e9', line: '#c7c7c7' };
const LINE = 1.25;
const SCALES = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.55, 0.5];

export interface PictureContent {
  /** The band across the top (the app's name). */
  band: string;
  columns: Block[][];
  /** One line at the bottom (hashtag, app). */
  footer: string;
}

export function layoutPicture(
  size: { width: number; height: number },
  content: PictureContent,
  measure: FontMeasure,
): Picture {
  const { width, height } = size;
  const u = Math.min(width, height * 1.35) / 1080;
  const margin = Math.round(56 * u);
  const bandFont = { size: 30 * u, bold: true };
  const bandHeight = Math.round(bandFont.size * 2.2);
  const footFont = { size: 26 * u, bold: true };
  const footTop = height - margin - footFont.size * LINE;
  const frame: Op[] = [
    { kind: 'rect', x: 0, y: 0, w: width, h: height, colour: '#ffffff' },
    { kind: 'rect', x: 0, y: 0, w: width, h: bandHeight, colour: COLOURS.green },
    line(content.band, margin, (bandHeight - bandFont.size * LINE) / 2, bandFont, '#ffffff', width - 2 * margin),
    {
      kind: 'rect',
      x: margin,
      y: footTop - 16 * u,
      w: width - 2 * margin,
      h: Math.max(2, 3 * u),
      colour: COLOURS.green,
    },
    line(content.footer, margin, footTop, footFont, COLOURS.green, width - 2 * margin),
  ];
  const area = { top: bandHeight + margin * 0.7, bottom: footTop - 32 * u };
  const gap = margin;
  const colWidth = (width - 2 * margin - gap * (content.columns.length - 1)) / content.columns.length;

  for (const [i, scale] of SCALES.entries()) {
    const last = i === SCALES.length - 1;
    const ops: Op[] = [];
    let fits = true;
    content.columns.forEach((blocks, c) => {
      const x = margin + c * (colWidth + gap);
      const placed = placeColumn(blocks, x, area, colWidth, u * scale, measure, last);
      ops.push(...placed.ops);
      fits &&= placed.fits;
    });
    if (fits || last) return { width, height, ops: [...frame, ...ops] };
  }
  throw new Error('unreachable');

  function line(text: string, x: number, y: number, font: Font, colour: string, room: number): Op {
    const fm: Measure = (t) => measure(t, font);
    const fitted = fm(text) <= room ? text : withEllipsis(text, room, fm);
    return { kind: 'text', text: fitted, x, y, font, colour, align: 'left' };
  }
}

/** Blocks down a column; with `cut`, whatever passes the bottom is left out (the last line with "…"). */
function placeColumn(
  blocks: readonly Block[],
  x: number,
  area: { top: number; bottom: number },
  width: number,
  u: number,
  measure: FontMeasure,
  cut: boolean,
): { ops: Op[]; fits: boolean } {
  const ops: Op[] = [];
  let y = area.top;
  for (const block of blocks) {
    const laid = placeBlock(block, x, y, width, u, measure);
    if (laid.bottom > area.bottom) {
      if (!cut) return { ops, fits: false };
      ops.push(...cutToFit(laid.ops, area.bottom, width, x, measure));
      return { ops, fits: false };
    }
    ops.push(...laid.ops);
    y = laid.bottom + 22 * u;
  }
  return { ops, fits: true };
}

function placeBlock(block: Block, x: number, y: number, width: number, u: number, measure: FontMeasure) {
  const ops: Op[] = [];
  if (block.kind === 'text') {
    const font = { size: block.size * u, bold: block.bold ?? false };
    const lines = wrapLines(block.text, width, (t) => measure(t, font), block.maxLines);
    lines.forEach((text, i) => {
      ops.push({
        kind: 'text',
        text,
        x,
        y: y + i * font.size * LINE,
        font,
        colour: block.colour ?? COLOURS.ink,
        align: 'left',
      });
    });
    return { ops, bottom: y + lines.length * font.size * LINE };
  }
  if (block.kind === 'figures') {
    const n = block.items.length;
    const gap = 28 * u;
    const cell = (width - gap * (n - 1)) / n;
    const valueFont = { size: 92 * u, bold: true };
    const labelFont = { size: 27 * u, bold: false };
    let bottom = y;
    block.items.forEach((item, i) => {
      const cx = x + i * (cell + gap);
      const fm: Measure = (t) => measure(t, valueFont);
      const value = fm(item.value) <= cell ? item.value : withEllipsis(item.value, cell, fm);
      ops.push({ kind: 'rect', x: cx, y, w: cell, h: 0, colour: COLOURS.soft });
      ops.push({
        kind: 'text',
        text: value,
        x: cx + 16 * u,
        y: y + 12 * u,
        font: valueFont,
        colour: COLOURS.green,
        align: 'left',
      });
      const labels = wrapLines(item.label, cell - 32 * u, (t) => measure(t, labelFont), 3);
      const top = y + 12 * u + valueFont.size * 1.1;
      labels.forEach((text, j) => {
        ops.push({
          kind: 'text',
          text,
          x: cx + 16 * u,
          y: top + j * labelFont.size * LINE,
          font: labelFont,
          colour: COLOURS.ink,
          align: 'left',
        });
      });
      bottom = Math.max(bottom, top + labels.length * labelFont.size * LINE + 14 * u);
    });
    // The cells' backgrounds reach the tallest cell's bottom.
    for (const op of ops) if (op.kind === 'rect') op.h = bottom - y;
    return { ops, bottom };
  }
  const font = { size: 30 * u, bold: false };
  const valueFont = { size: 30 * u, bold: true };
  const valueWidth = measure(block.value, valueFont);
  const labels = wrapLines(block.label, width - valueWidth - 24 * u, (t) => measure(t, font), 2);
  labels.forEach((text, i) => {
    ops.push({ kind: 'text', text, x, y: y + i * font.size * LINE, font, colour: COLOURS.ink, align: 'left' });
  });
  ops.push({
    kind: 'text',
    text: block.value,
    x: x + width,
    y,
    font: valueFont,
    colour: COLOURS.green,
    align: 'right',
  });
  const barTop = y + labels.length * font.size * LINE + 6 * u;
  const barHeight = 14 * u;
  ops.push({ kind: 'rect', x, y: barTop, w: width, h: barHeight, colour: COLOURS.soft });
  if (block.rate)
    ops.push({ kind: 'rect', x, y: barTop, w: width * Math.min(1, block.rate), h: barHeight, colour: COLOURS.green });
  return { ops, bottom: barTop + barHeight };
}

/** The ops of a block that end above `bottom`; the last text line kept gets "…". */
function cutToFit(ops: readonly Op[], bottom: number, width: number, x: number, measure: FontMeasure): Op[] {
  const kept = ops.filter((op) => (op.kind === 'text' ? op.y + op.font.size * LINE : op.y + op.h) <= bottom);
  const lastText = kept.findLast((op) => op.kind === 'text');
  if (lastText && lastText.kind === 'text' && kept.length < ops.length) {
    const room = width - (lastText.x - x);
    lastText.text = withEllipsis(lastText.text, room, (t) => measure(t, lastText.font));
  }
  return kept;
}
