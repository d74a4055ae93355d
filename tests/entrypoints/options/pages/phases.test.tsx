import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BUILT_IN_CAMPAIGN,
  ensureBuiltInCampaign,
  loadCampaign,
  startPersonalChallenge,
} from '@/storage/campaign/store';
import { listEntries, setPledgeCount } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import { renderApp } from '@/tests/entrypoints/options/app';
import { campaignOf } from '@/tests/fixtures/campaign';
import { storedActiveCampaign } from '@/tests/fixtures/stored';

// Issue #9 on the dashboard: its empty state follows the phase; an office campaign arriving
// during a personal challenge offers to bring the days over; a department gone is chosen again.

/** Thursday 3 December 2026, 10:00 in Vietnam. */
const NOW = Date.parse('2026-12-03T03:00:00Z');
const AT = '2026-12-01T03:00:00Z';
const office = campaignOf({ id: 'office-2026', start: '2026-12-07', end: '2026-12-31' });

beforeEach(() => {
  window.location.hash = '';
});

function pickFile(input: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('the dashboard’s empty state follows the phase', () => {
  it('with no campaign: says so, offers the ways to start, and keeps the 2024 campaign to view', async () => {
    await ensureBuiltInCampaign(AT);
    renderApp(() => NOW);
    expect(await screen.findByText('Hôm nay chưa có chiến dịch nào đang diễn ra.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bắt đầu thử thách 30 ngày hôm nay' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Xem một chiến dịch đã có'), { target: { value: BUILT_IN_CAMPAIGN.id } });
    expect(
      await screen.findByText(
        'Chiến dịch đã kết thúc ngày 30/06/2024; bạn không ghi cam kết nào trong chiến dịch này.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Bấm biểu tượng chiếc lá/)).toBeNull();
  });

  it('before the start: says when it starts, and nothing about recording today', async () => {
    await loadCampaign(office, AT);
    renderApp(() => NOW);
    expect(
      await screen.findByText(
        'Chiến dịch bắt đầu sau 4 ngày, thứ Hai 07/12/2026. Biểu đồ sẽ hiện ở đây từ ngày bạn ghi cam kết đầu tiên.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Bấm biểu tượng chiếc lá/)).toBeNull();
  });

  it('while it runs: points to the leaf icon', async () => {
    await loadCampaign(office, AT);
    await saveProfile({ name: 'An', department: 'ldvp' }, office, AT);
    renderApp(() => Date.parse('2026-12-08T03:00:00Z'));
    const hint = await screen.findByText(/Bấm biểu tượng chiếc lá trên thanh công cụ để ghi cam kết hôm nay/);
    expect(hint.textContent).toBe(
      'Bấm biểu tượng chiếc lá trên thanh công cụ để ghi cam kết hôm nay; biểu đồ sẽ hiện ngay tại đây.',
    );
  });
});

describe('an office campaign arriving during a personal challenge', () => {
  it('offers to bring the overlapping days over, and does so only when asked', async () => {
    const personal = await startPersonalChallenge({
      name: 'Hà',
      today: '2026-12-01',
      timeZone: 'Asia/Ho_Chi_Minh',
      at: AT,
    });
    const running = campaignOf({ id: 'office-now', start: '2026-12-01', end: '2026-12-31' });
    await setPledgeCount({
      campaign: personal,
      date: '2026-12-02',
      pledgeId: 'no-nylon-bags',
      count: 1,
      today: '2026-12-02',
      at: AT,
    });
    window.location.hash = '#settings';
    renderApp(() => NOW);
    pickFile(await screen.findByLabelText(/Tải tệp chiến dịch/), 'chien-dich_office-now.json', JSON.stringify(running));
    expect(
      await screen.findByText(/Bạn đã ghi 1 ngày \(từ 02\/12\/2026 đến 02\/12\/2026\) trong «Văn phòng xanh 30 ngày»/),
    ).toBeTruthy();
    expect((await storedActiveCampaign())?.id).toBe('office-now');
    expect(await listEntries('office-now')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Chuyển 1 ngày sang' }));
    expect(await screen.findByText(/^Đã chuyển 1 ngày sang «Chiến dịch thử»/)).toBeTruthy();
    expect((await listEntries('office-now')).map((e) => e.date)).toEqual(['2026-12-02']);
    expect(await listEntries(personal.id)).toHaveLength(1);
  });

  it('asks the person to choose a department of the office campaign before the next export', async () => {
    await startPersonalChallenge({ name: 'Hà', today: '2026-12-01', timeZone: 'Asia/Ho_Chi_Minh', at: AT });
    await loadCampaign(campaignOf({ id: 'office-now', start: '2026-12-01', end: '2026-12-31' }), AT);
    window.location.hash = '#data';
    renderApp(() => NOW);
    expect(
      await screen.findByText(/không còn phòng, ban bạn đã chọn\. Hãy chọn lại trước khi xuất báo cáo\./),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Xem trước/ })).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Chọn lại phòng, ban trong Cài đặt' }));
    await waitFor(() => expect(window.location.hash).toBe('#settings'));
  });
});
