import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { Chart } from './register';

/**
 * One Chart.js chart on a canvas. The chart is made once and updated in place when its
 * configuration changes (a pledge recorded in the popup redraws it without a reload). The
 * canvas is an image with a label; the same figures are in a table beside it.
 */
export function ChartCanvas({
  config,
  label,
  height = 260,
}: {
  config: ChartConfiguration;
  label: string;
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | undefined>(undefined);
  useEffect(() => {
    if (!canvas.current?.getContext('2d')) return undefined;
    chart.current = new Chart(canvas.current, config);
    return () => chart.current?.destroy();
  }, []);
  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    current.data = config.data;
    current.options = config.options ?? {};
    current.update();
  }, [config]);
  return (
    <div class="chart" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
