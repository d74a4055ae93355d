import { type Block, COLOURS, type FontMeasure, LINE, type Op } from './ops';
import { type Measure, withEllipsis, wrapLines } from './wrap';

/** How each kind of block is set at a given size, and how a block is cut at the bottom. */

export function placeBlock(block: Block, x: number, y: number, width: number, u: number, measure: FontMeasure) {
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
export function cutToFit(ops: readonly Op[], bottom: number, width: number, x: number, measure: FontMeasure): Op[] {
  const kept = ops.filter((op) => (op.kind === 'text' ? op.y + op.font.size * LINE : op.y + op.h) <= bottom);
  const lastText = kept.findLast((op) => op.kind === 'text');
  if (lastText && lastText.kind === 'text' && kept.length < ops.length) {
    const room = width - (lastText.x - x);
    lastText.text = withEllipsis(lastText.text, room, (t) => measure(t, lastText.font));
  }
  return kept;
}
