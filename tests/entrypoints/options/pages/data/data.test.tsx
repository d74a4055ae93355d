import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { listEntries, saveNote } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import { validateSummary } from '@/storage/summary/schema';
import { renderApp } from '@/tests/entrypoints/options/app';
import { recordOnBuiltIn, startOnBuiltIn } from '@/tests/fixtures/campaign';
import { catchDownloads, type SavedFile } from '@/tests/fixtures/downloads';
import { storedProfile } from '@/tests/fixtures/stored';

const NOW = Date.parse('2024-06-12T03:00:00Z');
const campaign = BUILT_IN_CAMPAIGN;

/** Files the page saved, caught where the page hands them to the browser. */
let saved: SavedFile[] = [];

beforeEach(async () => {
  window.location.hash = '#data';
  // WXT's fake browser has no manifest; the summary names the app and its version.
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'green-office-pledge', version: '0.1.0' });
  saved = catchDownloads();
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Lê Thị Mai', department: 'hctc-qttv' }, campaign, '2024-06-01T00:00:00Z');
  await recordOnBuiltIn('2024-06-11', 'tree-planting', 2, '2024-06-11', '2024-06-11T03:00:00Z');
  await recordOnBuiltIn('2024-06-12', 'no-nylon-bags', 1, '2024-06-12', '2024-06-12T03:00:00Z');
  await saveNote({
    campaign,
    date: '2024-06-12',
    note: '=SUM(A1) mang túi vải',
    today: '2024-06-12',
    at: '2024-06-12T03:00:00Z',
  });
});

afterEach(() => vi.restoreAllMocks());

describe('exporting my participation summary', () => {
  it('first shows exactly what will be shared: name, department, days and notes', async () => {
    renderApp(() => NOW);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem trước nội dung sẽ gửi' }));
    expect(await screen.findByText('Nội dung sẽ được chia sẻ')).toBeTruthy();
    expect(screen.getByText('Lê Thị Mai')).toBeTruthy();
    expect(screen.getByText('Phòng Hành chính tổ chức – Quản trị tài vụ')).toBeTruthy();
    expect(screen.getByText('2 ngày có ghi cam kết hoặc ghi chú')).toBeTruthy();
    expect(screen.getByText('Trồng cây xanh × 2')).toBeTruthy();
    expect(screen.getByText('=SUM(A1) mang túi vải')).toBeTruthy();
    expect(saved).toEqual([]);
  });

  it('saves a valid summary whose revision grows with each export, named for who and which campaign', async () => {
    renderApp(() => NOW);
    for (const revision of [1, 2]) {
      fireEvent.click(await screen.findByRole('button', { name: 'Xem trước nội dung sẽ gửi' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Tải tệp tổng hợp để gửi (.json)' }));
      await waitFor(() => expect(saved).toHaveLength(revision));
      const file = saved[revision - 1]!;
      expect(file.name).toBe(`tong-hop_backan-vp-wed-2024_le-thi-mai_r${revision}.json`);
      const json = JSON.parse(await file.blob.text());
      expect(validateSummary(json, campaign)).toMatchObject({ ok: true });
      expect(json).toMatchObject({
        revision,
        app: 'green-office-pledge 0.1.0',
        participant: { name: 'Lê Thị Mai', department: 'hctc-qttv' },
      });
      expect(json.days).toEqual([
        { date: '2024-06-11', pledges: { 'tree-planting': 2 } },
        { date: '2024-06-12', pledges: { 'no-nylon-bags': 1 }, note: '=SUM(A1) mang túi vải' },
      ]);
    }
    expect((await storedProfile())?.summaryRevision).toBe(2);
  });

  it('saves a spreadsheet that Excel reads as Vietnamese text and cannot run as a formula', async () => {
    renderApp(() => NOW);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem trước nội dung sẽ gửi' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tải bảng tính (.csv)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toMatch(/^Họ và tên,Phòng, ban|^Họ và tên,"Phòng, ban"/);
    expect(text).toContain("'=SUM(A1) mang túi vải");
    expect(saved[0]!.name).toBe('bang-tinh_backan-vp-wed-2024_le-thi-mai_2024-06-12.csv');
    expect(await screen.findByText(`Đã tạo bảng tính «${saved[0]!.name}».`)).toBeTruthy();
  });

  it('shows the new content instead of saving when something was recorded after the preview', async () => {
    renderApp(() => NOW);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem trước nội dung sẽ gửi' }));
    await screen.findByText('2 ngày có ghi cam kết hoặc ghi chú');
    await recordOnBuiltIn('2024-06-10', 'clean-up', 1, '2024-06-12', '2024-06-12T04:00:00Z');
    fireEvent.click(screen.getByRole('button', { name: 'Tải tệp tổng hợp để gửi (.json)' }));
    expect(await screen.findByText(/Dữ liệu vừa thay đổi sau khi xem trước/)).toBeTruthy();
    expect(await screen.findByText('3 ngày có ghi cam kết hoặc ghi chú')).toBeTruthy();
    expect(saved).toEqual([]);
    expect((await storedProfile())?.summaryRevision ?? 0).toBe(0);
  });

  it('moves focus to the preview when it opens', async () => {
    renderApp(() => NOW);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem trước nội dung sẽ gửi' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Nội dung sẽ được chia sẻ' })),
    );
  });
});

