import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';
import { storedProfile } from '@/tests/fixtures/stored';
import { openPopup, WEDNESDAY } from './helpers';

describe('popup first run', () => {
  // What the background does on install.
  beforeEach(() => startOnBuiltIn('2024-06-01T00:00:00Z'));

  it('asks for a name and a department with real labels, listing the campaign departments', async () => {
    openPopup(WEDNESDAY);
    const name = await screen.findByLabelText('Họ và tên');
    expect(name.tagName).toBe('INPUT');
    const department = screen.getByLabelText('Phòng, ban, đơn vị') as HTMLSelectElement;
    const options = [...department.options].map((o) => o.textContent);
    expect(options).toContain('Lãnh đạo Văn phòng');
    expect(options).toContain('Phòng Hành chính tổ chức – Quản trị tài vụ');
  });

  it('refuses an empty name with a message tied to the field and stores nothing', async () => {
    openPopup(WEDNESDAY);
    fireEvent.click(await screen.findByRole('button', { name: 'Bắt đầu' }));
    const name = screen.getByLabelText('Họ và tên');
    expect(await screen.findByText('Vui lòng nhập họ và tên.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe('setup-name-error');
    expect(await storedProfile()).toBeUndefined();
  });

  it('asks for the department when none is chosen', async () => {
    openPopup(WEDNESDAY);
    fireEvent.input(await screen.findByLabelText('Họ và tên'), { target: { value: 'Hoàng Văn Minh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu' }));
    expect(await screen.findByText('Vui lòng chọn phòng, ban của bạn.')).toBeTruthy();
    expect(await storedProfile()).toBeUndefined();
  });

  it('saves the person and then shows today, with a participant id made once', async () => {
    openPopup(WEDNESDAY);
    fireEvent.input(await screen.findByLabelText('Họ và tên'), { target: { value: '  Hoàng Văn Minh ' } });
    fireEvent.change(screen.getByLabelText('Phòng, ban, đơn vị'), { target: { value: 'ldvp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu' }));
    expect(await screen.findByRole('checkbox', { name: 'Không sử dụng túi nilon khó phân hủy' })).toBeTruthy();
    // Focus moves to the new screen's heading instead of being lost on the removed form.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
    const profile = await storedProfile();
    expect(profile).toMatchObject({ name: 'Hoàng Văn Minh', department: 'ldvp' });
    expect(profile?.participantId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
