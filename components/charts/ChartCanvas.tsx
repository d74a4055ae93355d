import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { distinguishable } from './patterns';
import { Chart } from './register';

/**
 * One Chart.js chart on a canvas. The chart is made once and updated in place when its
 * configuration changes (a pledge recorded in the popup redraws it without a reload). The
 * canvas is an image with a label; the same figures are in a table beside it, which
 * `describedBy` names (the chart and its table linked). Series are told apart by
 * pattern, dash or point shape as well as by colour (`distinguishable`).
 */
export function ChartCanvas({
  config,
  label,
  height = 260,
  describedBy,
}: {
  config: ChartConfiguration;
  label: string;
  height?: number;
  /** The id of the table (or its caption) that holds the chart's figures. */
  describedBy?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | undefined>(undefined);
  useEffect(() => {
    if (!canvas.current?.getContext('2d')) return undefined;
    chart.current = new Chart(canvas.current, distinguishable(config));
    return () => chart.current?.destroy();
  }, []);
  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    const drawn = distinguishable(config);
    current.data = drawn.data;
    current.options = drawn.options ?? {};
    current.update();
  }, [config]);
  return (
    <div class="chart" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={label} aria-describedby={describedBy} />
    </div>
  );
}
