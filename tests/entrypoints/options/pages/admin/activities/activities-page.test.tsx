import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ClockProvider } from '@/components/clock';
import { I18nProvider } from '@/components/i18n/context';
import { makeI18n } from '@/components/i18n/format';
import { viOptions } from '@/components/i18n/vi/options';
import { viPopup } from '@/components/i18n/vi/popup';
import { ActivitiesPage } from '@/entrypoints/options/pages/admin/activities/ActivitiesPage';
import { OfficeProvider } from '@/entrypoints/options/pages/admin/office-context';
import { readActivities } from '@/storage/activities/store';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';

const campaign = BUILT_IN_CAMPAIGN;
const NOW = Date.parse('2024-06-20T03:00:00Z');
const now = () => NOW;

function page() {
  return render(
    <ClockProvider value={now}>
      <I18nProvider value={makeI18n('vi', { ...viPopup, ...viOptions })}>
        <OfficeProvider campaign={campaign} query="">
          <ActivitiesPage />
        </OfficeProvider>
      </I18nProvider>
    </ClockProvider>,
  );
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the activities page', () => {
  it('records a turn-out with its results and lists it', async () => {
    page();
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm hoạt động' }));
    expect((screen.getByLabelText('Ngày') as HTMLInputElement).value).toBe('2024-06-20');
    type('Tên hoạt động', 'Ra quân dọn vệ sinh quanh trụ sở');
    type('Số người tham gia', '45');
    type(/^Chất thải thu gom/, '120,5');
    fireEvent.click(screen.getByRole('checkbox', { name: /Phòng Hành chính tổ chức/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu hoạt động' }));
    expect((await screen.findByRole('status')).textContent).toContain(
      'Đã lưu hoạt động “Ra quân dọn vệ sinh quanh trụ sở”.',
    );
    const [row] = await readActivities(campaign.id);
    expect(row).toMatchObject({
      date: '2024-06-20',
      kind: 'turn-out',
      participants: 45,
      results: { 'waste-collected-kg': 120.5 },
      departments: ['hctc-qttv'],
    });
    expect(await screen.findByRole('rowheader', { name: /Ra quân dọn vệ sinh/ })).toBeTruthy();
  });

  it('refuses 2.5 trees, says why, marks the field and writes nothing', async () => {
    page();
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm hoạt động' }));
    fireEvent.change(screen.getByLabelText('Loại hoạt động'), { target: { value: 'tree-planting' } });
    type('Tên hoạt động', 'Trồng cây');
    type(/^Cây xanh trồng/, '2,5');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu hoạt động' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Cây xanh trồng, trao tặng: phải là số nguyên');
    await waitFor(() => expect(document.activeElement?.id).toBe('act-result-trees-planted'));
    expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true');
    expect(await readActivities(campaign.id)).toEqual([]);
  });

  it('refuses a negative number of participants', async () => {
    page();
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm hoạt động' }));
    type('Tên hoạt động', 'Hội nghị');
    type('Số người tham gia', '-3');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu hoạt động' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Số người tham gia: không được là số âm');
  });
});
