import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setAdminMode } from '@/storage/admin/office';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { MAX_REPORT_LINE } from '@/storage/files/limits';
import { defaultDetails } from '@/storage/report/details';
import { saveReportDetails } from '@/storage/report/store';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

const NOW = Date.parse('2024-07-01T03:00:00Z');
const campaign = BUILT_IN_CAMPAIGN;

beforeEach(async () => {
  // The 2024 campaign loaded as its file, as an office that ran it would have (issue #9).
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await setAdminMode(true, '2024-07-01T00:00:00Z');
});

describe('the report’s details on the admin page', () => {
  beforeEach(() => {
    window.location.hash = '#admin/report';
  });

  it('keeps what the officer typed for the campaign', async () => {
    renderApp(() => NOW);
    fireEvent.input(await screen.findByLabelText('Họ và tên người ký'), { target: { value: 'Hoàng Văn Minh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thông tin báo cáo' }));
    expect(await screen.findByText('Đã lưu thông tin báo cáo.')).toBeTruthy();
    expect(await db.reportDetails.get(campaign.id)).toMatchObject({
      signer: 'Hoàng Văn Minh',
      issuingBody: campaign.organisation.vi,
      updatedAt: '2024-07-01T03:00:00.000Z',
    });
  });

  it('says which field is too long, in Vietnamese, and keeps nothing', async () => {
    renderApp(() => NOW);
    fireEvent.input(await screen.findByLabelText('Họ và tên người ký'), {
      target: { value: 'x'.repeat(MAX_REPORT_LINE + 1) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thông tin báo cáo' }));
    expect(await screen.findByText(`«Họ và tên người ký» dài quá ${MAX_REPORT_LINE} ký tự. Chưa lưu gì.`)).toBeTruthy();
    expect(await db.reportDetails.count()).toBe(0);
  });
});

describe('the printable report (#report?…)', () => {
  it('shows the kept number, place, signer and recipients on the date asked', async () => {
    await saveReportDetails(
      campaign.id,
      {
        ...defaultDetails(campaign, (l) => l.vi, 'Lưu: VT'),
        number: '15/BC-VP',
        place: 'Bắc Kạn',
        signer: 'Hoàng Văn Minh',
        recipients: ['UBND tỉnh', 'Lưu: VT'],
      },
      '2024-07-01T03:00:00.000Z',
    );
    window.location.hash = '#report?from=2024-06-10&to=2024-06-16&date=2024-06-17';
    renderApp(() => NOW);
    expect(await screen.findByRole('heading', { name: 'BÁO CÁO', level: 1 })).toBeTruthy();
    for (const text of [
      'Số: 15/BC-VP',
      'Bắc Kạn, ngày 17 tháng 6 năm 2024',
      '(Từ ngày 10/06/2024 đến ngày 16/06/2024)',
      'Hoàng Văn Minh',
      '- UBND tỉnh;',
      '- Lưu: VT.',
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    await waitFor(() => expect(document.title).toBe('BÁO CÁO — Cam kết Văn phòng xanh'));
  });

  it('refuses an address outside the campaign', async () => {
    window.location.hash = '#report?from=2024-05-01&to=2024-06-16&date=2024-06-17';
    renderApp(() => NOW);
    const refused = await screen.findByText('Địa chỉ báo cáo không hợp lệ. Hãy mở lại từ mục Quản trị.');
    expect(refused.className).toBe('notice error');
    // Nothing of a report is shown beside it: no title, no figures.
    expect(screen.queryAllByRole('heading')).toEqual([]);
    expect(screen.queryAllByRole('table')).toEqual([]);
  });
});
