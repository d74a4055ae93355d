import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setAdminMode } from '@/storage/admin/office';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';
import { generateSummaries } from '@/tests/fixtures/summaries.js';

const NOW = Date.parse('2024-07-01T03:00:00Z');
const campaign = BUILT_IN_CAMPAIGN;

function pick(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const asFile = (name: string, value: unknown) =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });

beforeEach(async () => {
  window.location.hash = '#admin/files';
  await startOnBuiltIn('2024-06-01T00:00:00Z');
});

describe('the admin section', () => {
  it('stays hidden from staff who never turned it on', async () => {
    renderApp(() => NOW);
    expect(await screen.findByRole('heading', { name: 'Tiến độ của tôi trong chiến dịch' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Quản trị (tổng hợp)' })).toBeNull();
  });

  it('appears once the person says they collect the reports', async () => {
    window.location.hash = '#settings';
    renderApp(() => NOW);
    const collects = await screen.findByRole<HTMLInputElement>('checkbox', { name: /Tôi là người thu nhận báo cáo/ });
    expect(collects.checked).toBe(false);
    expect(screen.queryByRole('link', { name: 'Quản trị (tổng hợp)' })).toBeNull();
    fireEvent.click(collects);
    const admin = await screen.findByRole('link', { name: 'Quản trị (tổng hợp)' });
    expect(admin.getAttribute('href')).toBe('#admin');
    expect(collects.checked).toBe(true);
  });

  it('previews many files before writing, then merges the good ones and logs every file', async () => {
    await setAdminMode(true, '2024-07-01T00:00:00Z');
    const { summaries } = generateSummaries({ campaign, people: 3, seed: 7 });
    const html = {
      ...summaries[0]!,
      participant: { ...summaries[0]!.participant, name: '<img src=x onerror=alert(1)>' },
    };
    renderApp(() => NOW);
    pick(await screen.findByLabelText(/Chọn các tệp tổng hợp/), [
      asFile('a.json', html),
      asFile('b.json', summaries[1]),
      asFile('c.json', summaries[2]),
      asFile('broken.json', '{"format": "green-office/summary", "version": 1'),
    ]);
    const table = await screen.findByRole('table', { name: /Kết quả kiểm tra từng tệp/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-outcome'))).toEqual(['new', 'new', 'new', 'refused']);
    expect(rows[3]!.textContent).toContain('tệp không phải JSON hợp lệ');
    // A name holding HTML is shown as those characters, never as an element.
    expect(within(rows[0]!).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(table.querySelector('img')).toBeNull();
    expect(await db.submissions.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Ghi vào dữ liệu (3 tệp mới hoặc cập nhật)' }));
    expect(await screen.findByText(/Đã xử lý 4 tệp: 3 mới/, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(await db.submissions.count()).toBe(3);
    expect(await db.mergeLog.count()).toBe(4);
    const log = await screen.findByRole('table', { name: /dòng mới nhất trên tổng số 4/ });
    expect(within(log).getAllByRole('row')).toHaveLength(5);
  });

  it('shows a progress bar while it reads and checks the files, then the preview', async () => {
    await setAdminMode(true, '2024-07-01T00:00:00Z');
    const { summaries } = generateSummaries({ campaign, people: 3, seed: 8 });
    // The last file's bytes arrive only when the test lets them: reading is caught halfway.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const bytes = new TextEncoder().encode(JSON.stringify(summaries[2]));
    const slow = {
      name: 'cham.json',
      stream: () =>
        new ReadableStream<Uint8Array>({
          async pull(controller) {
            await held;
            controller.enqueue(bytes);
            controller.close();
          },
        }),
    };
    renderApp(() => NOW);
    pick(await screen.findByLabelText(/Chọn các tệp tổng hợp/), [
      asFile('a.json', summaries[0]),
      asFile('b.json', summaries[1]),
      slow as unknown as File,
    ]);
    const bar = await screen.findByRole('progressbar', { name: /^Đang đọc và kiểm tra \d\/3 tệp…$/ });
    await waitFor(() => expect(bar.getAttribute('value')).toBe('2'));
    expect(screen.queryByRole('button', { name: /Ghi vào dữ liệu/ })).toBeNull();
    release();
    expect(await screen.findByRole('button', { name: 'Ghi vào dữ liệu (3 tệp mới hoặc cập nhật)' })).toBeTruthy();
    expect(screen.queryByRole('progressbar', { name: /Đang đọc/ })).toBeNull();
  });

  it('shows the kept summaries in the department table', async () => {
    await setAdminMode(true, '2024-07-01T00:00:00Z');
    const { summaries, totals } = generateSummaries({ campaign, people: 14, seed: 11 });
    renderApp(() => NOW);
    pick(
      await screen.findByLabelText(/Chọn các tệp tổng hợp/),
      summaries.map((s, i) => asFile(`s${i}.json`, s)),
    );
    fireEvent.click(await screen.findByRole('button', { name: /Ghi vào dữ liệu/ }, { timeout: 10_000 }));
    await screen.findByText(/Đã xử lý 14 tệp/, undefined, { timeout: 10_000 });
    // The figures have a page of their own, one link away in the admin section's navigation.
    const figures = within(screen.getByRole('navigation', { name: 'Các trang của mục Quản trị' })).getByRole('link', {
      name: 'Số liệu',
    });
    window.location.hash = figures.getAttribute('href')!;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    for (const [id, dept] of Object.entries(totals.departments)) {
      const row = await waitFor(() => {
        const found = document.querySelector(`tr[data-department="${id}"]`);
        expect(found).not.toBeNull();
        return found!;
      });
      expect(row.querySelector('[data-cell="submitted"]')?.textContent).toBe(String(dept.people));
      expect(row.querySelector('[data-cell="took-part"]')?.textContent).toBe(String(dept.tookPart));
    }
  });
});
