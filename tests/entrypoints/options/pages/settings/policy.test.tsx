import { screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureBuiltInCampaign } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { applyPolicy } from '@/storage/policy/apply';
import { renderApp } from '@/tests/entrypoints/options/app';
import { campaignOf } from '@/tests/fixtures/campaign';

const NOW = Date.parse('2027-06-02T03:00:00Z');
const office = campaignOf({
  id: 'so-nn-mt-2027',
  start: '2027-06-01',
  end: '2027-06-30',
  name: { vi: 'Tháng môi trường 2027' },
});

beforeEach(() => {
  window.location.hash = '#settings';
});

describe('settings set by the organisation', () => {
  it('say the campaign is set by the organisation, and the person cannot switch away from it', async () => {
    await ensureBuiltInCampaign('2027-05-01T00:00:00Z');
    await fakeBrowser.storage.managed.set({ campaign: JSON.stringify(office), collectsReports: true });
    await applyPolicy({ campaign: office, collectsReports: true }, '2027-05-01T00:00:00Z');
    renderApp(() => NOW);
    expect(await screen.findByText(/do tổ chức của bạn thiết lập \(chính sách trình duyệt\)/)).toBeTruthy();
    const radios = await screen.findAllByRole('radio');
    expect(radios.every((r) => (r as HTMLInputElement).disabled)).toBe(true);
    expect(screen.getByText(/— do tổ chức của bạn thiết lập/)).toBeTruthy();
    const admin = screen.getByRole('checkbox', { name: /Tôi là người thu nhận báo cáo/ }) as HTMLInputElement;
    expect([admin.checked, admin.disabled]).toEqual([true, true]);
  });

  it('say plainly what is wrong with a bad policy, and nothing stored changes', async () => {
    await ensureBuiltInCampaign('2027-05-01T00:00:00Z');
    const before = await db.settings.toArray();
    await fakeBrowser.storage.managed.set({ reminderTime: 'noon' });
    renderApp(() => NOW);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không dùng được thiết lập «reminderTime» do tổ chức của bạn đặt');
    expect(alert.textContent).toContain('giờ dạng HH:MM');
    expect(await db.settings.toArray()).toEqual(before);
  });
});
