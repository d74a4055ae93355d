import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Bulletin } from '@/storage/bulletin/store';
import { BUILT_IN_CAMPAIGN, loadCampaign } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { saveProfile } from '@/storage/staff/profile';
import type { Campaign } from '@/storage/types';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

// Issue #13: the office's standings from a loaded bulletin (staff), with the estimates per
// department and the poster; the campaign carries one coefficient (trees), with its source.
const NOW = Date.parse('2024-06-13T03:00:00Z');
const SOURCE = 'U.S. EPA, “Greenhouse Gas Equivalencies Calculator”, 2026, https://www.epa.gov/energy';
const campaign: Campaign = {
  ...BUILT_IN_CAMPAIGN,
  pledges: BUILT_IN_CAMPAIGN.pledges.map((p) =>
    p.id === 'tree-planting'
      ? {
          ...p,
          impact: { perUnit: 60, unit: { vi: 'kg CO₂ trong 10 năm', en: 'kg CO₂ over 10 years' }, source: SOURCE },
        }
      : p,
  ),
};

const bulletin: Bulletin = {
  format: 'green-office/bulletin',
  version: 1,
  campaign: { id: campaign.id, start: campaign.start, end: campaign.end, timeZone: campaign.timeZone },
  generatedAt: '2024-06-12T17:30:00+07:00',
  departments: [
    {
      id: 'ldvp',
      name: { vi: 'Lãnh đạo Văn phòng' },
      headcount: 4,
      days: [{ date: '2024-06-12', participants: 1, pledges: {} }],
    },
    {
      id: 'hctc-qttv',
      name: { vi: 'Phòng HCTC-QTTV' },
      headcount: 10,
      days: [
        { date: '2024-06-11', participants: 9, pledges: { 'tree-planting': 7 } },
        { date: '2024-06-12', participants: 8, pledges: { 'clean-up': 2 } },
      ],
    },
  ],
};

beforeEach(async () => {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await loadCampaign(campaign, '2024-06-02T00:00:00Z');
  await saveProfile({ name: 'Nguyễn Thị Hoa', department: 'hctc-qttv' }, campaign, '2024-06-02T00:00:00Z');
  await db.bulletins.put({
    campaignId: campaign.id,
    bulletin,
    generatedAt: bulletin.generatedAt,
    loadedAt: '2024-06-13T00:00:00Z',
  });
});

describe('the office standings for staff, from the bulletin', () => {
  it('show the estimates per department with the source of the coefficient', async () => {
    window.location.hash = '#department';
    renderApp(() => NOW);
    const table = await screen.findByRole('table', { name: 'Ước tính tác động theo phòng, ban' });
    const cells = (id: string) =>
      table.querySelector(`tr[data-department="${id}"] td[data-pledge="tree-planting"]`)?.textContent;
    expect(cells('hctc-qttv')).toBe('≈ 420');
    expect(cells('ldvp')).toBe('≈ 0');
    expect(cells('office')).toBe('≈ 420');
    expect(within(table).getByRole('columnheader', { name: 'Trồng cây xanh (kg CO₂ trong 10 năm)' })).toBeTruthy();
    expect(screen.getByText(SOURCE)).toBeTruthy();
  });

  it('offer the standings picture and the A4 and A3 posters, with no person’s name', async () => {
    window.location.hash = '#department';
    renderApp(() => NOW);
    const picture = await screen.findByRole('img', { name: /^Ảnh xem trước\./ });
    const said = picture.getAttribute('aria-label')!;
    expect(said).toContain('1. Phòng Hành chính tổ chức – Quản trị tài vụ 28');
    expect(said).toContain('số liệu đến 12/06/2024');
    expect(said).not.toContain('Nguyễn Thị Hoa');
    expect(screen.getByRole('link', { name: 'Áp phích khổ A4' }).getAttribute('href')).toBe('#poster/a4/bulletin');
    expect(screen.getByRole('link', { name: 'Áp phích khổ A3' }).getAttribute('href')).toBe('#poster/a3/bulletin');
    expect(screen.queryByLabelText('Ghi họ tên tôi lên ảnh')).toBeNull();
  });
});

