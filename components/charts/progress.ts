import type { ChartConfiguration, Plugin } from 'chart.js';
import { type I18n, LOCALES } from '@/components/i18n/format';
import { type Bucket, buckets, calendarCells, calendarDays, grainFor } from '@/storage/progress/buckets';
import { heatmapCells, type MonthFigures } from '@/storage/progress/month-figures';
import type { Campaign } from '@/storage/types';
import { fittedLegendLabels } from './axis-labels';

/** The personal charts' configurations, as plain functions of the month's figures: no chart is drawn here. */

/** One colour a series: pledges in the personal charts, departments in the office's. */
export const SERIES_COLOURS = ['#2e7d32', '#1565c0', '#ef6c00', '#6a1b9a', '#00838f', '#c62828', '#827717', '#5d4037'];
const REST = '#eeeeee';
export const INK = '#333333';
const MUTED = '#767676';

/** Shades the columns of rest days and holidays behind the bars. */
const restDayShading: Plugin<'bar'> = {
  id: 'restDayShading',
  beforeDatasetsDraw(chart, _args, options: { rest?: boolean[] }) {
    const rest = options.rest ?? [];
    const { ctx, chartArea, scales } = chart;
    const x = scales.x;
    if (!x || rest.length === 0) return;
    const width = (chartArea.right - chartArea.left) / rest.length;
    ctx.save();
    ctx.fillStyle = REST;
    rest.forEach((isRest, i) => {
      if (isRest)
        ctx.fillRect(x.getPixelForValue(i) - width / 2, chartArea.top, width, chartArea.bottom - chartArea.top);
    });
    ctx.restore();
  },
};

/** Black or white, whichever reads better (at least 4.5:1) on the calendar's green at `alpha` over white. */
export function inkOn(alpha: number): string {
  const a = Math.min(1, Math.max(0, alpha));
  const linear = [46, 125, 50].map((c) => {
    const v = (255 - a * (255 - c)) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

/**
 * Writes each day's number of pledges kept in its cell of the calendar, so that the shade is not
 * the only way to read it (WCAG 1.4.1); a working day with none shows 0, a rest day
 * or a day to come shows nothing.
 */
const cellCounts: Plugin<'matrix'> = {
  id: 'cellCounts',
  afterDatasetsDraw(chart, _args, options: { counts?: (number | null)[]; most?: number }) {
    const counts = options.counts ?? [];
    const { ctx } = chart;
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = '600 11px system-ui, sans-serif';
    chart.getDatasetMeta(0).data.forEach((cell, i) => {
      const count = counts[i];
      if (count === null || count === undefined) return;
      ctx.fillStyle = inkOn(0.3 + (0.7 * count) / (options.most ?? 1));
      const { x, y } = (cell as unknown as { getCenterPoint(final: boolean): { x: number; y: number } }).getCenterPoint(
        true,
      );
      ctx.fillText(String(count), x, y);
    });
    ctx.restore();
  },
};

export const dayLabel = (date: string) => `${Number(date.slice(8))}/${Number(date.slice(5, 7))}`;

/** Pledges kept each day, stacked by pledge; rest days shaded and their dates greyed. */
export function dailyBars(figures: MonthFigures, campaign: Campaign, i18n: I18n): ChartConfiguration<'bar'> {
  // Past six weeks a bar a week, past four months a bar a month (`storage/progress/buckets.ts`).
  const grain = grainFor(figures.days.length);
  const bars = buckets(figures.days, grain);
  const rest = bars.map((b) => b.rest);
  const barLabel = (b: Bucket) =>
    grain === 'day'
      ? dayLabel(b.from)
      : grain === 'month'
        ? `${Number(b.from.slice(5, 7))}/${b.from.slice(0, 4)}`
        : `${dayLabel(b.from)}–${dayLabel(b.to)}`;
  return {
    type: 'bar',
    data: {
      labels: bars.map(barLabel),
      datasets: campaign.pledges.map((p, i) => ({
        label: i18n.label(p.label),
        data: bars.map((b) => b.counts[p.id] ?? 0),
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        stack: 'pledges',
      })),
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      locale: i18n.lang,
      scales: {
        x: {
          stacked: true,
          ticks: {
            // A tick's value is its bar's index: ticks skipped on a narrow screen keep their colour.
            color: (ctx) => (rest[ctx.tick?.value ?? ctx.index] ? MUTED : INK),
            autoSkip: true,
            autoSkipPadding: 6,
            maxRotation: 0,
            font: { size: 10 },
          },
        },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            boxWidth: 12,
            font: { size: 11 },
            // A long pledge is cut to the chart's width, never off both its ends.
            generateLabels: fittedLegendLabels,
          },
        },
        // @ts-expect-error -- options of the local plugin above
        restDayShading: { rest },
      },
    },
    plugins: [restDayShading],
  };
}

/** Days taken part so far against working days so far. */
export function cumulativeLine(figures: MonthFigures, i18n: I18n): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: figures.cumulative.map((p) => dayLabel(p.date)),
      datasets: [
        {
          label: i18n.t('progress.takenLine'),
          data: figures.cumulative.map((p) => p.taken),
          borderColor: '#2e7d32',
          backgroundColor: '#2e7d32',
          tension: 0.1,
        },
        {
          label: i18n.t('progress.workingLine'),
          data: figures.cumulative.map((p) => p.working),
          borderColor: MUTED,
          backgroundColor: MUTED,
          borderDash: [6, 4],
          pointRadius: 0,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      locale: i18n.lang,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      // Legend marks drawn as short lines, so the dashed line's mark is not a grey blob.
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, pointStyle: 'line' } } },
    },
  };
}

