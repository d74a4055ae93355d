import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { listEntries, setPledgeCount } from '@/storage/staff/entries';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';
import { storedActiveCampaign, storedSettings } from '@/tests/fixtures/stored';

const NOW = Date.parse('2024-06-12T03:00:00Z');

// The settings are the dashboard's second section.
beforeEach(() => {
  window.location.hash = '#settings';
});

function pickFile(input: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const nextYear = {
  ...BUILT_IN_CAMPAIGN,
  id: 'backan-vp-wed-2025',
  name: { vi: 'Tháng hành động vì môi trường 2025' },
  start: '2025-06-05',
  end: '2025-06-30',
};

describe('settings: campaign files', () => {
  it('refuses a broken campaign file, naming the file and the rule, and changes nothing', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    renderApp(() => NOW);
    const input = await screen.findByLabelText('Tải tệp chiến dịch (.json) do cơ quan, đơn vị gửi');
    pickFile(input, 'chien-dich.json', JSON.stringify({ ...nextYear, end: '2025-06-01' }));
    expect(
      await screen.findByText('Không tải được tệp «chien-dich.json»: ngày kết thúc trước ngày bắt đầu (tại end)'),
    ).toBeTruthy();
    expect((await storedActiveCampaign())?.id).toBe(BUILT_IN_CAMPAIGN.id);
  });

  it('says a file from a newer app needs an update', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    renderApp(() => NOW);
    pickFile(
      await screen.findByLabelText(/Tải tệp chiến dịch/),
      'moi.json',
      JSON.stringify({ ...nextYear, version: 2 }),
    );
    expect((await screen.findByText(/phiên bản ứng dụng mới hơn/)).textContent).toBe(
      'Không tải được tệp «moi.json»: tệp được tạo bởi phiên bản ứng dụng mới hơn; hãy cập nhật tiện ích (tại version)',
    );
  });

  it('loads next year’s campaign, makes it active and keeps the days already recorded', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    await setPledgeCount({
      campaign: BUILT_IN_CAMPAIGN,
      date: '2024-06-12',
      pledgeId: 'no-nylon-bags',
      count: 1,
      today: '2024-06-12',
      at: '2024-06-12T03:00:00Z',
    });
    renderApp(() => NOW);
    pickFile(await screen.findByLabelText(/Tải tệp chiến dịch/), '2025.json', JSON.stringify(nextYear));
    expect(
      await screen.findByText(
        'Đã tải chiến dịch «Tháng hành động vì môi trường 2025». Các ngày đã ghi vẫn được giữ nguyên.',
      ),
    ).toBeTruthy();
    expect((await storedActiveCampaign())?.id).toBe('backan-vp-wed-2025');
    expect(await listEntries(BUILT_IN_CAMPAIGN.id)).toHaveLength(1);
    // Switching back is one click on the older campaign.
    await waitFor(() => expect((screen.getByRole('radio', { name: /2025/ }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole('radio', { name: /2024/ }));
    await waitFor(async () => expect((await storedSettings())?.activeCampaignId).toBe(BUILT_IN_CAMPAIGN.id));
  });
});

describe('settings: language and reminder', () => {
  it('switches every label to English', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    renderApp(() => NOW);
    fireEvent.change(await screen.findByLabelText('Ngôn ngữ'), { target: { value: 'en' } });
    expect(await screen.findByLabelText('Language')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { name: 'About me' })).toBeTruthy();
  });

  it('stores the reminder time and turns the reminder off', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    renderApp(() => NOW);
    fireEvent.change(await screen.findByLabelText('Giờ nhắc (giờ của chiến dịch)'), { target: { value: '08:15' } });
    await waitFor(async () => expect((await storedSettings())?.reminderTime).toBe('08:15'));
    fireEvent.click(screen.getByRole('checkbox', { name: /Nhắc tôi/ }));
    await waitFor(async () => expect((await storedSettings())?.reminderOn).toBe(false));
  });
});
