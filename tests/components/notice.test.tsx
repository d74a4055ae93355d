import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Notice } from '@/components/Notice';

// Issue #17: a screen reader announces what changes inside a live region that is already on the
// page; a region that appears together with its text is often not read at all.
describe('the message of an action', () => {
  it('has its live region on the page before any message, and the message comes inside it', () => {
    const { container, rerender } = render(<Notice notice={null} />);
    const region = container.querySelector('[aria-live="polite"]');
    expect(region).not.toBeNull();
    expect(region!.textContent).toBe('');

    rerender(<Notice notice={{ text: 'Đã khôi phục dữ liệu.', error: false }} />);
    expect(container.querySelector('[aria-live="polite"]')).toBe(region);
    expect(screen.getByRole('status').textContent).toBe('Đã khôi phục dữ liệu.');
    expect(region!.contains(screen.getByRole('status'))).toBe(true);
  });

  it('says a refusal as an alert, in the same region', () => {
    const { container, rerender } = render(<Notice notice={{ text: 'Đã lưu.', error: false }} />);
    const region = container.querySelector('[aria-live]');
    rerender(<Notice notice={{ text: 'Không tải được tệp «x.json».', error: true }} />);
    expect(screen.getByRole('alert').textContent).toBe('Không tải được tệp «x.json».');
    expect(screen.queryByRole('status')).toBeNull();
    expect(container.querySelector('[aria-live]')).toBe(region);
  });

  it('with focus, gives the focus to each new message, so Tab goes on from the outcome', async () => {
    const { rerender } = render(<Notice notice={null} focus />);
    expect(document.activeElement).toBe(document.body);
    rerender(<Notice notice={{ text: 'Đã tải chiến dịch.', error: false }} focus />);
    await expect.poll(() => document.activeElement?.textContent).toBe('Đã tải chiến dịch.');
    rerender(<Notice notice={{ text: 'Không tải được tệp.', error: true }} focus />);
    await expect.poll(() => document.activeElement?.getAttribute('role')).toBe('alert');
  });

  it('without focus, leaves the focus where it is', async () => {
    const { rerender } = render(
      <>
        <button type="button">Tải tệp</button>
        <Notice notice={null} />
      </>,
    );
    screen.getByRole('button').focus();
    rerender(
      <>
        <button type="button">Tải tệp</button>
        <Notice notice={{ text: 'Đã tạo tệp.', error: false }} />
      </>,
    );
    await screen.findByRole('status');
    expect(document.activeElement).toBe(screen.getByRole('button'));
  });
});