describe('the poster', () => {
  it('ranks the departments with their participation and actions, with the date of the figures', async () => {
    window.location.hash = '#poster/a4/bulletin';
    renderApp(() => NOW);
    const table = await screen.findByRole('table', { name: 'Xếp hạng tham gia của các phòng, ban' });
    const rows = within(table).getAllByRole('row').slice(1);
    // HCTC-QTTV: 9 + 8 of 10 × 6 working days (5–7, 10–12 June); LĐVP: 1 of 4 × 6.
    expect(rows.map((r) => r.getAttribute('data-department'))).toEqual(['hctc-qttv', 'ldvp']);
    const cell = (row: number, pledge: string) => rows[row]!.querySelector(`td[data-pledge="${pledge}"]`)?.textContent;
    expect(rows[0]!.querySelector('.poster-rate')?.textContent).toBe('28%');
    expect(cell(0, 'tree-planting')).toBe('7');
    expect(cell(0, 'clean-up')).toBe('2');
    expect(cell(1, 'tree-planting')).toBe('0');
    expect(within(table).getByRole('columnheader', { name: 'Trồng cây xanh (cây)' })).toBeTruthy();
    // The percentage is named for its measure, as on the picture and in the bulletin's period line.
    expect(within(table).getByRole('columnheader', { name: 'Tỷ lệ tham gia theo ngày làm việc' })).toBeTruthy();
    expect(screen.getByText('Số liệu đến ngày 12/06/2024')).toBeTruthy();
    expect(screen.getByText(/≈ 420 kg CO₂ trong 10 năm/)).toBeTruthy();
    expect(document.querySelector('.poster-sheet')?.getAttribute('data-size')).toBe('a4');
    expect(document.querySelector('style')?.textContent).toContain('size: A4 portrait');
  });

  it('switches to A3 and says so plainly when the address is wrong', async () => {
    window.location.hash = '#poster/a3/bulletin';
    const { unmount } = renderApp(() => NOW);
    await screen.findByRole('table', { name: 'Xếp hạng tham gia của các phòng, ban' });
    expect(document.querySelector('style')?.textContent).toContain('size: A3 portrait');
    unmount();
    window.location.hash = '#poster/a5/bulletin';
    renderApp(() => NOW);
    expect(await screen.findByText(/Địa chỉ áp phích không đúng/)).toBeTruthy();
  });

  it('is not made from the admin figures for someone who is not the admin office', async () => {
    window.location.hash = '#poster/a4/office/2024-06-05/2024-06-30/2024-06-13';
    renderApp(() => NOW);
    expect(await screen.findByText(/Địa chỉ áp phích không đúng/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('my progress picture on the dashboard', () => {
  it('puts my name on it only when I tick the box', async () => {
    const { setPledgeCount } = await import('@/storage/staff/entries');
    await setPledgeCount({
      campaign,
      date: '2024-06-13',
      pledgeId: 'tree-planting',
      count: 2,
      today: '2024-06-13',
      at: '2024-06-13T03:00:00Z',
    });
    window.location.hash = '#share';
    renderApp(() => NOW);
    const picture = await screen.findByRole('img', { name: /^Ảnh xem trước\./ });
    expect(picture.getAttribute('aria-label')).toContain('Tôi đã tham gia 1/7 ngày làm việc');
    expect(picture.getAttribute('aria-label')).toContain('≈ 120 kg CO₂ trong 10 năm');
    expect(picture.getAttribute('aria-label')).not.toContain('Nguyễn Thị Hoa');
    fireEvent.click(screen.getByLabelText('Ghi họ tên tôi lên ảnh'));
    await waitFor(() => expect(picture.getAttribute('aria-label')).toContain('Nguyễn Thị Hoa đã tham gia'));
    // Opened from the popup at #share: the panel's heading has the focus.
    expect(document.activeElement?.textContent).toBe('Chia sẻ tiến độ của tôi');
  });
});

describe('the admin office’s figures', () => {
  it('show the estimates per department, the standings picture and the posters of the range on view', async () => {
    const { setAdminMode } = await import('@/storage/admin/office');
    await setAdminMode(true, '2024-06-13T00:00:00Z');
    await db.submissions.put({
      campaignId: campaign.id,
      participantId: 'p1',
      name: 'Trần Văn An',
      department: 'kinh-te',
      revision: 1,
      exportedAt: '2024-06-12T10:00:00+07:00',
      days: [{ date: '2024-06-12', pledges: { 'tree-planting': 4 } }],
      signed: true,
      fileName: 'p1.json',
      importedAt: '2024-06-13T10:00:00+07:00',
    });
    window.location.hash = '#admin/share';
    renderApp(() => NOW);
    const table = await screen.findByRole('table', { name: 'Ước tính tác động theo phòng, ban' });
    expect(table.querySelector('tr[data-department="kinh-te"] td')?.textContent).toBe('≈ 240');
    expect(table.querySelector('tr[data-department="office"] td')?.textContent).toBe('≈ 240');
    const picture = screen.getAllByRole('img', { name: /^Ảnh xem trước\./ })[0]!;
    expect(picture.getAttribute('aria-label')).not.toContain('Trần Văn An');
    expect(screen.getByRole('link', { name: 'Áp phích khổ A4' }).getAttribute('href')).toBe(
      '#poster/a4/office/2024-06-05/2024-06-30/2024-06-13',
    );
  });
});
