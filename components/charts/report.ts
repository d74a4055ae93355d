import type { ChartConfiguration, Plugin } from 'chart.js';
import type { I18n } from '@/components/i18n/format';
import type { OfficeDay, Participation } from '@/storage/report/content';
import { fittedCategoryLabel } from './axis-labels';

/**
 * The report's two charts, drawn to read in print and in black and white: one
 * dark colour, no legend to match colours against, the value written on each bar.
 */

const INK = '#222222';
const BAR = '#4d4d4d';
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Writes each bar's value at its end, so that the chart reads without a scale. */
const barValues: Plugin<'bar'> = {
  id: 'barValues',
  afterDatasetsDraw(chart, _args, options: { texts?: string[] }) {
    const texts = options.texts ?? [];
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = INK;
    ctx.font = 'bold 12px "Times New Roman", serif';
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const text = texts[i];
      if (text) ctx.fillText(text, bar.x + 6, bar.y);
    });
    ctx.restore();
  },
};

/** Share of people who took part in each department, highest first, as horizontal bars. */
export function departmentBars(departments: readonly Participation[], i18n: I18n): ChartConfiguration<'bar'> {
  const sorted = [...departments].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.name.localeCompare(b.name));
  const texts = sorted.map((d) =>
    d.rate === null ? '–' : `${new Intl.NumberFormat(i18n.lang).format(percent(d.rate)!)} %`,
  );
  return {
    type: 'bar',
    data: {
      labels: sorted.map((d) => d.name),
      datasets: [
        {
          label: i18n.t('measure.tookPartRate'),
          data: sorted.map((d) => percent(d.rate)),
          backgroundColor: BAR,
          barPercentage: 0.7,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      locale: i18n.lang,
      // Room on the right for the value written after the longest bar; a little air on the left,
      // so that a name that fits is never drawn against the canvas's edge.
      layout: { padding: { left: 4, right: 56 } },
      scales: {
        x: { beginAtZero: true, max: 100, ticks: { color: INK, callback: (v) => `${v}%` }, grid: { color: '#d0d0d0' } },
        // A long name wraps, and is cut at its end if it must be, rather than losing its start.
        y: {
          ticks: { color: INK, font: { size: 12 }, autoSkip: false, callback: fittedCategoryLabel },
          grid: { display: false },
        },
      },
      plugins: {
        legend: { display: false },
        // @ts-expect-error -- options of the local plugin above
        barValues: { texts },
      },
    },
    plugins: [barValues],
  };
}

/** The whole office's share of people taking part each day, as one black line. */
export function officeDaysLine(days: readonly OfficeDay[], i18n: I18n): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: days.map((d) => `${Number(d.date.slice(8))}/${Number(d.date.slice(5, 7))}`),
      datasets: [
        {
          label: i18n.t('measure.dayShare'),
          data: days.map((d) => percent(d.rate)),
          borderColor: INK,
          backgroundColor: INK,
          borderWidth: 2,
          pointRadius: 2.5,
          tension: 0,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      locale: i18n.lang,
      scales: {
        x: { ticks: { color: INK, autoSkip: true, maxRotation: 0 }, grid: { display: false } },
        y: {
          beginAtZero: true,
          suggestedMax: 100,
          ticks: { color: INK, callback: (v) => `${v}%` },
          grid: { color: '#d0d0d0' },
        },
      },
      plugins: { legend: { display: false } },
    },
  };
}
