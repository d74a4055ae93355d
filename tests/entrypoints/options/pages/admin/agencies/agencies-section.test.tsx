import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ClockProvider } from '@/components/clock';
import { I18nProvider } from '@/components/i18n/context';
import { makeI18n } from '@/components/i18n/format';
import { viOptions } from '@/components/i18n/vi/options';
import { viPopup } from '@/components/i18n/vi/popup';
import { AgenciesSection } from '@/entrypoints/options/pages/admin/agencies/AgenciesSection';
import { db } from '@/storage/db/database';
import type { OfficeReport } from '@/storage/report-file/types';
import type { Campaign } from '@/storage/types';
import { generateReports, levelAboveCampaign, reportKeyPair, signReport } from '@/tests/fixtures/reports.js';

// The level above's part is the shared import, held list and log of the admin section
// (pages/admin/rollup) with office reports plugged in: what a person sees of it, in Vietnamese.
const campaign: Campaign = levelAboveCampaign({ agencies: 2, silent: 1 });
const NOW = Date.parse('2024-07-02T02:00:00Z');
const vi = makeI18n('vi', { ...viPopup, ...viOptions });

const asFile = (name: string, report: unknown) =>
  new File([JSON.stringify(report)], name, { type: 'application/json' });

function pick(files: File[]) {
  const input = screen.getByLabelText(/^Chọn các tệp báo cáo của cơ quan/);
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

async function commitShown(writable: number) {
  fireEvent.click(await screen.findByRole('button', { name: `Ghi vào dữ liệu (${writable} tệp mới hoặc cập nhật)` }));
}

function later(report: OfficeReport): OfficeReport {
  const copy = structuredClone(report);
  copy.generatedAt = '2024-07-01T08:00:00+07:00';
  copy.units[0]!.days[0]!.participants += 1;
  return copy;
}

describe('the level above’s part of the admin section', () => {
  it('previews report files with who and which period, writes them, says what became of each and logs them', async () => {
    const { reports } = generateReports({ campaign, departments: 2, days: 3, seed: 5 });
    render(
      <ClockProvider value={() => NOW}>
        <I18nProvider value={vi}>
          <AgenciesSection campaign={campaign} />
        </I18nProvider>
      </ClockProvider>,
    );
    pick([asFile('a.json', reports[0]), asFile('b.json', reports[1]), asFile('hong.json', '{')]);
    const preview = await screen.findByRole('table', { name: 'Kết quả kiểm tra từng tệp báo cáo (chưa ghi gì)' });
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-outcome'))).toEqual(['new', 'new', 'refused']);
    expect(rows[0]!.textContent).toContain('Cơ quan số 1');
    expect(await db.agencyReports.count()).toBe(0);

    await commitShown(2);
    expect(await screen.findByText(/^Đã xử lý 3 tệp: 2 mới/, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(await db.agencyReports.count()).toBe(2);
    const log = await screen.findByRole('region', { name: 'Các tệp báo cáo đã nạp, mới nhất trước' });
    expect(
      within(log)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.getAttribute('data-outcome')),
    ).toEqual(['new', 'new', 'refused']);
  });

  it('holds a report signed with another key, and merges it once the officer trusts the new key', async () => {
    const [first] = generateReports({ campaign, departments: 2, days: 3, seed: 6 }).reports;
    render(
      <ClockProvider value={() => NOW}>
        <I18nProvider value={vi}>
          <AgenciesSection campaign={campaign} />
        </I18nProvider>
      </ClockProvider>,
    );
    pick([asFile('lan-1.json', await signReport(first!, await reportKeyPair()))]);
    await commitShown(1);
    await screen.findByText(/^Đã xử lý 1 tệp: 1 mới/, undefined, { timeout: 10_000 });
    pick([asFile('lan-2.json', await signReport(later(first!), await reportKeyPair()))]);
    await commitShown(0);
    const held = await screen.findByRole('group', { name: 'Báo cáo tạm giữ: ký bằng khoá khác' });
    fireEvent.click(within(held).getByRole('button', { name: 'Tin khoá mới và ghi báo cáo của Cơ quan số 1' }));
    expect(
      await screen.findByText('Đã chấp nhận khoá mới của Cơ quan số 1 và gộp tệp.', undefined, { timeout: 10_000 }),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Báo cáo tạm giữ: ký bằng khoá khác' })).toBeNull());
    const [kept] = await db.agencyReports.toArray();
    expect((kept!.report as OfficeReport).generatedAt).toBe('2024-07-01T08:00:00+07:00');
    // The decision is timed by the page's clock.
    expect((await db.agencyPins.toArray()).map((p) => p.pinnedAt)).toEqual([new Date(NOW).toISOString()]);
  });
});
