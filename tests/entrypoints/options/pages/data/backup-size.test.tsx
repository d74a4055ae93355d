import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveActivity } from '@/storage/activities/store';
import { backupBlob, restoreBackup } from '@/storage/backup/backup';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { saveProfile } from '@/storage/staff/profile';
import { renderApp } from '@/tests/entrypoints/options/app';
import { photoDraft, turnOut } from '@/tests/fixtures/activities';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';
import { catchDownloads, type SavedFile } from '@/tests/fixtures/downloads';

/** The largest backup a restore reads, lowered here so that a few photos pass it (the real one is 200 MB). */
const limit = vi.hoisted(() => ({ bytes: 0 }));
vi.mock('@/storage/files/limits', async (original) => ({
  ...(await original<typeof import('@/storage/files/limits')>()),
  get MAX_BACKUP_BYTES() {
    return limit.bytes;
  },
}));

const NOW = Date.parse('2024-07-01T03:00:00Z');
const campaign = BUILT_IN_CAMPAIGN;
const AT = '2024-07-01T09:00:00+07:00';
let saved: SavedFile[] = [];

beforeEach(async () => {
  window.location.hash = '#data';
  saved = catchDownloads();
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Hà Thị Thu', department: 'tong-hop' }, campaign, '2024-06-01T00:00:00Z');
  const jpeg = new Uint8Array(30_000).fill(0x55);
  jpeg.set([0xff, 0xd8]);
  for (const n of [1, 2])
    await saveActivity(campaign.id, turnOut(), [{ ...photoDraft(`p${n}`), jpeg: jpeg.buffer }], AT, `a${n}`);
  // Between the backup without photos and the one with them.
  const light = (await backupBlob({ withoutPhotos: true })).size;
  limit.bytes = light + 30_000;
});

afterEach(() => vi.restoreAllMocks());

describe('saving a backup too large to restore', () => {
  it('saves no file, says why, and saves the backup without photos that the restore takes back', async () => {
    renderApp(() => NOW);
    fireEvent.click(await screen.findByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Chưa tải bản sao lưu: kèm 2 ảnh hoạt động, tệp sẽ nặng khoảng \d+ MB, quá \d+ MB mà chức năng khôi phục đọc được/,
    );
    expect(saved).toEqual([]);
    expect(await db.settings.get('me')).not.toHaveProperty('lastBackupAt');
    fireEvent.click(screen.getByRole('button', { name: 'Tải bản sao lưu không kèm ảnh' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect((await screen.findByText(/^Đã tạo bản sao lưu không kèm ảnh/)).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('button', { name: 'Tải bản sao lưu không kèm ảnh' })).toBeNull();
    expect(saved[0]!.blob.size).toBeLessThanOrEqual(limit.bytes);
    expect(await restoreBackup(saved[0]!.blob, AT)).toMatchObject({ ok: true });
    expect((await db.photos.toArray()).map((p) => p.id).sort()).toEqual(['p1', 'p2']);
  });

  it('offers nothing more when even the data without photos is too large', async () => {
    limit.bytes = 1000;
    renderApp(() => NOW);
    fireEvent.click(await screen.findByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Tải bản sao lưu không kèm ảnh' }));
    expect((await screen.findByText(/^Chưa tải bản sao lưu: dữ liệu nặng khoảng/)).getAttribute('role')).toBe('alert');
    expect(screen.queryByRole('button', { name: 'Tải bản sao lưu không kèm ảnh' })).toBeNull();
    expect(saved).toEqual([]);
  });
});
