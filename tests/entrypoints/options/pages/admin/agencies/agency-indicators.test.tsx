import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n/context';
import { makeI18n } from '@/components/i18n/format';
import { viOptions } from '@/components/i18n/vi/options';
import { viPopup } from '@/components/i18n/vi/popup';
import { AgencyIndicators } from '@/entrypoints/options/pages/admin/agencies/AgencyIndicators';
import type { AgencyFigures } from '@/storage/agencies/figures';

const agency = (id: string, indicators?: Record<string, number>) =>
  ({ organisationId: id, ...(indicators ? { indicators } : {}) }) as AgencyFigures;

function show(figures: AgencyFigures[], own?: Record<string, number>) {
  render(
    <I18nProvider value={makeI18n('vi', { ...viPopup, ...viOptions })}>
      <AgencyIndicators figures={figures} own={own} />
    </I18nProvider>,
  );
}

const row = (code: string) =>
  [...document.querySelectorAll(`tr[data-indicator="${code}"] > *`)].map((cell) => cell.textContent);

describe('the level above’s totals by indicator', () => {
  it('add each code over the agencies, known codes named, an unknown one under its code', () => {
    show([
      agency('vp-ubnd', { 'trees-planted': 46, 'turn-outs': 1, 'waste-collected-kg': 120.5 }),
      agency('so-tai-chinh', { 'trees-planted': 7, 'bao-rac': 3 }),
      agency('so-cu'),
    ]);
    expect(row('trees-planted')).toEqual(['Cây xanh trồng, trao tặng', 'cây', '53', '2']);
    expect(row('waste-collected-kg')).toEqual(['Chất thải thu gom, phân loại', 'kg', '120,5', '1']);
    expect(row('bao-rac')).toEqual(['bao-rac', '', '3', '1']);
    const order = [...document.querySelectorAll('tr[data-indicator]')].map((tr) => tr.getAttribute('data-indicator'));
    expect(order).toEqual(['turn-outs', 'trees-planted', 'waste-collected-kg', 'bao-rac']);
  });

  it('say so when no report carries them', () => {
    show([agency('so-cu')]);
    expect(screen.getByText('Chưa có báo cáo nào mang số liệu theo chỉ tiêu.')).toBeTruthy();
  });

  it('show the level above’s own activities as a part beside its agencies’ when it organised some', () => {
    show([agency('vp-ubnd', { 'trees-planted': 46 })], { 'trees-planted': 100, 'turn-outs': 1 });
    const heads = [...document.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads).toEqual([
      'Chỉ tiêu',
      'Đơn vị tính',
      'Từ báo cáo của các cơ quan',
      'Từ hoạt động tự tổ chức',
      'Tổng',
      'Số cơ quan có số liệu',
    ]);
    expect(row('trees-planted')).toEqual(['Cây xanh trồng, trao tặng', 'cây', '46', '100', '146', '1']);
    expect(row('turn-outs')).toEqual(['Đợt ra quân vệ sinh môi trường', 'đợt', '', '1', '1', '0']);
  });

  it('show its own totals even before any agency has reported', () => {
    show([], { 'banners-slogans': 4 });
    expect(row('banners-slogans')[4]).toBe('4');
  });
});
