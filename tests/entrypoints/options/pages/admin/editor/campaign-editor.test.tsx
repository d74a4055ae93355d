import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setAdminMode } from '@/storage/admin/office';
import { validateCampaign } from '@/storage/campaign/schema';
import { BUILT_IN_CAMPAIGN, loadCampaign } from '@/storage/campaign/store';
import { updateSettings } from '@/storage/staff/settings';
import type { Campaign } from '@/storage/types';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn, validCampaignJson } from '@/tests/fixtures/campaign';
import { catchDownloads, type SavedFile } from '@/tests/fixtures/downloads';

/** Thursday 1 May 2025, 10:00 in Vietnam: the built-in campaign (June 2024) has ended. */
const NOW = Date.parse('2025-05-01T03:00:00Z');

/** Files the page saved, caught where the page hands them to the browser. */
let saved: SavedFile[] = [];

beforeEach(async () => {
  window.location.hash = '#admin/campaign';
  saved = catchDownloads();
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await setAdminMode(true, '2025-05-01T00:00:00Z');
});

afterEach(() => vi.restoreAllMocks());

async function openEditor() {
  renderApp(() => NOW);
  return within(await screen.findByRole('region', { name: 'Soạn tệp chiến dịch' }));
}

type Editor = Awaited<ReturnType<typeof openEditor>>;

/** Types a value in a field and leaves it, as a person moving on to the next field. */
const type = (input: HTMLElement, value: string) => {
  fireEvent.input(input, { target: { value } });
  fireEvent.focusOut(input);
};
const exportButton = (editor: Editor) =>
  editor.getByRole('button', { name: 'Xuất tệp chiến dịch (.json)' }) as HTMLButtonElement;
const issue = (editor: Editor) => editor.getByText(/^Chưa xuất được: |^Tệp chiến dịch hợp lệ/);

/** Exports and returns the file the browser was handed. */
async function exported(editor: Editor): Promise<{ name: string; json: Record<string, any> }> {
  fireEvent.click(exportButton(editor));
  await waitFor(() => expect(saved).toHaveLength(1));
  return { name: saved[0]!.name, json: JSON.parse(await saved[0]!.blob.text()) };
}

/** Gives the draft a new id, as an ended campaign requires. */
function renew(editor: Editor, id = 'backan-vp-wed-2025') {
  type(editor.getByLabelText(/^Mã chiến dịch/), id);
}

