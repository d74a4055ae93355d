import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setAdminMode } from '@/storage/admin/office';
import { parseCampaignFile } from '@/storage/campaign/schema';
import { ensureBuiltInCampaign, loadCampaign } from '@/storage/campaign/store';
import { renderApp } from '@/tests/entrypoints/options/app';
import { campaignOf } from '@/tests/fixtures/campaign';
import { catchDownloads, type SavedFile } from '@/tests/fixtures/downloads';
import { storedActiveCampaign } from '@/tests/fixtures/stored';

/** Tuesday 1 December 2026, 10:00 in Vietnam: a fresh install, no campaign running. */
const NOW = Date.parse('2026-12-01T03:00:00Z');
let saved: SavedFile[] = [];

beforeEach(async () => {
  window.location.hash = '#admin/campaign';
  saved = catchDownloads();
  await ensureBuiltInCampaign('2026-12-01T00:00:00Z');
  await setAdminMode(true, '2026-12-01T00:00:00Z');
});
afterEach(() => vi.restoreAllMocks());

async function openForm() {
  renderApp(() => NOW);
  return within(await screen.findByRole('region', { name: 'Tạo chiến dịch mới' }));
}
type Form = Awaited<ReturnType<typeof openForm>>;
/** Types a value in a field and leaves it, as a person moving on to the next field. */
const type = (input: HTMLElement, value: string) => {
  fireEvent.input(input, { target: { value } });
  fireEvent.focusOut(input);
};
const status = (form: Form) => form.getByText(/^Chưa dùng được: |^Mẫu đơn hợp lệ/);

async function fill(form: Form) {
  type(form.getByLabelText('Cơ quan, đơn vị tổ chức'), 'Sở Tài nguyên và Môi trường');
  type(form.getByLabelText('Bộ phận nhận báo cáo'), 'Văn phòng Sở');
  type(
    form.getByLabelText(/^Phòng, ban: dán mỗi dòng/),
    'Phòng Tổng hợp; 12\nPhòng Kế hoạch – Tài chính; 8\nPhòng Kế hoạch – Tài chính',
  );
}

