/**
 * What a share picture is made of: the blocks of content it is given, and the list of things to draw
 * (text and rectangles) that the layout works out from them. Both the layout and the block setter
 * read these; neither imports the other's vocabulary.
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
export const LINE = 1.25;

export interface PictureContent {
  /** The band across the top (the app's name). */
  band: string;
  columns: Block[][];
  /** One line at the bottom (hashtag, app). */
  footer: string;
}
