import type { Chart, Scale } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { axisLabelLines, fitAxisLabel, fittedLegendLabels } from '@/components/charts/axis-labels';
import { departmentBars } from '@/components/charts/report';
import { MESSAGES } from '@/components/i18n';
import { makeI18n } from '@/components/i18n/format';

const vi = makeI18n('vi', MESSAGES.vi);
const LONG = 'Phòng Hành chính tổ chức – Quản trị tài vụ và Trung tâm Phục vụ hành chính công';
/** About the width of 12 px Arial: 6.5 px a character. */
const measure = (text: string) => [...text].length * 6.5;

/** The y axis of the figures page's chart as Chart.js hands it to the label callback. */
function axisOf(names: string[], size: { width: number; height: number }) {
  const config = departmentBars(
    names.map((name, i) => ({ id: `d${i}`, name, headcount: 4, submitted: 2, tookPart: 2, rate: 0.5, averageDays: 1 })),
    vi,
  );
  const y = config.options!.scales!.y!;
  const scale = {
    getLabelForValue: (i: number) => config.data.labels![i],
    chart: { ...size, data: config.data, options: config.options },
    options: y,
    ctx: { save() {}, restore() {}, font: '', measureText: (text: string) => ({ width: measure(text) }) },
  } as unknown as Scale;
  const callback = y.ticks?.callback as unknown as ((this: Scale, value: number) => string | string[]) | undefined;
  return { config, label: (i: number) => [callback?.call(scale, i) ?? config.data.labels![i]].flat() as string[] };
}

describe('a long department name on a bar chart’s axis', () => {
  it('wraps onto the lines it has and ends with “…” when cut, its start kept', () => {
    const lines = [fitAxisLabel(LONG, 90, measure, 2)].flat();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Phòng Hành');
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(90);
    expect(LONG.startsWith(lines.join(' ').replace(/…$/, ''))).toBe(true);
  });

  it('stays whole on one line when there is room', () => {
    expect(fitAxisLabel('Phòng Tổng hợp', 300, measure, 2)).toBe('Phòng Tổng hợp');
  });

  it('takes as many lines as its bar’s band holds, a little room between names, one to three', () => {
    expect([
      axisLabelLines(10, 14.4),
      axisLabelLines(40, 14.4),
      axisLabelLines(52, 14.4),
      axisLabelLines(200, 14.4),
    ]).toEqual([1, 2, 3, 3]);
  });

  it('on the figures page at 320 px (a 235 px chart) starts readable inside the half Chart.js gives the axis', () => {
    const { config, label } = axisOf(['Lãnh đạo Văn phòng', LONG, 'Phòng Tổng hợp'], { width: 235, height: 300 });
    const lines = label(1);
    // Chart.js gives a left axis half of the width its layout padding leaves, the tick mark (8 px) and
    // padding (3 px each side) taken; a wider label is cut at its start.
    const axis = (235 - 4 - 56) / 2 - 8 - 2 * 3;
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(axis);
    expect(lines[0]!.startsWith('Phòng Hành')).toBe(true);
    expect(lines.at(-1)!.endsWith('…')).toBe(true);
    // The tooltip and the table name it whole.
    expect(config.data.labels).toContain(LONG);
  });

  it('in the Word report’s picture (600 px, 34 px a department) takes two lines, its start kept', () => {
    const lines = axisOf(['Lãnh đạo Văn phòng', LONG, 'Phòng Tổng hợp'], { width: 600, height: 34 * 3 + 40 }).label(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.startsWith('Phòng Hành chính')).toBe(true);
  });

  it('on the figures page at 1280 px keeps a usual long name whole on one line', () => {
    const name = 'Phòng Hành chính tổ chức – Quản trị tài vụ';
    expect(axisOf([name], { width: 820, height: 300 }).label(0)).toEqual([name]);
  });
});

describe('the breaks of a name on a chart’s axis', () => {
  it.each([
    [
      'after a dash between words',
      'Phòng Hành chính tổ chức – Quản trị tài vụ',
      170,
      ['Phòng Hành chính tổ chức –', 'Quản trị tài vụ'],
    ],
    ['after a dash inside a word', 'Finance (HCTC-QTTV)', 70, ['Finance', '(HCTC-', 'QTTV)']],
    ['inside a word wider than a line', 'Administration', 50, ['Adminis', 'tration']],
  ])('%s', (_, name, width, lines) => {
    expect([fitAxisLabel(name, width, measure, 3)].flat()).toEqual(lines);
  });
});

describe('a long pledge in the personal chart’s legend', () => {
  const PLEDGE = 'Sử dụng sản phẩm thân thiện môi trường trong công việc của cơ quan';

  /** The legend as Chart.js hands it to `generateLabels`: Chart.js's own items, measured at 6.5 px a character. */
  function legendOf(width: number, names: string[]) {
    const chart = {
      width,
      options: { plugins: { legend: { labels: { boxWidth: 12, font: { size: 11 } } } } },
      ctx: { save() {}, restore() {}, font: '', measureText: (text: string) => ({ width: measure(text) }) },
      data: { datasets: names.map((label) => ({ label })) },
      _getSortedDatasetMetas: () =>
        names.map((_, index) => ({ index, visible: true, controller: { getStyle: () => ({}) } })),
      legend: { options: { labels: { boxWidth: 12 } } },
    } as unknown as Chart;
    return fittedLegendLabels(chart).map((item) => item.text);
  }

  it('starts readable and ends with “…” on a 320 px screen, cut after a whole word', () => {
    const [cut] = legendOf(260, [PLEDGE]);
    expect(cut).toMatch(/^Sử dụng sản phẩm thân thiện .*…$/);
    expect(measure(cut!)).toBeLessThanOrEqual(260 - 44);
    expect(cut!.replace('…', '').trimEnd()).toBe(PLEDGE.slice(0, cut!.replace('…', '').trimEnd().length));
  });

  it('stays whole where the chart holds it, as on a desktop', () => {
    expect(legendOf(1200, [PLEDGE, 'Trồng cây xanh'])).toEqual([PLEDGE, 'Trồng cây xanh']);
  });
});
