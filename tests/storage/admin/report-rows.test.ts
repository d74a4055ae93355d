import { describe, expect, it } from 'vitest';
import { reportWords } from '@/entrypoints/options/pages/admin/report/report-words';
import { reportTables } from '@/storage/admin/report-rows';
import { TABLE_ORDER } from '@/storage/admin/table-types';
import type { ActivityRow } from '@/storage/db/rows/activities';
import { admin, campaign, RANGE, vi } from '@/tests/storage/report/fixture';

// The workbook's and CSV files' tables, by name, over 10–12 June for the small office of the fixture.
const tables = reportTables(campaign, admin, RANGE, reportWords(vi));
const column = (id: keyof typeof tables, heading: string) => {
  const i = tables[id].header.indexOf(heading);
  expect(i, heading).toBeGreaterThanOrEqual(0);
  return i;
};

describe('the report’s tables', () => {
  it('are named, in the workbook’s order, each with a kind for every column', () => {
    expect(Object.keys(tables).sort()).toEqual([...TABLE_ORDER].sort());
    for (const id of TABLE_ORDER) {
      expect(tables[id].id).toBe(id);
      expect(tables[id].kinds, id).toHaveLength(tables[id].header.length);
      for (const row of tables[id].rows) expect(row, id).toHaveLength(tables[id].header.length);
    }
  });

  it('rank the departments, rates as fractions, with a totals row for the office', () => {
    const t = tables.departments;
    const rate = column('departments', 'Tỷ lệ đã tham gia (ít nhất 1 ngày)');
    expect(t.kinds[rate]).toBe('percent');
    expect(t.rows.map((r) => [r[0], r[1], r[rate]])).toEqual([
      [1, 'Lãnh đạo Văn phòng', 0.5],
      [2, 'Phòng HCTC-QTTV', 0.0833],
    ]);
    const trees = t.header.findIndex((h) => h.startsWith('Trồng cây xanh'));
    expect(t.totals![1]).toBe('Tổng cộng');
    expect(t.totals![column('departments', 'Số người')]).toBe(16);
    expect(t.totals![column('departments', 'Đã tham gia (ít nhất 1 ngày)')]).toBe(3);
    expect(t.totals![rate]).toBe(0.1875);
    expect(t.totals![trees]).toBe(6);
  });

  it('give each pledge a row: its unit, its total per department and overall', () => {
    expect(tables.pledges.header).toEqual([
      'Nội dung',
      'Đơn vị tính',
      'Lãnh đạo Văn phòng',
      'Phòng HCTC-QTTV',
      'Tổng cộng',
    ]);
    expect(tables.pledges.rows).toEqual([
      ['Không dùng túi nilon', '', 2, 0, 2],
      ['Trồng cây xanh', 'cây', 5, 1, 6],
    ]);
  });

  it('estimate the impacts the campaign defines per department and for the office, each with its source', () => {
    expect(tables.impacts.rows).toEqual([
      ['Trồng cây xanh', 'Lãnh đạo Văn phòng', 5, 'cây', 110, 'kg CO₂/năm', 'test source'],
      ['Trồng cây xanh', 'Phòng HCTC-QTTV', 1, 'cây', 22, 'kg CO₂/năm', 'test source'],
      ['Trồng cây xanh', 'Tổng cộng', 6, 'cây', 132, 'kg CO₂/năm', 'test source'],
    ]);
  });

  it('keep dates as calendar dates in a date column, and total the days', () => {
    const days = tables.days;
    expect(days.kinds[0]).toBe('date');
    expect(days.rows[0]!.slice(0, 5)).toEqual(['2024-06-10', 'Lãnh đạo Văn phòng', 2, 4, 0.5]);
    expect(days.totals!.slice(0, 3)).toEqual(['Tổng cộng', null, 4]);
  });

  it('total the people’s days taken part', () => {
    const days = column('people', 'Số ngày đã tham gia');
    expect(tables.people.rows.map((r) => [r[0], r[days]])).toEqual([
      ['Hoa', 1],
      ['Lan', 2],
      ['Minh', 1],
    ]);
    expect(tables.people.totals![days]).toBe(4);
  });

  it('count the lines of the lists of names and files in their totals rows', () => {
    expect(tables['not-submitted'].totals).toEqual(['Tổng cộng', 0]);
    expect(tables['merge-log'].totals!.slice(0, 2)).toEqual(['Tổng cộng', 0]);
  });

  it('list the activities the office organised in the period, with place, departments, results by indicator and link', () => {
    const organised = reportTables(campaign, admin, RANGE, reportWords(vi), ACTIVITIES).activities;
    expect(organised.title).toBe('Hoạt động đã tổ chức');
    expect(organised.header).toEqual([
      'Ngày',
      'Loại hoạt động',
      'Hoạt động',
      'Địa điểm',
      'Phòng, ban tham gia',
      'Số người tham gia',
      'Chất thải thu gom, phân loại (kg)',
      'Đường dẫn',
    ]);
    expect(organised.kinds[0]).toBe('date');
    expect(organised.kinds[6]).toBe('quantity');
    expect(organised.rows).toEqual([
      [
        '2024-06-11',
        'Ra quân vệ sinh môi trường',
        'Ra quân dọn vệ sinh quanh trụ sở',
        'Trụ sở cơ quan',
        'Lãnh đạo Văn phòng; Phòng HCTC-QTTV',
        12,
        20.5,
        'https://example.gov.vn/tin-tuc/ra-quan',
      ],
    ]);
  });

  it('give the totals by indicator in two parts, from activities and from pledges, never added twice', () => {
    const pledged = {
      ...campaign,
      pledges: campaign.pledges.map((p) => (p.id === 'tree-planting' ? { ...p, indicator: 'trees-planted' } : p)),
    };
    const sheet = reportTables(pledged, admin, RANGE, reportWords(vi), ACTIVITIES).indicators;
    expect(sheet.header).toEqual(['Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Từ hoạt động', 'Từ cam kết', 'Tổng']);
    const row = (code: string) => sheet.rows.find((r) => r[0] === code);
    expect(row('turn-outs')).toEqual(['turn-outs', 'Đợt ra quân vệ sinh môi trường', 'đợt', 1, null, 1]);
    expect(row('activity-participants')?.slice(3)).toEqual([12, null, 12]);
    expect(row('waste-collected-kg')?.slice(3)).toEqual([20.5, null, 20.5]);
    expect(row('trees-planted')?.slice(3)).toEqual([null, 6, 6]);
    expect(row('banners-slogans')).toBeUndefined();
  });

  it('have an empty activities sheet and no indicator rows when nothing was organised and no pledge names a code', () => {
    expect(tables.activities.rows).toEqual([]);
    expect(tables.indicators.rows).toEqual([]);
  });
});

const ACTIVITIES: ActivityRow[] = [
  {
    id: 'a1',
    campaignId: campaign.id,
    date: '2024-06-11',
    kind: 'turn-out',
    title: 'Ra quân dọn vệ sinh quanh trụ sở',
    place: 'Trụ sở cơ quan',
    departments: ['ldvp', 'hctc-qttv'],
    participants: 12,
    results: { 'waste-collected-kg': 20.5 },
    link: 'https://example.gov.vn/tin-tuc/ra-quan',
    note: 'Ghi chú nội bộ',
    photoIds: [],
    updatedAt: '2024-06-11T10:00:00+07:00',
  },
  {
    id: 'a2',
    campaignId: campaign.id,
    date: '2024-06-20',
    kind: 'banners',
    title: 'Ngoài kỳ báo cáo',
    place: '',
    departments: [],
    results: { 'banners-slogans': 4 },
    link: '',
    note: '',
    photoIds: [],
    updatedAt: '2024-06-20T10:00:00+07:00',
  },
];
