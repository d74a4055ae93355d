import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/storage/db/database';
import { listEntries } from '@/storage/staff/entries';
import { storedNote } from '@/tests/fixtures/stored';
import { openPopup, setUpPerson, vietnam, WEDNESDAY } from './helpers';

const CAMPAIGN = 'backan-vp-wed-2024';
const NO_BAGS = 'Không sử dụng túi nilon khó phân hủy';
const TREES = 'Trồng cây xanh';

/** The line under the title, as read: the day of the campaign, working or rest day, the date. */
const dayLine = () => screen.getByText(/^(Ngày|Day) \d+\/\d+$/).closest('p')?.textContent;
/** The figure shown beside a label of the popup's figures. */
const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('popup during the campaign', () => {
  it('shows the campaign title and which day of the campaign today is', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Tháng hành động vì môi trường 2024');
    expect(dayLine()).toBe('Ngày 8/26 · ngày làm việc · Thứ Tư, 12 tháng 6, 2024');
  });

  it('says a Saturday is a rest day', async () => {
    await setUpPerson();
    openPopup(vietnam('2024-06-15T09:00:00'));
    await screen.findByText('Ngày 11/26');
    expect(dayLine()).toBe('Ngày 11/26 · ngày nghỉ · Thứ Bảy, 15 tháng 6, 2024');
  });

  it('gives every pledge one control named by its label: checkboxes for daily, steppers for actions', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    await screen.findByRole('checkbox', { name: NO_BAGS });
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getAllByRole('spinbutton')).toHaveLength(5);
    expect(screen.getByRole('spinbutton', { name: TREES })).toBeTruthy();
  });

  it('records a daily pledge with one click and says so', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    fireEvent.click(await screen.findByRole('checkbox', { name: NO_BAGS }));
    expect(await screen.findByText(`Đã ghi: ${NO_BAGS}`)).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: NO_BAGS }) as HTMLInputElement).checked).toBe(true),
    );
    const entries = await listEntries(CAMPAIGN);
    expect(entries).toEqual([
      expect.objectContaining({ date: '2024-06-12', pledgeId: 'no-nylon-bags', count: 1, late: false }),
    ]);
    await waitFor(() => expect(screen.getByText('1', { selector: '[data-stat="days-taken"]' })).toBeTruthy());
  });

  it('shows the new count on the toolbar badge as soon as a pledge is recorded', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    fireEvent.click(await screen.findByRole('checkbox', { name: NO_BAGS }));
    await waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    fireEvent.click(screen.getByRole('button', { name: `Thêm một: ${TREES}` }));
    await waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'));
    fireEvent.click(screen.getByRole('checkbox', { name: NO_BAGS }));
    fireEvent.click(screen.getByRole('button', { name: `Bớt một: ${TREES}` }));
    await waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
  });

  it('cannot undo a change to a day whose backfill window has closed', async () => {
    await setUpPerson();
    const { setPledgeCount } = await import('@/storage/staff/entries');
    const { BUILT_IN_CAMPAIGN } = await import('@/storage/campaign/store');
    await setPledgeCount({
      campaign: BUILT_IN_CAMPAIGN,
      date: '2024-06-06',
      pledgeId: 'eco-products',
      count: 1,
      today: '2024-06-06',
      at: '2024-06-06T03:00:00Z',
    });
    openPopup(WEDNESDAY);
    await screen.findByRole('checkbox', { name: NO_BAGS });
    expect((screen.getByRole('button', { name: 'Hoàn tác thay đổi vừa rồi' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('counts an action up and down with the stepper buttons', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    const more = await screen.findByRole('button', { name: `Thêm một: ${TREES}` });
    fireEvent.click(more);
    await waitFor(() => expect((screen.getByRole('spinbutton', { name: TREES }) as HTMLInputElement).value).toBe('1'));
    fireEvent.click(more);
    await waitFor(() => expect((screen.getByRole('spinbutton', { name: TREES }) as HTMLInputElement).value).toBe('2'));
    fireEvent.click(screen.getByRole('button', { name: `Bớt một: ${TREES}` }));
    await waitFor(() => expect((screen.getByRole('spinbutton', { name: TREES }) as HTMLInputElement).value).toBe('1'));
    expect((await listEntries(CAMPAIGN))[0]).toMatchObject({ pledgeId: 'tree-planting', count: 1 });
  });

  it('refuses a typed count over 1000 and keeps the stored one', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    const trees = (await screen.findByRole('spinbutton', { name: TREES })) as HTMLInputElement;
    fireEvent.change(trees, { target: { value: '1001' } });
    // The limit is quoted from MAX_COUNT and written the Vietnamese way (1.000).
    expect(await screen.findByText('Số lượng phải từ 0 đến 1.000.')).toBeTruthy();
    expect(await listEntries(CAMPAIGN)).toEqual([]);
  });

  it('says a refusal as an alert, and the next recording in the status line instead (issue #17)', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    const trees = (await screen.findByRole('spinbutton', { name: TREES })) as HTMLInputElement;
    const statusLine = document.querySelector('p.status[role="status"]')!;
    fireEvent.change(trees, { target: { value: '1001' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Số lượng phải từ 0 đến 1.000.');
    expect(statusLine.textContent).toBe('');
    fireEvent.click(screen.getByRole('checkbox', { name: NO_BAGS }));
    await waitFor(() => expect(statusLine.textContent).toBe(`Đã ghi: ${NO_BAGS}`));
    expect(screen.queryByRole('alert')).toBeNull();
    // The same status line, there before either message.
    expect(document.querySelector('p.status[role="status"]')).toBe(statusLine);
  });

  it('puts the pledge and the badge back when the store will not take the click', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    const box = (await screen.findByRole('checkbox', { name: NO_BAGS })) as HTMLInputElement;
    const refuse = vi.spyOn(db.entries, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    try {
      fireEvent.click(box);
      expect(await screen.findByText(/^Có lỗi: /)).toBeTruthy();
      await waitFor(() => expect(box.checked).toBe(false));
      await waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
    } finally {
      refuse.mockRestore();
    }
    expect(await listEntries(CAMPAIGN)).toEqual([]);
  });

  it('undoes the last change', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    const undo = await screen.findByRole('button', { name: 'Hoàn tác thay đổi vừa rồi' });
    expect((undo as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: NO_BAGS }));
    await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(undo);
    expect(await screen.findByText(`Đã hoàn tác: ${NO_BAGS}`)).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: NO_BAGS }) as HTMLInputElement).checked).toBe(false),
    );
    expect(await listEntries(CAMPAIGN)).toEqual([]);
  });

  it('saves an optional note for the day', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    const note = await screen.findByLabelText('Ghi chú cho ngày 12/06/2024 (không bắt buộc)');
    fireEvent.input(note, { target: { value: 'Mang bình nước cá nhân' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu ghi chú' }));
    expect(await screen.findByText('Đã lưu ghi chú.')).toBeTruthy();
    expect(await storedNote(CAMPAIGN, '2024-06-12')).toBe('Mang bình nước cá nhân');
  });

  it('offers today and the 3 days before it, and marks an earlier day late', async () => {
    await setUpPerson();
    openPopup(WEDNESDAY);
    const picker = await screen.findByRole('group', { name: 'Ghi cho ngày' });
    const days = within(picker)
      .getAllByRole('radio')
      .map((radio) => radio.parentElement?.textContent);
    expect(days).toEqual(['Hôm nay', '11/06/2024 (ghi muộn)', '10/06/2024 (ghi muộn)', '09/06/2024 (ghi muộn)']);
    fireEvent.click(within(picker).getByRole('radio', { name: '10/06/2024 (ghi muộn)' }));
    expect(await screen.findByText('Ngày 6/26')).toBeTruthy();
    expect(screen.getByText(/đã qua: cam kết ghi cho ngày này được đánh dấu là ghi muộn/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: NO_BAGS }));
    await waitFor(async () =>
      expect(await listEntries(CAMPAIGN)).toEqual([expect.objectContaining({ date: '2024-06-10', late: true })]),
    );
  });

  it('offers no day before the campaign start on its second day', async () => {
    await setUpPerson();
    openPopup(vietnam('2024-06-06T08:00:00'));
    const picker = await screen.findByRole('group', { name: 'Ghi cho ngày' });
    expect(within(picker).getAllByRole('radio')).toHaveLength(2);
  });

  it('shows the streak of working days in a row', async () => {
    await setUpPerson();
    // Friday 7th and Monday 10th..Tuesday 11th: the weekend between does not break it.
    const { setPledgeCount } = await import('@/storage/staff/entries');
    const { BUILT_IN_CAMPAIGN } = await import('@/storage/campaign/store');
    for (const [date, today] of [
      ['2024-06-07', '2024-06-07'],
      ['2024-06-10', '2024-06-10'],
      ['2024-06-11', '2024-06-11'],
    ]) {
      await setPledgeCount({
        campaign: BUILT_IN_CAMPAIGN,
        date: date!,
        pledgeId: 'eco-products',
        count: 1,
        today: today!,
        at: `${date}T03:00:00Z`,
      });
    }
    openPopup(WEDNESDAY);
    await screen.findByText('3', { selector: '[data-stat="streak"]' });
    expect(stat('Chuỗi ngày làm việc liên tiếp')).toBe('3');
    expect(stat('Số ngày đã tham gia')).toBe('3');
  });

  it('speaks English when the person chose it', async () => {
    await setUpPerson({ language: 'en' });
    openPopup(WEDNESDAY);
    expect(await screen.findByRole('checkbox', { name: 'No hard-to-degrade nylon bags' })).toBeTruthy();
    expect(screen.getByText('Day 8/26')).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });
});

