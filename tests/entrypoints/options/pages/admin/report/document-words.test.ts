import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/components/i18n';
import { makeI18n } from '@/components/i18n/format';
import { dateLine } from '@/entrypoints/options/pages/admin/report/document-words';

const vi = makeI18n('vi', MESSAGES.vi);
const en = makeI18n('en', MESSAGES.en);

describe('the date line of the report', () => {
  it.each([
    ['Thái Nguyên', '2027-06-30', 'Thái Nguyên, ngày 30 tháng 6 năm 2027'],
    // Decree 30/2020: a day below 10 and the months 1 and 2 take a leading zero.
    ['Thái Nguyên', '2027-01-05', 'Thái Nguyên, ngày 05 tháng 01 năm 2027'],
    ['Bắc Kạn', '2024-02-10', 'Bắc Kạn, ngày 10 tháng 02 năm 2024'],
    ['Bắc Kạn', '2024-12-01', 'Bắc Kạn, ngày 01 tháng 12 năm 2024'],
    ['  ', '2024-07-01', 'Ngày 01 tháng 7 năm 2024'],
  ])('reads "%s" on %s as "%s" in Vietnamese', (place, date, expected) => {
    expect(dateLine(vi, place, date)).toBe(expected);
  });

  it('has no leading zeros in English', () => {
    expect(dateLine(en, 'Thái Nguyên', '2027-01-05')).toBe('Thái Nguyên, 5/1/2027');
  });
});
