import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClockProvider } from '@/components/clock';
import { App } from '@/entrypoints/popup/App';
import { Guard } from '@/entrypoints/popup/Guard';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { setUpPerson, WEDNESDAY } from './helpers';

/** The popup as its entry point renders it. */
const openGuardedPopup = () =>
  render(
    <Guard>
      <ClockProvider value={() => WEDNESDAY}>
        <App />
      </ClockProvider>
    </Guard>,
  );

describe('the popup over a damaged store (issue #10)', () => {
  it('shows today as usual when the store is sound', async () => {
    await setUpPerson();
    openGuardedPopup();
    expect(await screen.findByRole('heading', { name: 'Tháng hành động vì môi trường 2024' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the data cannot be read and opens “Dữ liệu của tôi”, instead of a blank popup', async () => {
    await setUpPerson();
    await db.campaigns.put({ id: BUILT_IN_CAMPAIGN.id, campaign: { id: BUILT_IN_CAMPAIGN.id } } as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    openGuardedPopup();
    expect((await screen.findByRole('alert')).textContent).toContain('không đọc được');
    fireEvent.click(screen.getByRole('button', { name: 'Mở «Dữ liệu của tôi»' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/options\.html#data$/) }));
    expect(close).toHaveBeenCalled();
  });

  it('says it in English to a person who chose English', async () => {
    await setUpPerson({ language: 'en' });
    await db.profile.put({ key: 'me', name: 42 } as never);
    openGuardedPopup();
    await screen.findByRole('button', { name: 'Open “My data”' });
    expect(screen.getByRole('alert').textContent).toBe(
      'Some of the data stored in the browser cannot be read. Open “My data” to restore from a backup.',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Green Office Pledge');
  });

  it('says the data cannot be read, rather than waiting for ever, when the store cannot be read at all', async () => {
    await setUpPerson();
    const refuse = vi.spyOn(db.settings, 'get').mockRejectedValue(new DOMException('broken', 'UnknownError'));
    try {
      openGuardedPopup();
      expect((await screen.findByRole('alert')).textContent).toContain('không đọc được');
    } finally {
      refuse.mockRestore();
    }
  });
});
