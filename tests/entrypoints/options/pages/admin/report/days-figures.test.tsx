import { screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setAdminMode } from '@/storage/admin/office';
import { summaryFormat } from '@/storage/admin/summaries';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import { updateSettings } from '@/storage/staff/settings';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';
import { generateSummaries, summaryFile } from '@/tests/fixtures/summaries.js';

// Issue #17: the printable report's daily line chart has its figures in a table, which the
// chart names as its description.

const NOW = Date.parse('2024-07-01T03:00:00Z');
const campaign = BUILT_IN_CAMPAIGN;
const { summaries, totals } = generateSummaries({ campaign, people: 12, seed: 17 });
/** People of the whole office who took part on a date, from the generator's own totals. */
const tookPart = (date: string) =>
  Object.values(totals.departments).reduce((n, d) => n + (d.byDate[date]?.participants ?? 0), 0);

beforeEach(async () => {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await setAdminMode(true, '2024-07-01T00:00:00Z');
  const verdicts = await previewFiles(
    summaryFormat,
    summaries.map((s) => summaryFile(s)),
    campaign,
  );
  await commitFiles(summaryFormat, verdicts, campaign.id, '2024-07-01T10:00:00+07:00');
  window.location.hash = '#report?from=2024-06-10&to=2024-06-16&date=2024-06-17';
});

/** The daily chart, and the element its aria-describedby names. */
async function dailyChart(name: RegExp) {
  const chart = await screen.findByRole('img', { name });
  const described = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
  return { chart, described };
}

describe('the figures of the report’s daily chart', () => {
  it('are a table of each day of the period, which the chart names as its description (Vietnamese)', async () => {
    renderApp(() => NOW);
    const { described } = await dailyChart(/^Biểu đồ đường: tỷ lệ tham gia trong ngày của cả cơ quan, mỗi ngày/);
    expect(described?.textContent).toBe(
      'Số liệu của biểu đồ 2: số người tham gia và tỷ lệ tham gia trong ngày của cả cơ quan, theo từng ngày',
    );
    const table = described!.closest('table')!;
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Ngày', 'Số người tham gia', 'Tỷ lệ tham gia trong ngày']);
    const rows = table.querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-date'))).toEqual([
      '2024-06-10',
      '2024-06-11',
      '2024-06-12',
      '2024-06-13',
      '2024-06-14',
      '2024-06-15',
      '2024-06-16',
    ]);
    expect(tookPart('2024-06-10') + tookPart('2024-06-11'), 'the generator had people take part').toBeGreaterThan(0);
    for (const row of rows) {
      const date = row.getAttribute('data-date')!;
      expect(row.querySelector('td')!.textContent, date).toBe(String(tookPart(date)));
      expect(row.querySelectorAll('td')[1]!.textContent, date).toMatch(/^(\d+(,\d)?%|–)$/);
    }
    expect(rows[0]!.querySelector('th')!.textContent).toBe('10/06/2024');
    expect(rows[5]!.querySelector('th')!.textContent).toBe('15/06/2024 (ngày nghỉ)');
    // Folded under the chart on screen, not printed (the Word document has no such table).
    expect(table.closest('details')?.classList.contains('no-print')).toBe(true);
    expect(screen.getByText('Xem số liệu của biểu đồ 2').tagName).toBe('SUMMARY');
  });

  it('are named in English when the person chose English', async () => {
    await updateSettings({ language: 'en' }, '2024-07-01T00:00:00Z');
    renderApp(() => NOW);
    const { described } = await dailyChart(/^Line chart: share taking part that day across the whole organisation/);
    expect(described?.textContent).toBe(
      'Figures of chart 2: people taking part and share taking part that day across the whole organisation, day by day',
    );
    const table = described!.closest('table')!;
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Date', 'People taking part', 'Share taking part that day']);
    expect(screen.getByText('See the figures of chart 2')).toBeTruthy();
    expect(table.querySelectorAll('tbody th')[5]!.textContent).toMatch(/\(day off\)$/);
  });
});
