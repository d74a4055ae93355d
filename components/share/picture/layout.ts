import { cutToFit, placeBlock } from './blocks';
import {
  type Block,
  COLOURS,
  type Font,
  type FontMeasure,
  LINE,
  type Op,
  type Picture,
  type PictureContent,
} from './ops';
import { type Measure, withEllipsis } from './wrap';

/**
 * The pictures' layout as a list of things to draw, worked out before anything is
 * drawn: blocks of text, figures side by side and ranking bars, in one column (square) or two
 * (wide). When the content is too long the whole picture is set smaller, down to a floor; past
 * it, what does not fit is cut with "…". So a long name wraps, and nothing ever runs off.
 */

const SCALES = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.55, 0.5];

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