describe('popup outside the campaign', () => {
  it('before the start, says when it starts and what to do meanwhile', async () => {
    await setUpPerson();
    openPopup(vietnam('2024-06-01T09:00:00'));
    // Issue #9: when, with the weekday.
    expect(await screen.findByText('Chiến dịch bắt đầu sau 4 ngày, thứ Tư 05/06/2024.')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Mở cài đặt' })).toBeTruthy();
  });

  it('after the end, says it ended and points to results and the ways to start again', async () => {
    await setUpPerson();
    openPopup(vietnam('2024-07-01T00:30:00'));
    expect(await screen.findByText(/đã kết thúc ngày 30\/06\/2024/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xem kết quả của tôi' })).toBeTruthy();
    // Issue #9: the file the office sent is one of three ways on, not the only one.
    expect(await screen.findByRole('button', { name: 'Tải tệp chiến dịch cơ quan gửi' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bắt đầu thử thách 30 ngày hôm nay' })).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('uses the campaign time zone: 23:30 UTC on 30 June is already 1 July in Vietnam', async () => {
    await setUpPerson();
    openPopup(Date.parse('2024-06-30T23:30:00Z'));
    expect((await screen.findByText(/đã kết thúc/)).textContent).toBe(
      'Chiến dịch «Tháng hành động vì môi trường 2024» đã kết thúc ngày 30/06/2024. Bạn đã tham gia 0 ngày.',
    );
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });
});
