import { screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

const NOW = Date.parse('2024-06-12T03:00:00Z');

function go(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

// Issue #17: a move to another section puts the focus on that section's heading, not on the
// link that was followed, nor on the page top; the page as it opens keeps the browser's start.
describe('the dashboard, moving between sections', () => {
  beforeEach(() => {
    window.location.hash = '#progress';
  });

  it('leaves the focus alone on the first section shown', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    renderApp(() => NOW);
    await screen.findByRole('heading', { name: 'Tiến độ của tôi trong chiến dịch' });
    expect(document.activeElement).toBe(document.body);
  });

  it('focuses the new section heading after each change of the address (a link of the nav, or Back)', async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    renderApp(() => NOW);
    await screen.findByRole('heading', { name: 'Tiến độ của tôi trong chiến dịch' });
    screen.getByRole('link', { name: 'Cài đặt' }).focus();

    go('#settings');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Thông tin của tôi'));
    expect(document.activeElement?.tagName).toBe('H2');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');

    go('#data');
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe(
        'Tệp tổng hợp tham gia gửi Phòng Hành chính tổ chức – Quản trị tài vụ',
      ),
    );
    go('#progress');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Tiến độ của tôi trong chiến dịch'));
  });
});
