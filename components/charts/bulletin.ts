import type { ChartConfiguration } from 'chart.js';
import type { I18n } from '@/components/i18n/format';
import { dayLabel, INK, SERIES_COLOURS } from './progress';

/**
 * One department's participation beside the others and the office average (the bulletin):
 * the person's own line green and thick, the office's dashed, the others thin. Rates in percent.
 */
export function departmentComparison(
  dates: readonly string[],
  lines: readonly { label: string; kind: 'mine' | 'office' | 'other'; rates: readonly (number | null)[] }[],
  i18n: I18n,
): ChartConfiguration<'line'> {
  const others = SERIES_COLOURS.slice(1);
  let other = 0;
  return {
    type: 'line',
    data: {
      labels: dates.map(dayLabel),
      datasets: lines.map((line) => {
        // The other departments a little faded, so that the two lines compared stand out.
        const colour =
          line.kind === 'mine'
            ? SERIES_COLOURS[0]!
            : line.kind === 'office'
              ? INK
              : `${others[other++ % others.length]!}a6`;
        return {
          label: line.label,
          data: [...line.rates],
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: line.kind === 'other' ? 1.5 : 3,
          borderDash: line.kind === 'office' ? [6, 4] : undefined,
          pointRadius: line.kind === 'other' ? 1.5 : 3,
          spanGaps: true,
          tension: 0.1,
          order: line.kind === 'other' ? 1 : 0,
        };
      }),
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      locale: i18n.lang,
      scales: { y: { beginAtZero: true, suggestedMax: 100, ticks: { callback: (v) => `${v}%` } } },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, pointStyle: 'line', font: { size: 11 } } },
      },
    },
  };
}
