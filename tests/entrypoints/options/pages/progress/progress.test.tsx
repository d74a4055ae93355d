import { screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN, loadCampaign } from '@/storage/campaign/store';
import { setPledgeCount } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import type { Campaign } from '@/storage/types';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

const NOW = Date.parse('2024-06-12T03:00:00Z'); // Wednesday 12 June, day 8

async function setUp() {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Trần Văn An', department: 'ldvp' }, BUILT_IN_CAMPAIGN, '2024-06-01T00:00:00Z');
}

async function record(campaign: Campaign, date: string, pledgeId: string, count = 1, today = date) {
  await setPledgeCount({ campaign, date, pledgeId, count, today, at: `${today}T03:00:00Z` });
}

const figure = (id: string) => document.querySelector(`[data-figure="${id}"]`)?.textContent;
const total = (pledgeId: string) => document.querySelector(`tr[data-pledge="${pledgeId}"] td`)?.textContent;

beforeEach(() => {
  window.location.hash = '';
});

describe('my progress', () => {
  it('opens on my progress with a clear empty state before anything is recorded', async () => {
    await setUp();
    renderApp(() => NOW);
    expect(await screen.findByText('Bạn chưa ghi cam kết nào trong chiến dịch này.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tiến độ của tôi' }).getAttribute('aria-current')).toBe('page');
    expect(document.querySelector('canvas')).toBeNull();
  });

  it('shows streak, days taken part, completion and late days for the month so far', async () => {
    await setUp();
    await record(BUILT_IN_CAMPAIGN, '2024-06-07', 'no-nylon-bags'); // Friday
    await record(BUILT_IN_CAMPAIGN, '2024-06-10', 'no-nylon-bags'); // Monday
    await record(BUILT_IN_CAMPAIGN, '2024-06-11', 'tree-planting', 5, '2024-06-12'); // late
    await record(BUILT_IN_CAMPAIGN, '2024-06-12', 'eco-products');
    renderApp(() => NOW);
    await waitFor(() => expect(figure('days-taken')).toBe('4'));
    expect(figure('streak')).toBe('4');
    // 6 working days so far (5, 6, 7, 10, 11, 12 June), 4 of them with a pledge.
    expect(figure('completion')).toBe('67%');
    expect(figure('late-days')).toBe('1');
    expect(total('no-nylon-bags')).toBe('2 ngày');
    expect(total('tree-planting')).toBe('5 cây');
    expect(total('clean-up')).toBe('0 lần');
    // Three charts, and the picture to share (issue #13).
    const images = screen.getAllByRole('img').map((c) => c.getAttribute('aria-label') ?? '');
    expect(images.filter((l) => /^(Biểu đồ|Lịch nhiệt)/.test(l))).toHaveLength(3);
    expect(images.filter((l) => l.startsWith('Ảnh xem trước.'))).toHaveLength(1);
  });

  it('shows impact estimates only where the campaign file gives a coefficient, with its source', async () => {
    await setUp();
    const withImpact: Campaign = {
      ...BUILT_IN_CAMPAIGN,
      pledges: BUILT_IN_CAMPAIGN.pledges.map((p) =>
        p.id === 'tree-planting'
          ? {
              ...p,
              impact: {
                perUnit: 20,
                unit: { vi: 'kg CO₂/năm', en: 'kg CO₂ a year' },
                source: 'Giả định của Văn phòng',
              },
            }
          : p,
      ),
    };
    await loadCampaign(withImpact, '2024-06-02T00:00:00Z');
    await record(withImpact, '2024-06-12', 'tree-planting', 3);
    renderApp(() => NOW);
    const table = await screen.findByRole('table', { name: /Ước tính tác động/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('Trồng cây xanh');
    expect(rows[0]!.textContent).toContain('≈ 60 kg CO₂/năm');
    expect(rows[0]!.textContent).toContain('20 kg CO₂/năm cho mỗi cây');
    expect(rows[0]!.textContent).toContain('Giả định của Văn phòng');
  });

  it('says there is no estimate when the campaign file gives no coefficient', async () => {
    await setUp();
    await record(BUILT_IN_CAMPAIGN, '2024-06-12', 'tree-planting', 3);
    renderApp(() => NOW);
    const none = await screen.findByText('Tệp chiến dịch không có hệ số tác động nên không có ước tính.');
    expect(none.tagName).toBe('P');
    // In place of the estimates' table: no estimate is made up.
    expect(
      screen.queryByRole('table', { name: 'Ước tính tác động (chỉ là ước tính, theo hệ số trong tệp chiến dịch)' }),
    ).toBeNull();
    expect(screen.queryByText(/^≈/)).toBeNull();
  });

  it('redraws when a pledge is recorded elsewhere while it is open', async () => {
    await setUp();
    await record(BUILT_IN_CAMPAIGN, '2024-06-12', 'no-nylon-bags');
    renderApp(() => NOW);
    await waitFor(() => expect(figure('days-taken')).toBe('1'));
    await record(BUILT_IN_CAMPAIGN, '2024-06-11', 'clean-up', 2, '2024-06-12');
    await waitFor(() => expect(figure('days-taken')).toBe('2'));
    expect(total('clean-up')).toBe('2 lần');
  });

  it('keeps an earlier campaign viewable after the next one is loaded', async () => {
    await setUp();
    await record(BUILT_IN_CAMPAIGN, '2024-06-12', 'no-nylon-bags');
    const next: Campaign = {
      ...BUILT_IN_CAMPAIGN,
      id: 'backan-vp-wed-2025',
      name: { vi: 'Tháng hành động 2025' },
      start: '2025-06-05',
      end: '2025-06-30',
    };
    await loadCampaign(next, '2025-01-01T00:00:00Z');
    renderApp(() => Date.parse('2025-06-10T03:00:00Z'));
    const select = (await screen.findByLabelText('Chiến dịch')) as HTMLSelectElement;
    expect(select.value).toBe('backan-vp-wed-2025');
    expect(await screen.findByText('Bạn chưa ghi cam kết nào trong chiến dịch này.')).toBeTruthy();
    select.value = BUILT_IN_CAMPAIGN.id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(figure('days-taken')).toBe('1'));
  });

  it('names the month its calendar shows for a year-long campaign, and only the campaign’s month for a short one', async () => {
    await setUp();
    const year: Campaign = { ...BUILT_IN_CAMPAIGN, id: 'ca-nam-2026', start: '2026-01-05', end: '2027-01-04' };
    await loadCampaign(year, '2026-01-05T00:00:00Z');
    await record(year, '2026-12-04', 'no-nylon-bags', 1, '2026-12-06');
    renderApp(() => Date.parse('2026-12-06T03:00:00Z'));
    expect(await screen.findByRole('heading', { name: 'Lịch tháng 12 năm 2026' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Lịch tháng chiến dịch' })).toBeNull();
    // A bar a month: the chart's heading and name say so, and no rest-day column is shaded.
    expect(screen.getByRole('heading', { name: 'Cam kết đã giữ mỗi tháng' })).toBeTruthy();
    const bars = screen.getAllByRole('img').find((c) => c.getAttribute('aria-label')?.startsWith('Biểu đồ cột'));
    expect(bars?.getAttribute('aria-label')).toMatch(/^Biểu đồ cột: số cam kết đã giữ mỗi tháng của chiến dịch/);
    expect(screen.queryByText('Cột nền xám là ngày nghỉ (cuối tuần, ngày lễ).')).toBeNull();
  });

  it('calls the calendar of a month-long campaign the campaign month', async () => {
    await setUp();
    await record(BUILT_IN_CAMPAIGN, '2024-06-12', 'no-nylon-bags');
    renderApp(() => NOW);
    expect(await screen.findByRole('heading', { name: 'Lịch tháng chiến dịch' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cam kết đã giữ mỗi ngày' })).toBeTruthy();
    expect(screen.getByText('Cột nền xám là ngày nghỉ (cuối tuần, ngày lễ).')).toBeTruthy();
  });
});
