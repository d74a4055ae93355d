import type { ChartConfiguration } from 'chart.js';

/**
 * Series told apart without colour alone (WCAG 1.4.1). Each bar series after the
 * first is filled with its colour under a pattern of its own (stripes, dots, cross-hatch…), and
 * each line after the first gets its own dash and point shape; the legend shows the same. The
 * first series stays plain, the one a person reads first (and the figures the tests measure).
 * The charts' configurations stay plain data; this is applied where a chart is drawn.
 */

type Mark = (ctx: CanvasRenderingContext2D, size: number) => void;

const line = (ctx: CanvasRenderingContext2D, points: number[][]) => {
  ctx.beginPath();
  for (const [x1, y1, x2, y2] of points) {
    ctx.moveTo(x1!, y1!);
    ctx.lineTo(x2!, y2!);
  }
  ctx.stroke();
};
const dot = (ctx: CanvasRenderingContext2D, x: number, y: number, r: number) => {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
};

/** The marks drawn over a series' colour, in order; the first series has none. */
const MARKS: Mark[] = [
  (ctx, s) =>
    line(ctx, [
      [0, s, s, 0],
      [-s / 2, s / 2, s / 2, -s / 2],
      [s / 2, s * 1.5, s * 1.5, s / 2],
    ]),
  (ctx, s) => dot(ctx, s / 2, s / 2, s / 6),
  (ctx, s) =>
    line(ctx, [
      [0, s / 2, s, s / 2],
      [s / 2, 0, s / 2, s],
    ]),
  (ctx, s) =>
    line(ctx, [
      [0, 0, s, s],
      [-s / 2, s / 2, s / 2, s * 1.5],
      [s / 2, -s / 2, s * 1.5, s / 2],
    ]),
  (ctx, s) => line(ctx, [[0, s / 2, s, s / 2]]),
  (ctx, s) => line(ctx, [[s / 2, 0, s / 2, s]]),
  (ctx, s) => {
    dot(ctx, s / 4, s / 4, s / 8);
    dot(ctx, (3 * s) / 4, (3 * s) / 4, s / 8);
  },
];

const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [12, 6], [1, 4], [8, 2, 2, 2, 2, 2], [4, 8]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'] as const;

/** The colour under the series' pattern, or the colour itself for the first series (or no canvas). */
export function patternFor(colour: string, index: number, doc: Document = document): CanvasPattern | string {
  if (index === 0) return colour;
  const size = 10;
  const tile = doc.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.lineWidth = 2;
  MARKS[(index - 1) % MARKS.length]!(ctx, size);
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** The configuration with every series after the first given its pattern, dash or point shape. */
export function distinguishable<C extends ChartConfiguration>(config: C, doc: Document = document): C {
  const type = (config as { type: string }).type;
  if (type !== 'bar' && type !== 'line') return config;
  const sets = config.data.datasets as unknown as Record<string, unknown>[];
  // Dashes a chart set itself are not given to another line.
  const taken = new Set(sets.map((set) => JSON.stringify(set.borderDash ?? null)));
  const free = DASHES.filter((dash, i) => i === 0 || !taken.has(JSON.stringify(dash)));
  let next = 0;
  const datasets = sets.map((set, i) => {
    if (type === 'bar') {
      return typeof set.backgroundColor === 'string'
        ? { ...set, backgroundColor: patternFor(set.backgroundColor, i, doc) }
        : set;
    }
    return {
      ...set,
      borderDash: set.borderDash ?? free[next++ % free.length],
      pointStyle: set.pointStyle ?? POINTS[i % POINTS.length],
    };
  });
  return { ...config, data: { ...config.data, datasets } } as C;
}