describe('backup and restore', () => {
  it('warns that uninstalling deletes the data', async () => {
    renderApp(() => NOW);
    const warning = await screen.findByText(/Gỡ tiện ích hoặc xoá dữ liệu trình duyệt sẽ xoá hết các ngày đã ghi/);
    expect(warning.textContent).toBe(
      'Lưu ý: dữ liệu chỉ nằm trong trình duyệt này. Gỡ tiện ích hoặc xoá dữ liệu trình duyệt sẽ xoá hết các ngày đã ghi. Hãy sao lưu thường xuyên.',
    );
  });

  it('reminds to back up a week after the first entry, and not after a backup', async () => {
    const later = NOW + 8 * 86_400_000;
    const { unmount } = renderApp(() => later);
    expect(await screen.findByText('Đã hơn một tuần chưa sao lưu.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu' }));
    expect(await screen.findByText('Đã tạo bản sao lưu. Hãy cất tệp ở nơi an toàn.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Đã hơn một tuần chưa sao lưu.')).toBeNull());
    unmount();
  });

  it('restores a saved backup after a confirmation, giving back the data exactly', async () => {
    renderApp(() => NOW);
    fireEvent.click(await screen.findByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const before = await listEntries(campaign.id);
    await db.entries.clear();
    const input = screen.getByLabelText('Khôi phục từ tệp sao lưu (.json)');
    Object.defineProperty(input, 'files', { value: [new File([saved[0]!.blob], saved[0]!.name)], configurable: true });
    fireEvent.change(input);
    fireEvent.click(await screen.findByRole('button', { name: 'Khôi phục' }));
    expect(await screen.findByText(`Đã khôi phục dữ liệu từ «${saved[0]!.name}».`)).toBeTruthy();
    expect(await listEntries(campaign.id)).toEqual(before);
  });

  it('refuses a file that is not a backup and keeps the current data', async () => {
    renderApp(() => NOW);
    const before = await listEntries(campaign.id);
    const input = await screen.findByLabelText('Khôi phục từ tệp sao lưu (.json)');
    Object.defineProperty(input, 'files', {
      value: [new File(['{"format":"green-office/summary"}'], 'tong-hop.json')],
      configurable: true,
    });
    fireEvent.change(input);
    fireEvent.click(await screen.findByRole('button', { name: 'Khôi phục' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không khôi phục từ «tong-hop.json»: không phải tệp sao lưu của tiện ích này. Dữ liệu hiện tại vẫn giữ nguyên.',
    );
    expect(await listEntries(campaign.id)).toEqual(before);
  });
});
