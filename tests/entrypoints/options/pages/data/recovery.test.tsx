import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupBlob, restoreBackup } from '@/storage/backup/backup';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { saveProfile } from '@/storage/staff/profile';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';
import { catchDownloads } from '@/tests/fixtures/downloads';

const NOW = Date.parse('2024-06-12T03:00:00Z');
const campaign = BUILT_IN_CAMPAIGN;

beforeEach(async () => {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Lê Thị Mai', department: 'hctc-qttv' }, campaign, '2024-06-01T00:00:00Z');
});

const damageTheCampaign = () => db.campaigns.put({ id: campaign.id, campaign: { id: campaign.id } } as never);

describe('the dashboard over a damaged store (issue #10)', () => {
  it.each(['progress', 'department', 'settings', 'data', 'admin'])(
    'opens #%s with a plain message, the backup of what can be read and the restore',
    async (section) => {
      window.location.hash = `#${section}`;
      await damageTheCampaign();
      renderApp(() => NOW);
      expect(await screen.findByRole('heading', { name: 'Không đọc được một phần dữ liệu' })).toBeTruthy();
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContainEqual(
        expect.stringContaining('không đọc được'),
      );
      expect(screen.getByLabelText('Khôi phục từ tệp sao lưu (.json)')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu' })).toBeTruthy();
    },
  );

  it('saves a backup of what can be read, which the restore takes back', async () => {
    window.location.hash = '#progress';
    const saved = catchDownloads();
    await db.entries.put({
      campaignId: campaign.id,
      date: '2024-06-10',
      pledgeId: 'no-nylon-bags',
      count: 'một',
    } as never);
    renderApp(() => NOW);
    expect(
      await screen.findByText(/Một phần dữ liệu lưu trong trình duyệt không đọc được và đang bị bỏ qua/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Khôi phục từ bản sao lưu' }));
    window.location.hash = '#data';
    fireEvent.click(await screen.findByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = await saved[0]!.blob.text();
    expect(text).not.toContain('"một"');
    expect(await restoreBackup(new File([text], 'sao-luu.json'), '2024-06-12T04:00:00Z')).toMatchObject({ ok: true });
    expect(await db.entries.count()).toBe(0);
  });

  it('comes back to the page once a good backup is restored', async () => {
    window.location.hash = '#progress';
    const good = new File([await (await backupBlob()).text()], 'sao-luu.json');
    await damageTheCampaign();
    renderApp(() => NOW);
    fireEvent.change(await screen.findByLabelText('Khôi phục từ tệp sao lưu (.json)'), { target: { files: [good] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Khôi phục' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Không đọc được một phần dữ liệu' })).toBeNull());
    expect((await db.campaigns.get(campaign.id))?.campaign.name.vi).toBe(campaign.name.vi);
  });

  it('shows the restore, not a page loading for ever, when the store cannot be read at all', async () => {
    window.location.hash = '#progress';
    const refuse = vi.spyOn(db.settings, 'get').mockRejectedValue(new DOMException('broken', 'UnknownError'));
    try {
      renderApp(() => NOW);
      // The failed read is retried by nothing: the page must come to the restore by itself.
      await screen.findByRole('heading', { name: 'Không đọc được một phần dữ liệu' }, { timeout: 5000 });
      const restore = screen.getByLabelText<HTMLInputElement>('Khôi phục từ tệp sao lưu (.json)');
      expect([restore.type, restore.accept, restore.disabled]).toEqual(['file', '.json,application/json', false]);
      expect(screen.queryByText('Đang tải…')).toBeNull();
    } finally {
      refuse.mockRestore();
    }
  });
});
