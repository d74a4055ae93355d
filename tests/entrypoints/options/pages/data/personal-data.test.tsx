import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPersonalChallenge } from '@/storage/campaign/store';
import { setPledgeCount } from '@/storage/staff/entries';
import { renderApp } from '@/tests/entrypoints/options/app';
import { catchDownloads, type SavedFile } from '@/tests/fixtures/downloads';

// A personal challenge has nobody to send a file to: "Dữ liệu của tôi" offers what a person
// alone wants (the days as a spreadsheet, a backup, a picture), never a file "to send".

/** Thursday 3 December 2026, 10:00 in Vietnam. */
const NOW = Date.parse('2026-12-03T03:00:00Z');
const AT = '2026-12-01T03:00:00Z';
let saved: SavedFile[] = [];

beforeEach(async () => {
  window.location.hash = '#data';
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'green-office-pledge', version: '0.1.0' });
  saved = catchDownloads();
  const campaign = await startPersonalChallenge({
    name: 'Hà',
    today: '2026-12-01',
    timeZone: 'Asia/Ho_Chi_Minh',
    at: AT,
  });
  await setPledgeCount({
    campaign,
    date: '2026-12-02',
    pledgeId: 'no-nylon-bags',
    count: 1,
    today: '2026-12-02',
    at: AT,
  });
});

describe('my data in a personal challenge', () => {
  it('speaks of no file to send and of nobody to send it to', async () => {
    renderApp(() => NOW);
    const section = (await screen.findByRole('heading', { name: 'Các ngày tôi đã ghi' })).closest('section')!;
    expect(section.textContent).not.toMatch(/để gửi|gửi tệp|thư điện tử|Không gửi cho ai: dữ liệu chỉ ở máy/);
    expect(section.textContent).toContain('không gửi cho ai');
    expect(screen.queryByRole('button', { name: /Xem trước nội dung sẽ gửi/ })).toBeNull();
  });

  it('offers the days as a spreadsheet, a picture of the progress and a backup, and no summary file', async () => {
    renderApp(() => NOW);
    expect((await screen.findByRole('link', { name: 'tạo ảnh tiến độ để chia sẻ.' })).getAttribute('href')).toBe(
      '#share',
    );
    expect(screen.getByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem các ngày đã ghi' }));
    expect(await screen.findByRole('heading', { name: 'Các ngày đã ghi' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /\.json\)/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tải bảng tính (.csv)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/\.csv$/);
  });

  it('the department section compares with nobody and asks for no bulletin', async () => {
    window.location.hash = '#department';
    renderApp(() => NOW);
    expect(
      await screen.findByText(/Thử thách cá nhân chỉ có riêng bạn: không có phòng, ban nào để so sánh/),
    ).toBeTruthy();
    expect(screen.queryByLabelText(/Tải bản tin/)).toBeNull();
    expect(screen.queryByText(/gửi bản tin/)).toBeNull();
  });
});
