import { screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setAdminMode } from '@/storage/admin/office';
import { BUILT_IN_CAMPAIGN, ensureBuiltInCampaign } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

/** Wednesday 12 June 2024, 10:00 in Vietnam: the second week of the built-in campaign. */
const NOW = Date.parse('2024-06-12T03:00:00Z');

function go(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const adminNav = () => within(screen.getByRole('navigation', { name: 'Các trang của mục Quản trị' }));
const current = () => adminNav().getByRole('link', { current: 'page' }).textContent;

describe('the admin section as pages of a workflow', () => {
  beforeEach(() => {
    window.location.hash = '#admin';
  });

  it('lands an officer with a running campaign on the overview: what came in, who has not sent, what is due', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    await setAdminMode(true, '2024-06-01T00:00:00Z');
    await db.roster.bulkPut([
      { campaignId: BUILT_IN_CAMPAIGN.id, id: 'r1', name: 'Lê Văn C', department: 'hctc-qttv' },
      { campaignId: BUILT_IN_CAMPAIGN.id, id: 'r2', name: 'Trần Thị B', department: 'hctc-qttv' },
    ]);
    renderApp(() => NOW);
    expect(await screen.findByRole('heading', { level: 2, name: /^Tổng hợp báo cáo — / })).toBeTruthy();
    expect(current()).toBe('Tổng quan');
    expect(await screen.findByText('0 / 2 người trong danh sách cán bộ')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Chưa gửi tệp (2 người)' })).toBeTruthy();
    expect(screen.getByText(/^Lê Văn C \(/)).toBeTruthy();
    expect(await screen.findByText('chưa nhận tệp nào')).toBeTruthy();
    const due = within(screen.getByRole('region', { name: 'Việc cần làm tiếp' }));
    expect(
      due.getByRole('link', { name: /^Nhận tệp của tuần này \(10\/06\/2024 – 16\/06\/2024\)/ }).getAttribute('href'),
    ).toBe('#admin/files');
    // The report due is for the week just ended, and its link carries that period.
    expect(due.getByRole('link', { name: /^Lập báo cáo kỳ 05\/06\/2024 – 09\/06\/2024/ }).getAttribute('href')).toBe(
      '#admin/report?from=2024-06-05&to=2024-06-09',
    );
    // No form of the campaign on arrival, so no broken rule shown before anything was typed.
    expect(screen.queryByText(/^Chưa dùng được/)).toBeNull();
  });

  it('moves between its pages by address, the link of the page shown marked, and back again', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    await setAdminMode(true, '2024-06-01T00:00:00Z');
    renderApp(() => NOW);
    await screen.findByRole('heading', { level: 2, name: /^Tổng hợp báo cáo/ });
    expect(
      adminNav()
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Tổng quan', 'Nhận tệp', 'Số liệu', 'Hoạt động', 'Báo cáo', 'Chia sẻ', 'Chiến dịch']);
    go('#admin/files');
    expect(await screen.findByLabelText(/Chọn các tệp tổng hợp/)).toBeTruthy();
    expect(current()).toBe('Nhận tệp');
    await waitFor(() => expect(document.title).toBe('Nhận tệp — Cam kết Văn phòng xanh'));
    // The dashboard's own link of the section stays marked on every page of it.
    const dashboard = within(screen.getByRole('navigation', { name: 'Các mục của bảng điều khiển' }));
    expect(dashboard.getByRole('link', { current: 'page' }).textContent).toBe('Quản trị (tổng hợp)');
    go('#admin/report?from=2024-06-10&to=2024-06-16');
    expect(await screen.findByText('Kỳ số liệu: từ 10/06/2024 đến 16/06/2024.')).toBeTruthy();
    // The period chosen is the one of every page that uses it.
    go('#admin/share');
    expect(await screen.findByText('Kỳ số liệu: từ 10/06/2024 đến 16/06/2024.')).toBeTruthy();
    expect(screen.queryByLabelText(/Chọn các tệp tổng hợp/)).toBeNull();
    go('#admin/files');
    await waitFor(() => expect(current()).toBe('Nhận tệp'));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Nhận tệp — /));
  });

  it('opens the campaign page, where one creates a campaign, when none is in use', async () => {
    await ensureBuiltInCampaign('2024-06-01T00:00:00Z');
    await setAdminMode(true, '2024-06-01T00:00:00Z');
    renderApp(() => NOW);
    expect(await screen.findByRole('heading', { level: 2, name: 'Chiến dịch' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Tạo chiến dịch mới' })).toBeTruthy();
    // The full editor is there, folded: the page opens on the short form.
    const fold = screen.getByText('Sửa mọi trường của tệp chiến dịch (trình soạn đầy đủ)').closest('details')!;
    expect(fold.open).toBe(false);
    expect(fold.querySelector('#editor-title')?.textContent).toBe('Soạn tệp chiến dịch');
    expect(
      adminNav()
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Chiến dịch']);
    go('#admin/figures');
    await waitFor(() => expect(current()).toBe('Chiến dịch'));
  });

  it('sends #admin/agencies back to my progress, with no link to it, when the campaign lists no agencies', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    await setAdminMode(true, '2024-06-01T00:00:00Z');
    window.location.hash = '#admin/agencies';
    renderApp(() => NOW);
    // Not for this campaign: the address falls back to my progress.
    expect(await screen.findByRole('heading', { name: 'Tiến độ của tôi trong chiến dịch' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Các cơ quan cấp dưới' })).toBeNull();
  });
});