describe('the campaign editor', () => {
  it('starts from the built-in campaign and, once it has a new id, exports a file staff can load', async () => {
    const editor = await openEditor();
    expect((editor.getByLabelText(/^Mã chiến dịch/) as HTMLInputElement).value).toBe(BUILT_IN_CAMPAIGN.id);
    expect((editor.getByLabelText('Tên chiến dịch (tiếng Việt)') as HTMLInputElement).value).toBe(
      BUILT_IN_CAMPAIGN.name.vi,
    );
    expect((editor.getByLabelText('Ngày bắt đầu') as HTMLInputElement).value).toBe('2024-06-05');
    expect((editor.getByRole('checkbox', { name: 'Thứ Sáu' }) as HTMLInputElement).checked).toBe(true);
    expect((editor.getByRole('checkbox', { name: 'Thứ Bảy' }) as HTMLInputElement).checked).toBe(false);
    expect(editor.getAllByRole('group', { name: /^Cam kết \d+$/ })).toHaveLength(BUILT_IN_CAMPAIGN.pledges.length);

    // The built-in campaign has ended: it is not changed in place, a new one needs a new id.
    expect(editor.getByText(/đã kết thúc ngày 30\/06\/2024 nên không sửa trực tiếp được/)).toBeTruthy();
    // The broken rule waits for the officer to act: the export pressed shows it and goes to its field.
    expect(editor.queryByText(/^Chưa xuất được/)).toBeNull();
    fireEvent.click(exportButton(editor));
    expect(document.activeElement).toBe(editor.getByLabelText(/^Mã chiến dịch/));
    expect(saved).toEqual([]);
    expect(issue(editor).textContent).toBe(
      'Chưa xuất được: mã này thuộc một chiến dịch đã kết thúc; chiến dịch mới cần mã khác (tại id).',
    );
    expect(editor.getByLabelText(/^Mã chiến dịch/).getAttribute('aria-invalid')).toBe('true');
    expect(exportButton(editor).disabled).toBe(true);

    renew(editor);
    type(editor.getByLabelText('Tên chiến dịch (tiếng Việt)'), 'Tháng hành động vì môi trường 2025');
    type(editor.getByLabelText('Tên chiến dịch (tiếng Anh, không bắt buộc)'), 'Environment Action Month 2025');
    type(editor.getByLabelText('Ngày bắt đầu'), '2025-06-05');
    type(editor.getByLabelText('Ngày kết thúc'), '2025-06-30');
    fireEvent.click(editor.getByRole('checkbox', { name: 'Thứ Bảy' }));
    expect(issue(editor).textContent).toBe('Tệp chiến dịch hợp lệ, sẵn sàng xuất.');
    expect(editor.getByLabelText(/^Mã chiến dịch/).getAttribute('aria-invalid')).toBeNull();

    const file = await exported(editor);
    expect(file.name).toBe('chien-dich_backan-vp-wed-2025.json');
    expect(validateCampaign(file.json)).toMatchObject({ ok: true });
    expect(file.json).toMatchObject({
      format: 'green-office/campaign',
      version: 1,
      id: 'backan-vp-wed-2025',
      name: { vi: 'Tháng hành động vì môi trường 2025', en: 'Environment Action Month 2025' },
      start: '2025-06-05',
      end: '2025-06-30',
      workingDays: [1, 2, 3, 4, 5, 6],
    });
    expect(file.json.pledges.map((p: { id: string }) => p.id)).toEqual(BUILT_IN_CAMPAIGN.pledges.map((p) => p.id));
    expect(await saved[0]!.blob.text()).toMatch(/^\{\n {2}"format"/);
    expect(
      editor.getByText(
        'Đã tạo tệp «chien-dich_backan-vp-wed-2025.json». Gửi tệp này cho cán bộ để họ tải trong Cài đặt.',
      ),
    ).toBeTruthy();
  });

  it.each<[string, (editor: Editor) => HTMLElement, string]>([
    [
      'an end before the start',
      (editor) => {
        const end = editor.getByLabelText('Ngày kết thúc');
        type(end, '2024-06-01');
        return end;
      },
      'Chưa xuất được: ngày kết thúc trước ngày bắt đầu (tại end).',
    ],
    [
      'two pledges with one id',
      (editor) => {
        const id = within(editor.getByRole('group', { name: 'Cam kết 2' })).getByLabelText('Mã cam kết');
        type(id, BUILT_IN_CAMPAIGN.pledges[0]!.id);
        return id;
      },
      'Chưa xuất được: mã bị trùng (tại pledges[1].id).',
    ],
    [
      'an id with spaces and capitals',
      (editor) => {
        const id = editor.getByLabelText(/^Mã chiến dịch/);
        type(id, 'Chiến dịch 2025');
        return id;
      },
      'Chưa xuất được: mã chiến dịch chỉ gồm a–z, 0–9 và dấu gạch ngang, dài 3–64 ký tự (tại id).',
    ],
    [
      'a zone that does not exist',
      (editor) => {
        const zone = editor.getByLabelText(/^Múi giờ/);
        type(zone, 'Asia/Hanoi');
        return zone;
      },
      'Chưa xuất được: không phải múi giờ IANA hợp lệ (ví dụ Asia/Ho_Chi_Minh) (tại timeZone).',
    ],
    [
      'an empty department name',
      (editor) => {
        const name = editor.getByLabelText('Tên phòng, ban (tiếng Việt), dòng 3');
        type(name, '');
        return name;
      },
      'Chưa xuất được: không được để trống (tại departments[2].name.vi).',
    ],
  ])('shows the broken rule in Vietnamese, on the field, and disables export: %s', async (_name, breakIt, message) => {
    const editor = await openEditor();
    renew(editor);
    expect(exportButton(editor).disabled).toBe(false);
    const field = breakIt(editor);
    const status = issue(editor);
    expect(status.textContent).toBe(message);
    expect(status.getAttribute('role')).toBe('status');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(status.id);
    expect(exportButton(editor).disabled).toBe(true);
    // "Go to the field" takes the keyboard there.
    fireEvent.click(editor.getByRole('button', { name: 'Đến ô cần sửa' }));
    expect(document.activeElement).toBe(field);
    fireEvent.click(exportButton(editor));
    expect(saved).toEqual([]);
  });

  it('adds a department, a pledge and a holiday, removes a department, and exports them', async () => {
    const editor = await openEditor();
    renew(editor);

    fireEvent.click(editor.getByRole('button', { name: 'Thêm phòng, ban' }));
    const newId = editor.getByLabelText('Mã phòng, ban, dòng 8');
    await waitFor(() => expect(document.activeElement).toBe(newId));
    // A new row's empty field says nothing until it is left.
    expect(editor.queryByText(/^Chưa xuất được/)).toBeNull();
    fireEvent.focusOut(newId);
    expect(issue(editor).textContent).toBe(
      'Chưa xuất được: mã phòng, ban chỉ gồm a–z, 0–9 và dấu gạch ngang, dài 1–64 ký tự (tại departments[7].id).',
    );
    type(newId, 'cong-doan');
    type(editor.getByLabelText('Tên phòng, ban (tiếng Việt), dòng 8'), 'Công đoàn Văn phòng');
    type(editor.getByLabelText('Số người (không bắt buộc), dòng 8'), '9');
    fireEvent.click(editor.getByRole('button', { name: 'Xoá phòng, ban dòng 1' }));

    fireEvent.click(editor.getByRole('button', { name: 'Thêm cam kết' }));
    const pledge = within(editor.getByRole('group', { name: 'Cam kết 9' }));
    await waitFor(() => expect(document.activeElement).toBe(pledge.getByLabelText('Mã cam kết')));
    type(pledge.getByLabelText('Mã cam kết'), 'switch-off');
    type(pledge.getByLabelText('Nội dung cam kết (tiếng Việt)'), 'Tắt điện, điều hoà khi rời phòng');
    expect(exportButton(editor).disabled).toBe(false);
    fireEvent.change(pledge.getByLabelText('Loại cam kết'), { target: { value: 'action' } });
    type(pledge.getByLabelText('Đơn vị đếm nếu có, ví dụ «cây» (tiếng Việt)'), 'lần');
    // Half an impact is a broken rule; the whole of it is fine.
    type(pledge.getByLabelText('Nguồn của hệ số'), 'EVN');
    // The rule is on a field not yet left: the export pressed says it and unfolds the field.
    const perUnit = pledge.getByLabelText('Tác động của mỗi đơn vị (số)');
    expect(perUnit.closest('details')!.open).toBe(false);
    fireEvent.click(exportButton(editor));
    expect(issue(editor).textContent).toBe('Chưa xuất được: phải là số (tại pledges[8].impact.perUnit).');
    expect(perUnit.closest('details')!.open).toBe(true);
    expect(document.activeElement).toBe(perUnit);
    // The impact of a new pledge is folded away; going to the field unfolds it.
    perUnit.closest('details')!.open = false;
    fireEvent.click(editor.getByRole('button', { name: 'Đến ô cần sửa' }));
    expect(perUnit.closest('details')!.open).toBe(true);
    expect(document.activeElement).toBe(perUnit);
    type(pledge.getByLabelText('Tác động của mỗi đơn vị (số)'), '0.5');
    type(pledge.getByLabelText('Đơn vị tác động, ví dụ «kg CO₂» (tiếng Việt)'), 'kWh');

    fireEvent.click(editor.getByRole('button', { name: 'Thêm ngày nghỉ' }));
    type(editor.getByLabelText('Ngày nghỉ 1'), '2024-06-30');
    expect(issue(editor).textContent).toBe('Tệp chiến dịch hợp lệ, sẵn sàng xuất.');

    const { json } = await exported(editor);
    expect(validateCampaign(json)).toMatchObject({ ok: true });
    expect(json.holidays).toEqual(['2024-06-30']);
    expect(json.departments.map((d: { id: string }) => d.id)).toEqual([
      ...BUILT_IN_CAMPAIGN.departments.slice(1).map((d) => d.id),
      'cong-doan',
    ]);
    expect(json.departments.at(-1)).toEqual({ id: 'cong-doan', name: { vi: 'Công đoàn Văn phòng' }, headcount: 9 });
    expect(json.pledges.at(-1)).toEqual({
      id: 'switch-off',
      kind: 'action',
      label: { vi: 'Tắt điện, điều hoà khi rời phòng' },
      unit: { vi: 'lần' },
      impact: { perUnit: 0.5, unit: { vi: 'kWh' }, source: 'EVN' },
    });
  });

  it('edits a running campaign in place, keeping its id', async () => {
    const running = { ...validCampaignJson(), id: 'running-2025', start: '2025-04-01', end: '2025-05-31' } as Campaign;
    await loadCampaign(running, '2025-04-01T00:00:00Z');
    const editor = await openEditor();
    // The active campaign comes first; the built-in one can be picked in the list.
    expect((editor.getByLabelText(/^Mã chiến dịch/) as HTMLInputElement).value).toBe('running-2025');
    expect(editor.getByText(/^Giữ mã «running-2025»/)).toBeTruthy();
    expect(editor.queryByText(/không sửa trực tiếp được/)).toBeNull();
    type(editor.getByLabelText('Ngày kết thúc'), '2025-06-15');
    const { name, json } = await exported(editor);
    expect(name).toBe('chien-dich_running-2025.json');
    expect(json).toMatchObject({ id: 'running-2025', end: '2025-06-15' });

    const source = editor.getByLabelText('Bắt đầu từ chiến dịch') as HTMLSelectElement;
    await waitFor(() => expect(source.options).toHaveLength(2));
    fireEvent.change(source, { target: { value: BUILT_IN_CAMPAIGN.id } });
    fireEvent.click(editor.getByRole('button', { name: 'Soạn từ chiến dịch này' }));
    expect(editor.getByText(`Đã đưa «${BUILT_IN_CAMPAIGN.name.vi}» vào trình soạn.`)).toBeTruthy();
    expect((editor.getByLabelText(/^Mã chiến dịch/) as HTMLInputElement).value).toBe(BUILT_IN_CAMPAIGN.id);
    expect(editor.getByText(/không sửa trực tiếp được/)).toBeTruthy();
    fireEvent.click(exportButton(editor));
    expect(saved).toHaveLength(1);
    expect(exportButton(editor).disabled).toBe(true);
  });

  it('speaks English to a person who chose English', async () => {
    await updateSettings({ language: 'en' }, '2025-05-01T00:00:00Z');
    renderApp(() => NOW);
    const editor = within(await screen.findByRole('region', { name: 'Campaign file editor' }));
    type(editor.getByLabelText('End date'), '2024-06-01');
    fireEvent.click(editor.getByRole('button', { name: 'Export the campaign file (.json)' }));
    expect(editor.getByText(/^Cannot export yet:/).textContent).toBe(
      'Cannot export yet: this id belongs to a campaign that has ended; a new campaign needs another id (at id).',
    );
    type(editor.getByLabelText(/^Campaign id/), 'backan-vp-wed-2025');
    expect(editor.getByText(/^Cannot export yet:/).textContent).toBe(
      'Cannot export yet: the end date is before the start date (at end).',
    );
    expect(editor.getByRole('checkbox', { name: 'Sunday' })).toBeTruthy();
    expect(
      (editor.getByRole('button', { name: 'Export the campaign file (.json)' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('greets the officer with no broken rule, and shows one once its field is left', async () => {
    const editor = await openEditor();
    renew(editor);
    const zone = editor.getByLabelText(/^Múi giờ/);
    fireEvent.input(zone, { target: { value: 'Asia/Hanoi' } });
    // Still typing: nothing said yet, and export is not shut.
    expect(editor.queryByText(/^Chưa xuất được/)).toBeNull();
    expect(zone.getAttribute('aria-invalid')).toBeNull();
    expect(exportButton(editor).disabled).toBe(false);
    fireEvent.focusOut(zone);
    expect(issue(editor).textContent).toMatch(/^Chưa xuất được: không phải múi giờ IANA hợp lệ/);
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(exportButton(editor).disabled).toBe(true);
  });
});
