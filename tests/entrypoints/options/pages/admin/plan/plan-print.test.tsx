import { screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { PLAN_ROUTE, parsePlanQuery, planHash, routeOf } from '@/entrypoints/options/routes';
import { setAdminMode } from '@/storage/admin/office';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { saveReportDetails } from '@/storage/report/store';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

const address = { campaign: BUILT_IN_CAMPAIGN, date: '2024-05-20', number: '12/KH-VP' };

describe('the plan’s print address', () => {
  it('carries the campaign as it stands, its date and its number, and reads them back', () => {
    const { name, query } = routeOf(planHash(address).slice(1));
    expect(name).toBe(PLAN_ROUTE);
    expect(parsePlanQuery(query)).toEqual(address);
  });

  it.each([
    ['a wrong date', planHash({ ...address, date: '2024-02-30' })],
    ['a campaign that breaks a rule', planHash({ ...address, campaign: { ...BUILT_IN_CAMPAIGN, end: '2024-01-01' } })],
    ['no campaign', '#plan?date=2024-05-20&number='],
    ['a campaign that is not JSON', '#plan?date=2024-05-20&number=&campaign=%7B'],
    ['a number of 201 characters', planHash({ ...address, number: 'x'.repeat(201) })],
  ])('is refused with %s', (_what, hash) => {
    expect(parsePlanQuery(routeOf(hash.slice(1)).query)).toBeNull();
  });
});

describe('the plan’s print view', () => {
  beforeEach(async () => {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    await setAdminMode(true, '2024-06-01T00:00:00Z');
  });

  it('lays out the same plan as the Word file, with the header and signer kept for the report', async () => {
    await saveReportDetails(
      BUILT_IN_CAMPAIGN.id,
      {
        number: '15/BC-VP',
        place: 'Bắc Kạn',
        bodyAbove: 'UBND TỈNH BẮC KẠN',
        issuingBody: 'VĂN PHÒNG',
        authority: '',
        position: 'CHÁNH VĂN PHÒNG',
        signer: 'Vũ Đức Chính',
        recipients: [],
        direction: '',
      },
      '2024-06-01T00:00:00Z',
    );
    window.location.hash = planHash(address);
    renderApp(() => Date.parse('2024-05-20T03:00:00Z'));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('KẾ HOẠCH');
    await waitFor(() => expect(document.title).toBe('Kế hoạch — Cam kết Văn phòng xanh'));
    for (const text of [
      'Số: 12/KH-VP',
      'Bắc Kạn, ngày 20 tháng 5 năm 2024',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG',
      'III. TỔ CHỨC THỰC HIỆN',
      'CHÁNH VĂN PHÒNG',
      'Vũ Đức Chính',
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByText(/^1\. Thời gian: Từ ngày 05\/6\/2024 đến ngày 30\/6\/2024/)).toBeTruthy();
    for (const p of BUILT_IN_CAMPAIGN.pledges) {
      expect(screen.getByText((text) => text.startsWith(`- ${p.label.vi}`))).toBeTruthy();
    }
    // A print page: no navigation of the dashboard.
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('says the address is wrong rather than print a plan it cannot read', async () => {
    window.location.hash = '#plan?date=2024-05-20&campaign=%7B';
    renderApp(() => Date.parse('2024-05-20T03:00:00Z'));
    expect(await screen.findByText('Địa chỉ bản in kế hoạch không hợp lệ. Hãy mở lại từ mục Quản trị.')).toBeTruthy();
  });
});