describe('“Tạo chiến dịch mới” (issue #9 §3)', () => {
  it('comes first in the admin section, prefilled from the template and the year, with June next year', async () => {
    const form = await openForm();
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'));
    expect(regions[0]).toBe('create-title');
    expect((form.getByLabelText('Tên chiến dịch') as HTMLInputElement).value).toBe(
      'Tháng hành động vì môi trường 2027',
    );
    expect((form.getByLabelText('Ngày bắt đầu') as HTMLInputElement).value).toBe('2027-06-01');
    expect((form.getByLabelText('Ngày kết thúc') as HTMLInputElement).value).toBe('2027-06-30');
    expect(form.getAllByRole('checkbox', { checked: true }).length).toBe(5 + 8);
  });

  it('says the first broken rule in words, on its field, as the officer types', async () => {
    const form = await openForm();
    const organisation = form.getByLabelText('Cơ quan, đơn vị tổ chức');
    // On arrival nothing is said in red: the form waits for the officer.
    expect(form.queryByText(/^Chưa dùng được/)).toBeNull();
    expect(organisation.getAttribute('aria-invalid')).toBeNull();
    // Another field left says nothing of this one.
    fireEvent.focusOut(form.getByLabelText('Tên chiến dịch'));
    expect(form.queryByText(/^Chưa dùng được/)).toBeNull();
    // Left empty: now the rule is said, on its field.
    fireEvent.focusOut(organisation);
    expect(status(form).textContent).toBe('Chưa dùng được: Cơ quan, đơn vị tổ chức: không được để trống.');
    expect(organisation.getAttribute('aria-invalid')).toBe('true');
    await fill(form);
    type(form.getByLabelText(/^Phòng, ban: dán mỗi dòng/), 'Phòng Tổng hợp\nPhòng Kế hoạch; mười');
    expect(status(form).textContent).toMatch(/^Chưa dùng được: dòng 2 của danh sách phòng, ban: /);
    await fill(form);
    expect(status(form).textContent).toBe('Mẫu đơn hợp lệ.');
  });

  it('shows the ids made from the pasted names, unique and editable', async () => {
    const form = await openForm();
    await fill(form);
    const ids = form.getAllByRole('textbox', { name: /^Mã của «/ }) as HTMLInputElement[];
    expect(ids.map((i) => i.value)).toEqual([
      'phong-tong-hop',
      'phong-ke-hoach-tai-chinh',
      'phong-ke-hoach-tai-chinh-2',
    ]);
    type(ids[2]!, 'ke-hoach-2');
    expect((form.getAllByRole('textbox', { name: /^Mã của «/ })[2] as HTMLInputElement).value).toBe('ke-hoach-2');
  });

  it('uses the campaign here with one button, and downloads the file for staff with a message to paste', async () => {
    const form = await openForm();
    await fill(form);
    const use = form.getByRole('button', { name: 'Dùng chiến dịch này ở máy này' }) as HTMLButtonElement;
    await waitFor(() => expect(use.disabled).toBe(false));
    fireEvent.click(use);
    await waitFor(async () => expect((await storedActiveCampaign())?.id).toBe('thang-hanh-dong-vi-moi-truong-2027'));
    expect(
      await form.findByText('Chiến dịch «Tháng hành động vì môi trường 2027» đang được dùng ở máy này.'),
    ).toBeTruthy();

    fireEvent.click(form.getByRole('button', { name: 'Tải tệp cho nhân viên' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('chien-dich_thang-hanh-dong-vi-moi-truong-2027.json');
    const file = parseCampaignFile(await saved[0]!.blob.text());
    expect(file.ok && file.campaign).toEqual(await storedActiveCampaign());
    expect(file.ok && file.campaign.departments.map((d) => [d.id, d.headcount])).toEqual([
      ['phong-tong-hop', 12],
      ['phong-ke-hoach-tai-chinh', 8],
      ['phong-ke-hoach-tai-chinh-2', undefined],
    ]);
    const message = form.getByLabelText(/^Lời nhắn cho nhân viên/) as HTMLTextAreaElement;
    expect(message.value).toContain('chien-dich_thang-hanh-dong-vi-moi-truong-2027.json');
    expect(message.value).toContain('Tải tệp chiến dịch cơ quan gửi');
    expect(message.value).toContain('Văn phòng Sở');
  });

  it('never gives the id of a campaign kept here, ended or not', async () => {
    await loadCampaign(
      campaignOf({ id: 'thang-hanh-dong-vi-moi-truong-2027', start: '2024-06-05', end: '2024-06-30' }),
      '2024-06-01T00:00:00Z',
    );
    const form = await openForm();
    await waitFor(() => expect(form.getByText(/^Mã chiến dịch \(tự tạo/).textContent).toMatch(/-2027-2$/));
  });

  it('shows the broken rule when a button is pressed before the form is done, and takes the keyboard to it', async () => {
    const form = await openForm();
    const use = form.getByRole('button', { name: 'Dùng chiến dịch này ở máy này' }) as HTMLButtonElement;
    await waitFor(() => expect(use.disabled).toBe(false));
    expect(form.queryByText(/^Chưa dùng được/)).toBeNull();
    fireEvent.click(use);
    expect(status(form).textContent).toBe('Chưa dùng được: Cơ quan, đơn vị tổ chức: không được để trống.');
    expect(document.activeElement).toBe(form.getByLabelText('Cơ quan, đơn vị tổ chức'));
    expect(use.disabled).toBe(true);
    expect((await storedActiveCampaign())?.id).not.toBe('thang-hanh-dong-vi-moi-truong-2027');
    expect(saved).toEqual([]);
  });
});