/** The campaign month as a calendar: a column a week, a row a weekday, darker = more pledges. */
export function calendarHeatmap(figures: MonthFigures, campaign: Campaign, i18n: I18n): ChartConfiguration<'matrix'> {
  // A long campaign shows its current month (`calendarDays`); a month-long one, every day.
  const shown = calendarDays(figures.days);
  const cells = shown === figures.days ? heatmapCells(campaign, figures.days) : calendarCells(shown);
  const weeks = Math.max(...cells.map((c) => c.x)) + 1;
  const most = Math.max(1, ...figures.days.map((d) => d.kept));
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) =>
    new Intl.DateTimeFormat(LOCALES[i18n.lang], { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, d)),
    ),
  );
  return {
    type: 'matrix',
    data: {
      datasets: [
        {
          label: i18n.t('progress.heatmap'),
          data: cells.map((c) => ({ x: c.x, y: c.y })),
          backgroundColor: (ctx) => {
            const day = cells[ctx.dataIndex]?.day;
            if (!day || day.future) return '#ffffff';
            if (day.kept === 0) return day.kind === 'working' ? '#fbe9e7' : REST;
            return `rgba(46, 125, 50, ${0.3 + (0.7 * day.kept) / most})`;
          },
          borderColor: '#c7c7c7',
          borderWidth: 1,
          width: ({ chart }) => (chart.chartArea?.width ?? 0) / weeks - 4,
          height: ({ chart }) => (chart.chartArea?.height ?? 0) / 7 - 4,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          type: 'linear',
          min: -0.5,
          max: weeks - 0.5,
          offset: false,
          // One tick a cell, on the cell's centre (the range starts half a cell early).
          afterBuildTicks: (scale) => {
            scale.ticks = Array.from({ length: weeks }, (_, value) => ({ value }));
          },
          ticks: { callback: (v) => `${i18n.t('progress.week')} ${Number(v) + 1}` },
          grid: { display: false },
        },
        y: {
          type: 'linear',
          min: 0.5,
          max: 7.5,
          reverse: true,
          offset: false,
          afterBuildTicks: (scale) => {
            scale.ticks = weekdays.map((_, i) => ({ value: i + 1 }));
          },
          ticks: { callback: (v) => weekdays[Number(v) - 1] ?? '' },
          grid: { display: false },
        },
      },
      plugins: {
        legend: { display: false },
        // @ts-expect-error -- options of the local plugin above
        cellCounts: {
          counts: cells.map(({ day }) =>
            !day || day.future || (day.kept === 0 && day.kind !== 'working') ? null : day.kept,
          ),
          most,
        },
        tooltip: {
          callbacks: {
            title: (items) => {
              const day = cells[items[0]?.dataIndex ?? -1]?.day;
              return day ? i18n.date(day.date) : '';
            },
            label: (item) => i18n.t('progress.keptThatDay', { count: cells[item.dataIndex]?.day.kept ?? 0 }),
          },
        },
      },
    },
    plugins: [cellCounts],
  };
}
