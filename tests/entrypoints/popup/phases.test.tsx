import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILT_IN_CAMPAIGN, ensureBuiltInCampaign, loadCampaign } from '@/storage/campaign/store';
import { listEntries } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import { campaignOf } from '@/tests/fixtures/campaign';
import { storedProfile, storedSettings } from '@/tests/fixtures/stored';
import { openPopup, vietnam } from './helpers';

// Issue #9: the popup never dead-ends. Each phase shows its next step.

/** Thursday 3 December 2026, 10:00 in Vietnam. */
const THURSDAY = vietnam('2026-12-03T10:00:00');
const INSTALLED = '2026-12-01T00:00:00Z';
const office = campaignOf({ id: 'office-2026', start: '2026-12-07', end: '2026-12-31' });

const open = (at = THURSDAY) => openPopup(at, () => 'Asia/Ho_Chi_Minh');
const offers = () => screen.getAllByRole('listitem').map((item) => item.querySelector('button')?.textContent ?? '');

describe('the popup with no campaign running today', () => {
  it('says so plainly and offers, in order: the file from the office, the 30-day challenge, the office’s campaign', async () => {
    await ensureBuiltInCampaign(INSTALLED);
    open();
    expect(await screen.findByText('Hôm nay chưa có chiến dịch nào đang diễn ra.')).toBeTruthy();
    // The ways to start load when first shown (issue #16).
    await screen.findAllByRole('listitem');
    expect(offers()).toEqual([
      'Tải tệp chiến dịch cơ quan gửi',
      'Bắt đầu thử thách 30 ngày hôm nay',
      'Tạo chiến dịch cho cơ quan (người thu thập báo cáo)',
    ]);
    // Nothing is asked in the name of the 2024 campaign, and no department is asked at all.
    expect(screen.queryByText(/2024/)).toBeNull();
    expect(screen.queryByLabelText('Phòng, ban, đơn vị')).toBeNull();
    expect(screen.getByText(/từ hôm nay đến 01\/01\/2027/)).toBeTruthy();
  });

  it('starts the 30-day challenge with a name and one click, and records at once', async () => {
    await ensureBuiltInCampaign(INSTALLED);
    open();
    fireEvent.input(await screen.findByLabelText('Họ và tên'), { target: { value: 'Phạm Minh Tuấn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu thử thách 30 ngày hôm nay' }));
    expect(await screen.findByRole('heading', { name: 'Văn phòng xanh 30 ngày' })).toBeTruthy();
    expect(screen.getByText('Ngày 1/30')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Không sử dụng túi nilon khó phân hủy' }));
    expect(await screen.findByText('Đã ghi: Không sử dụng túi nilon khó phân hủy')).toBeTruthy();
    const { activeCampaignId } = (await storedSettings())!;
    expect((await listEntries(activeCampaignId)).map((e) => e.date)).toEqual(['2026-12-03']);
    expect(await storedProfile()).toMatchObject({ name: 'Phạm Minh Tuấn', department: 'ca-nhan' });
  });

  it('refuses an empty name next to the field, and starts nothing', async () => {
    await ensureBuiltInCampaign(INSTALLED);
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Bắt đầu thử thách 30 ngày hôm nay' }));
    expect(await screen.findByText('Vui lòng nhập họ và tên.')).toBeTruthy();
    expect(screen.getByLabelText('Họ và tên').getAttribute('aria-invalid')).toBe('true');
    expect((await storedSettings())?.activeCampaignId).toBe('');
  });

  it('opens the settings to load the office’s file, and the admin section to create the office’s campaign', async () => {
    await ensureBuiltInCampaign(INSTALLED);
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.spyOn(window, 'close').mockImplementation(() => {});
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Tải tệp chiến dịch cơ quan gửi' }));
    await waitFor(() => expect(tabs).toHaveBeenCalledWith({ url: expect.stringMatching(/options\.html#settings$/) }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo chiến dịch cho cơ quan (người thu thập báo cáo)' }));
    await waitFor(() => expect(tabs).toHaveBeenLastCalledWith({ url: expect.stringMatching(/options\.html#admin$/) }));
    expect((await storedSettings())?.adminMode).toBe(true);
  });
});

describe('the popup with a campaign still to come', () => {
  it('says when it starts, with the weekday, and asks who is recording', async () => {
    await loadCampaign(office, INSTALLED);
    open();
    expect(await screen.findByText('Chiến dịch bắt đầu sau 4 ngày, thứ Hai 07/12/2026.')).toBeTruthy();
    expect(await screen.findByLabelText('Phòng, ban, đơn vị')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('says only when it starts once the person is set up', async () => {
    await loadCampaign(office, INSTALLED);
    await saveProfile({ name: 'An', department: 'ldvp' }, office, INSTALLED);
    open();
    expect(await screen.findByText('Chiến dịch bắt đầu sau 4 ngày, thứ Hai 07/12/2026.')).toBeTruthy();
    expect(screen.queryByLabelText('Họ và tên')).toBeNull();
    expect(screen.getByRole('button', { name: 'Mở cài đặt' })).toBeTruthy();
  });
});

describe('the popup while a campaign runs', () => {
  it('shows today’s pledges', async () => {
    await loadCampaign(office, INSTALLED);
    await saveProfile({ name: 'An', department: 'ldvp' }, office, INSTALLED);
    open(vietnam('2026-12-08T10:00:00'));
    const pledge = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Không dùng túi nilon' });
    expect(pledge.checked).toBe(false);
    expect(screen.getByText('Ngày 2/25').closest('p')?.textContent).toBe(
      'Ngày 2/25 · ngày làm việc · Thứ Ba, 8 tháng 12, 2026',
    );
  });

  it('asks a person whose department the campaign no longer has to choose again, name kept', async () => {
    await loadCampaign(office, INSTALLED);
    await saveProfile({ name: 'Lê An', department: 'ldvp' }, office, INSTALLED);
    await loadCampaign({ ...office, departments: office.departments.filter((d) => d.id !== 'ldvp') }, INSTALLED);
    open(vietnam('2026-12-08T10:00:00'));
    expect(await screen.findByRole('heading', { name: 'Chọn lại phòng, ban của bạn' })).toBeTruthy();
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê An');
    fireEvent.change(screen.getByLabelText('Phòng, ban, đơn vị'), { target: { value: 'hctc-qttv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu' }));
    expect(await screen.findByRole('checkbox', { name: 'Không dùng túi nilon' })).toBeTruthy();
    expect(await storedProfile()).toMatchObject({ name: 'Lê An', department: 'hctc-qttv' });
  });
});

describe('the popup after a campaign ended', () => {
  it('never asks in its name: it shows how it went and the ways to start again', async () => {
    await ensureBuiltInCampaign(INSTALLED);
    await loadCampaign(BUILT_IN_CAMPAIGN, INSTALLED);
    open();
    expect(await screen.findByText(/đã kết thúc ngày 30\/06\/2024\. Bạn đã tham gia 0 ngày\./)).toBeTruthy();
    expect(screen.queryByLabelText('Phòng, ban, đơn vị')).toBeNull();
    expect(screen.getByRole('button', { name: 'Xem kết quả của tôi' })).toBeTruthy();
    expect(offers()).toEqual([
      'Tải tệp chiến dịch cơ quan gửi',
      'Bắt đầu thử thách 30 ngày hôm nay',
      'Tạo chiến dịch cho cơ quan (người thu thập báo cáo)',
    ]);
  });
});
