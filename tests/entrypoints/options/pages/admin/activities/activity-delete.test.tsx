import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ClockProvider } from '@/components/clock';
import { I18nProvider } from '@/components/i18n/context';
import { makeI18n } from '@/components/i18n/format';
import { viOptions } from '@/components/i18n/vi/options';
import { viPopup } from '@/components/i18n/vi/popup';
import { ActivitiesPage } from '@/entrypoints/options/pages/admin/activities/ActivitiesPage';
import { OfficeProvider } from '@/entrypoints/options/pages/admin/office-context';
import { readActivities, readPhotos, saveActivity } from '@/storage/activities/store';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { photoDraft, turnOut } from '@/tests/fixtures/activities';

const campaign = BUILT_IN_CAMPAIGN;
const now = () => Date.parse('2024-06-20T03:00:00Z');
const AT = '2024-06-10T09:00:00+07:00';
const TURN_OUT = 'Ra quân dọn vệ sinh quanh trụ sở';
const TREES = 'Trồng cây quanh trụ sở';
const PHOTOS = { id: 'a1', photoIds: ['p1', 'p2'] };

/** The page with two activities: the turn-out (5 June, two photos) listed first, the trees (3 June). */
async function page() {
  await saveActivity(campaign.id, turnOut(), [photoDraft('p1'), photoDraft('p2')], AT, 'a1');
  await saveActivity(campaign.id, { ...turnOut(), date: '2024-06-03', title: TREES }, [], AT, 'a2');
  render(
    <ClockProvider value={now}>
      <I18nProvider value={makeI18n('vi', { ...viPopup, ...viOptions })}>
        <OfficeProvider campaign={campaign} query="">
          <ActivitiesPage />
        </OfficeProvider>
      </I18nProvider>
    </ClockProvider>,
  );
  const remove = await screen.findByRole('button', { name: `Xoá hoạt động “${TURN_OUT}”` });
  remove.focus();
  fireEvent.click(remove);
  const dialog = screen.getByRole('alertdialog', {
    name: `Xoá hoạt động “${TURN_OUT}” và ảnh của hoạt động này? Việc xoá không hoàn tác được.`,
  });
  return { remove, dialog: dialog as HTMLDialogElement };
}

const listed = async () => (await readActivities(campaign.id)).map((a) => a.title);

describe('deleting an activity', () => {
  it('asks first, with “Không xoá” focused, and deletes nothing yet', async () => {
    const { dialog } = await page();
    expect(dialog.open).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Không xoá' }));
    expect(await listed()).toEqual([TURN_OUT, TREES]);
    expect(await readPhotos(PHOTOS)).toHaveLength(2);
  });

  it('“Không xoá” keeps the activity and its photos, and the focus goes back to its delete button', async () => {
    const { remove, dialog } = await page();
    fireEvent.click(screen.getByRole('button', { name: 'Không xoá' }));
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(remove);
    expect(await listed()).toEqual([TURN_OUT, TREES]);
    expect((await readPhotos(PHOTOS)).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(screen.getByRole('rowheader', { name: new RegExp(TURN_OUT) })).toBeTruthy();
  });

  it('Escape keeps the activity and its photos', async () => {
    const { remove, dialog } = await page();
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(remove);
    expect(await listed()).toEqual([TURN_OUT, TREES]);
    expect(await readPhotos(PHOTOS)).toHaveLength(2);
  });

  it('confirmed, deletes the activity and its photos, says so, and the focus goes to the next row', async () => {
    const { dialog } = await page();
    fireEvent.click(screen.getByRole('button', { name: 'Xoá hoạt động và ảnh' }));
    expect(dialog.open).toBe(false);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Đã xoá hoạt động “${TURN_OUT}”.`));
    expect(await listed()).toEqual([TREES]);
    expect(await readPhotos(PHOTOS)).toEqual([]);
    await waitFor(() => expect(document.activeElement?.textContent).toBe(TREES));
    expect(screen.queryByRole('rowheader', { name: new RegExp(TURN_OUT) })).toBeNull();
  });

  it('the last one deleted, the focus goes to the page’s heading', async () => {
    await page();
    fireEvent.click(screen.getByRole('button', { name: 'Xoá hoạt động và ảnh' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe(TREES));
    const next = await screen.findByRole('button', { name: `Xoá hoạt động “${TREES}”` });
    fireEvent.click(next);
    fireEvent.click(screen.getByRole('button', { name: 'Xoá hoạt động và ảnh' }));
    await screen.findByText('Chưa ghi hoạt động nào.');
    await waitFor(() => expect(document.activeElement?.id).toBe('activities-title'));
    expect(await listed()).toEqual([]);
  });
});
