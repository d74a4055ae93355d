import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n/context';
import { enOptions } from '@/components/i18n/en/options';
import { enPopup } from '@/components/i18n/en/popup';
import { makeI18n } from '@/components/i18n/format';
import { viOptions } from '@/components/i18n/vi/options';
import { viPopup } from '@/components/i18n/vi/popup';
import { AdminFigures } from '@/entrypoints/options/pages/admin/report/AdminFigures';
import { departmentFigures } from '@/storage/admin/figures';
import { type AdminData, type FirstData, readAdmin, readFirst } from '@/storage/admin/office';
import { summaryFormat } from '@/storage/admin/summaries';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import { wholeCampaign } from '@/storage/time/range';
import { generateSummaries, summaryFile } from '@/tests/fixtures/summaries.js';

// Issue #16: the admin page paints its first figures from the digests, says the rest is loading,
// and fills in the pledge totals when every kept summary has been read.
const campaign = BUILT_IN_CAMPAIGN;
const range = wholeCampaign(campaign);
const LANGS = {
  vi: makeI18n('vi', { ...viPopup, ...viOptions }),
  en: makeI18n('en', { ...enPopup, ...enOptions }),
};

async function keepSummaries() {
  const { summaries } = generateSummaries({ campaign, people: 12, seed: 11 });
  await commitFiles(
    summaryFormat,
    await previewFiles(
      summaryFormat,
      summaries.map((s) => summaryFile(s)),
      campaign,
    ),
    campaign.id,
    '2024-07-01T09:00:00Z',
  );
  return Promise.all([readFirst(campaign.id), readAdmin(campaign.id)]);
}

function figures(lang: 'vi' | 'en', first: FirstData, admin: AdminData | undefined) {
  return (
    <I18nProvider value={LANGS[lang]}>
      <AdminFigures campaign={campaign} first={first} admin={admin} range={range} onRange={() => undefined} />
    </I18nProvider>
  );
}

const cells = (name: string) => [...document.querySelectorAll(`td[data-cell="${name}"]`)].map((td) => td.textContent);
const pledgeCells = () => [...document.querySelectorAll('td[data-pledge]')].map((td) => td.textContent);

describe('the admin page’s first figures', () => {
  it.each([
    ['vi', 'Đang tải tổng số theo từng cam kết, báo cáo và các phần còn lại của trang…'],
    ['en', 'Loading the totals of each pledge, the reports and the rest of the page…'],
  ] as const)('shows who submitted and took part at once, and says the rest is loading (%s)', async (lang, loading) => {
    const [first, admin] = await keepSummaries();
    const full = departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster, range);
    const { rerender } = render(figures(lang, first, undefined));
    expect(cells('submitted')).toEqual(full.map((f) => String(f.submitted)));
    expect(cells('took-part')).toEqual(full.map((f) => String(f.tookPart)));
    expect(cells('unsigned')).toEqual(full.map((f) => String(f.unsigned)));
    expect(pledgeCells().every((text) => text === '…')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(loading);
    expect(screen.getByRole('table').getAttribute('aria-busy')).toBe('true');

    rerender(figures(lang, first, admin));
    expect(cells('submitted')).toEqual(full.map((f) => String(f.submitted)));
    expect(pledgeCells()).not.toContain('…');
    const total = (id: string) => full.reduce((sum, f) => sum + (f.pledgeTotals[id] ?? 0), 0);
    const shown = (id: string) =>
      [...document.querySelectorAll(`td[data-pledge="${id}"]`)].reduce(
        (sum, td) => sum + Number((td.textContent ?? '').replace(/\D/g, '')),
        0,
      );
    for (const pledge of campaign.pledges) expect(shown(pledge.id)).toBe(total(pledge.id));
    expect(total(campaign.pledges[0]!.id)).toBeGreaterThan(0);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('table').hasAttribute('aria-busy')).toBe(false);
  });
});
