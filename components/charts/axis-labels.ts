import { type Chart, type FontSpec, Legend, type LegendItem, type Scale } from 'chart.js';
import { toFont, toPadding } from 'chart.js/helpers';
import { type Measure, withEllipsis } from '@/components/share/picture/wrap';

/**
 * Names on a bar chart's category axis (departments), made to fit: Chart.js gives a vertical axis
 * at most half the chart's width and clips a wider label at the canvas's left edge, so that a
 * long name lost its start on a phone. Here a name wraps onto the lines its bar has room for,
 * and the last line ends with "…" when some is left out. The tooltip and the table beside the
 * chart keep the whole name (the chart's data labels are not touched).
 */

/** A little air, so that a name that fits leaves the axis short of its most. */
const GAP = 8;
const MAX_LINES = 3;

/**
 * The lines of one name at most `width` wide, on at most `maxLines` lines: words go on a line
 * while they fit, a line may also end after a dash ("Hành chính –", "HCTC-"), a word wider than a
 * line is cut by characters, and past `maxLines` the last line ends with "…".
 */
export function fitAxisLabel(name: string, width: number, measure: Measure, maxLines: number): string | string[] {
  const fits = (text: string) => measure(text.trimEnd()) <= width;
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const piece of pieces(name)) {
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    push();
    if (fits(piece)) {
      line = piece;
      continue;
    }
    for (const char of piece) {
      if (line && !fits(line + char)) push();
      line += char;
    }
  }
  push();
  const most = Math.max(1, maxLines);
  const kept = lines.slice(0, most);
  if (lines.length > most) kept[most - 1] = withEllipsis(kept[most - 1]!, width, measure);
  return kept.length === 1 ? kept[0]! : kept;
}

/** A name's pieces that a line may end after: a word with the space after it, a dash kept with the word before. */
function pieces(name: string): string[] {
  const out: string[] = [];
  for (const piece of name.trim().match(/[^\s–—-]*[–—-]*\s*/g) ?? []) {
    if (!piece) continue;
    if (/^[–—-]/.test(piece) && out.length) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}

/**
 * The widest a label of the scale may be: half of what the chart's layout padding leaves, less
 * the tick mark's length and the tick padding Chart.js counts on both sides of a label, less a
 * little air.
 */
function axisLabelWidth(chartWidth: number, horizontalPadding: number, tickPadding = 3, tickMark = 8): number {
  return (chartWidth - horizontalPadding) / 2 - tickMark - 2 * tickPadding - GAP;
}

/** How many lines of text (`lineHeight` px each) a category's band holds with a little room between names, 1 to 3. */
export function axisLabelLines(bandHeight: number, lineHeight: number): number {
  return Math.min(MAX_LINES, Math.max(1, Math.floor((bandHeight - 4) / lineHeight)));
}

/**
 * A `ticks.callback` for a category axis on the left (`indexAxis: 'y'`): the category's name,
 * wrapped and cut to fit the chart as it is drawn now (it is called again on each resize).
 */
export function fittedCategoryLabel(this: Scale, value: number | string): string | string[] {
  const name = this.getLabelForValue(Number(value));
  const { chart } = this;
  const { ticks, grid } = this.options as unknown as {
    ticks: { font?: Partial<FontSpec>; padding?: number };
    grid?: { drawTicks?: boolean; tickLength?: number };
  };
  const font = toFont(ticks.font ?? {});
  const padding = toPadding(chart.options.layout?.padding as number);
  const count = Math.max(1, chart.data.labels?.length ?? 1);
  // The band of a category: the chart's height less the axis below (its labels and padding).
  const band = (chart.height - padding.height - 3 * font.lineHeight) / count;
  const ctx = this.ctx;
  ctx.save();
  ctx.font = font.string;
  const measure = (text: string) => ctx.measureText(text).width;
  const label = fitAxisLabel(
    name,
    axisLabelWidth(chart.width, padding.width, ticks.padding, grid?.drawTicks === false ? 0 : grid?.tickLength),
    measure,
    axisLabelLines(band, font.lineHeight),
  );
  ctx.restore();
  return label;
}

/** Chart.js's own legend items (the plugin's default, whether or not the plugin is registered yet). */
const LEGEND_ITEMS = (Legend as unknown as { defaults: { labels: { generateLabels: (chart: Chart) => LegendItem[] } } })
  .defaults.labels.generateLabels;

/**
 * A legend's `labels.generateLabels` that cuts each long name (a pledge) to one line of the chart's
 * width, box and padding aside, ending with "…": Chart.js otherwise lets a wide item run off both
 * ends of a narrow chart. The table beside the chart keeps the whole name.
 */
export function fittedLegendLabels(chart: Chart): LegendItem[] {
  const { labels } = chart.options.plugins?.legend ?? {};
  const font = toFont((labels?.font as Partial<FontSpec>) ?? {});
  const ctx = chart.ctx;
  ctx.save();
  ctx.font = font.string;
  const measure = (text: string) => ctx.measureText(text).width;
  const width = chart.width - 2 * ((labels?.boxWidth ?? font.size) + (labels?.padding ?? 10));
  const items = LEGEND_ITEMS(chart).map((item) => ({
    ...item,
    text: fitAxisLabel(item.text, width, measure, 1) as string,
  }));
  ctx.restore();
  return items;
}
