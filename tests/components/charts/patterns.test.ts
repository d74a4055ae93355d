import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { distinguishable, patternFor } from '@/components/charts/patterns';
import { inkOn } from '@/components/charts/progress';

/** A document whose canvases draw nothing but say which pattern they were asked for. */
function drawingDocument(): { doc: Document; tiles: string[][] } {
  const tiles: string[][] = [];
  const doc = {
    createElement: () => {
      const calls: string[] = [];
      tiles.push(calls);
      const ctx = new Proxy(
        {},
        {
          get: (_target, key) =>
            key === 'createPattern'
              ? () => ({ pattern: tiles.length })
              : (...args: unknown[]) => calls.push(`${String(key)}(${args.length})`),
          set: () => true,
        },
      );
      return { width: 0, height: 0, getContext: () => ctx };
    },
  } as unknown as Document;
  return { doc, tiles };
}

const bars = (colours: string[]): ChartConfiguration<'bar'> => ({
  type: 'bar',
  data: { labels: ['1/6'], datasets: colours.map((c, i) => ({ label: `p${i}`, data: [1], backgroundColor: c })) },
});

describe('chart series told apart without colour alone (issue #17)', () => {
  it('keeps the first bar series its plain colour and gives every other series a pattern of its own', () => {
    const { doc, tiles } = drawingDocument();
    const drawn = distinguishable(bars(['#2e7d32', '#1565c0', '#ef6c00']), doc);
    const fills = drawn.data.datasets.map((d) => d.backgroundColor);
    expect(fills[0]).toBe('#2e7d32');
    expect(fills.slice(1)).toEqual([{ pattern: 1 }, { pattern: 2 }]);
    // Each pattern is the series' colour with different marks over it.
    expect(tiles[0]).not.toEqual(tiles[1]);
  });

  it('falls back to the colour where no canvas can be drawn', () => {
    const doc = { createElement: () => ({ getContext: () => null }) } as unknown as Document;
    expect(patternFor('#1565c0', 3, doc)).toBe('#1565c0');
  });

  it('gives each line its own dash and point shape, keeping those a chart already set', () => {
    const config: ChartConfiguration<'line'> = {
      type: 'line',
      data: {
        labels: ['1/6'],
        datasets: [
          { label: 'a', data: [1] },
          { label: 'b', data: [2] },
          { label: 'c', data: [3], borderDash: [6, 4] },
        ],
      },
    };
    const sets = distinguishable(config).data.datasets;
    expect(new Set(sets.map((d) => JSON.stringify(d.borderDash))).size).toBe(3);
    expect(new Set(sets.map((d) => d.pointStyle)).size).toBe(3);
    expect(sets[2]!.borderDash).toEqual([6, 4]);
  });

  it('leaves a chart of another kind as it is', () => {
    const matrix = { type: 'matrix', data: { datasets: [] } } as unknown as ChartConfiguration;
    expect(distinguishable(matrix)).toBe(matrix);
  });
});

describe('the calendar’s numbers (issue #17)', () => {
  /** WCAG contrast of two sRGB colours given as [r, g, b] 0–255. */
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it.each([0.3, 0.45, 0.6, 0.65, 0.7, 0.8, 1])('reads at 4.5:1 or more on the green at %s over white', (alpha) => {
    const cell = [46, 125, 50].map((c) => 255 - alpha * (255 - c));
    const ink = inkOn(alpha) === '#000000' ? [0, 0, 0] : [255, 255, 255];
    expect(contrast(cell, ink)).toBeGreaterThanOrEqual(4.5);
  });
});
