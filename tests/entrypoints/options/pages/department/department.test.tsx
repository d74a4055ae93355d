import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { comparison, percent } from '@/storage/bulletin/comparison';
import type { Bulletin } from '@/storage/bulletin/store';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { saveProfile } from '@/storage/staff/profile';
import { updateSettings } from '@/storage/staff/settings';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

const NOW = Date.parse('2024-06-13T03:00:00Z');
const campaign = BUILT_IN_CAMPAIGN;
const MINE = 'hctc-qttv';

/** Three departments over two days, as the office's bulletin would say (the rest left out). */
function bulletin(overrides: Partial<Bulletin> = {}): Bulletin {
  return {
    format: 'green-office/bulletin',
    version: 1,
    campaign: { id: campaign.id, start: campaign.start, end: campaign.end, timeZone: campaign.timeZone },
    generatedAt: '2024-06-12T17:30:00+07:00',
    departments: [
      {
        id: 'ldvp',
        name: { vi: 'Lãnh đạo Văn phòng', en: 'Leadership' },
        headcount: 4,
        days: [
          { date: '2024-06-11', participants: 4, pledges: { 'no-nylon-bags': 4 } },
          { date: '2024-06-12', participants: 2, pledges: { 'no-nylon-bags': 2 } },
        ],
      },
      {
        id: MINE,
        name: { vi: 'Phòng HCTC-QTTV', en: 'HCTC-QTTV' },
        headcount: 10,
        days: [
          { date: '2024-06-11', participants: 5, pledges: { 'tree-planting': 7 } },
          { date: '2024-06-12', participants: 3, pledges: {} },
        ],
      },
      {
        id: 'kinh-te',
        name: { vi: 'Phòng Kinh tế' },
        headcount: 6,
        days: [
          { date: '2024-06-11', participants: 0, pledges: {} },
          { date: '2024-06-12', participants: 3, pledges: {} },
        ],
      },
    ],
    ...overrides,
  };
}

const asFile = (name: string, value: unknown) =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });

function pick(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** The days table's cell of a department (or `office`) on a date. */
const cell = (date: string, department: string) =>
  document.querySelector(`table[data-table="days"] tr[data-date="${date}"] td[data-department="${department}"]`)
    ?.textContent;

beforeEach(async () => {
  window.location.hash = '#department';
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Nguyễn Thị Hoa', department: MINE }, campaign, '2024-06-01T00:00:00Z');
});

describe('the department section', () => {
  it('is in the staff nav and says plainly that no bulletin is loaded yet', async () => {
    renderApp(() => NOW);
    const link = await screen.findByRole('link', { name: 'Phòng, ban của tôi' });
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('Chưa có bản tin phòng, ban của chiến dịch này.')).toBeTruthy();
    expect(screen.getByLabelText('Tải bản tin phòng, ban do cơ quan gửi (.json)')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('loads a bulletin and shows when it was made, my department first, the others and the office average', async () => {
    renderApp(() => NOW);
    pick(
      await screen.findByLabelText('Tải bản tin phòng, ban do cơ quan gửi (.json)'),
      asFile('ban-tin_backan_2024-06-12.json', bulletin()),
    );
    expect(
      await screen.findByText(
        /Đã tải bản tin «ban-tin_backan_2024-06-12\.json» của chiến dịch «Tháng hành động vì môi trường 2024»/,
      ),
    ).toBeTruthy();
    expect(await screen.findByText('Số liệu lập ngày 12/06/2024.')).toBeTruthy();
    expect(await db.bulletins.count()).toBe(1);

    const table = screen.getByRole('table', { name: /Người tham gia mỗi ngày/ });
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(heads).toEqual([
      'Ngày',
      'Phòng HCTC-QTTV (phòng, ban của bạn)',
      'Lãnh đạo Văn phòng',
      'Phòng Kinh tế',
      'Bình quân cả cơ quan',
    ]);
    expect(cell('2024-06-11', MINE)).toBe('5/10 (50%)');
    expect(cell('2024-06-12', 'ldvp')).toBe('2/4 (50%)');
    expect(cell('2024-06-11', 'kinh-te')).toBe('0/6 (0%)');
    // The office: every department's participants over every department's people (9/20, 8/20).
    expect(cell('2024-06-11', 'office')).toBe('9/20 (45%)');
    expect(cell('2024-06-12', 'office')).toBe('8/20 (40%)');
    // Over both days: mine 8 of 20 person-days, the office 17 of 40.
    expect(screen.getByText(/Phòng HCTC-QTTV là 40%; của cả cơ quan là 42,5%/)).toBeTruthy();

    const pledges = screen.getByRole('table', { name: 'Tổng cam kết đã giữ theo phòng, ban' });
    expect(pledges.querySelector(`tr[data-department="${MINE}"] td[data-pledge="tree-planting"]`)?.textContent).toBe(
      '7',
    );
    expect(pledges.querySelector('tr[data-department="ldvp"] td[data-pledge="no-nylon-bags"]')?.textContent).toBe('6');
  });

  it('refuses a broken bulletin naming the file and the rule, in the person’s language, and writes nothing', async () => {
    renderApp(() => NOW);
    const input = await screen.findByLabelText('Tải bản tin phòng, ban do cơ quan gửi (.json)');
    const negative = bulletin();
    negative.departments[1]!.days[0]!.participants = -5;
    pick(input, asFile('sai.json', negative));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Không tải được bản tin «sai.json»: số liệu phải là số nguyên không âm (tại departments[1].days[0].participants). Không có gì thay đổi.',
    );
    pick(input, asFile('khac.json', bulletin({ campaign: { ...bulletin().campaign, id: 'chien-dich-khac' } })));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('«khac.json»: tệp thuộc chiến dịch khác'),
    );
    expect(await db.bulletins.count()).toBe(0);
    expect(await screen.findByText('Chưa có bản tin phòng, ban của chiến dịch này.')).toBeTruthy();
  });

  it('speaks English to a person who chose it', async () => {
    await updateSettings({ language: 'en' }, '2024-06-01T00:00:00Z');
    renderApp(() => NOW);
    pick(
      await screen.findByLabelText('Load the department bulletin your organisation sent (.json)'),
      asFile('new.json', bulletin({ version: 2 as 1 })),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The bulletin “new.json” could not be loaded: a newer version of the app made this file; please update the extension (at version). Nothing changed.',
    );
    pick(
      screen.getByLabelText('Load the department bulletin your organisation sent (.json)'),
      asFile('ok.json', bulletin()),
    );
    expect(await screen.findByText('Figures made on 12/06/2024.')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'HCTC-QTTV (your department)' })).toBeTruthy();
  });

  it('keeps a newer bulletin when an older one is picked, and says so', async () => {
    renderApp(() => NOW);
    const input = await screen.findByLabelText('Tải bản tin phòng, ban do cơ quan gửi (.json)');
    pick(input, asFile('moi.json', bulletin()));
    await screen.findByText('Số liệu lập ngày 12/06/2024.');
    pick(input, asFile('cu.json', bulletin({ generatedAt: '2024-06-11T17:00:00+07:00', departments: [] })));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không tải bản tin «cu.json»: số liệu lập ngày 11/06/2024, cũ hơn bản tin đang có (lập ngày 12/06/2024). Vẫn giữ bản tin đang có.',
    );
    expect(cell('2024-06-11', MINE)).toBe('5/10 (50%)');
    const newer = bulletin({ generatedAt: '2024-06-13T09:00:00+07:00' });
    newer.departments[1]!.days[0]!.participants = 6;
    pick(input, asFile('moi-hon.json', newer));
    expect(await screen.findByText(/thay cho bản tin cũ hơn/)).toBeTruthy();
    await waitFor(() => expect(cell('2024-06-11', MINE)).toBe('6/10 (60%)'));
    expect(screen.getByText('Số liệu lập ngày 13/06/2024.')).toBeTruthy();
  });

  it('shows text from the file as text, never as markup', async () => {
    const sneaky = bulletin();
    sneaky.departments[2]!.name = { vi: '<img src=x onerror=alert(1)>' };
    renderApp(() => NOW);
    pick(await screen.findByLabelText('Tải bản tin phòng, ban do cơ quan gửi (.json)'), asFile('b.json', sneaky));
    expect(await screen.findByRole('columnheader', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(document.querySelector('main img')).toBeNull();
  });
});

describe('comparing departments', () => {
  it('puts my department first and works out the office from every department’s people', () => {
    const c = comparison(bulletin(), MINE);
    expect(c.dates).toEqual(['2024-06-11', '2024-06-12']);
    expect(c.departments.map((d) => [d.id, d.mine])).toEqual([
      [MINE, true],
      ['ldvp', false],
      ['kinh-te', false],
    ]);
    expect(c.office.days).toEqual([
      { participants: 9, headcount: 20, rate: 0.45 },
      { participants: 8, headcount: 20, rate: 0.4 },
    ]);
    expect(c.office.period).toEqual({ participants: 17, headcount: 40, rate: 0.425 });
  });

  it('works out the period over working days only, as the standings and the poster of the same bulletin do', () => {
    // 12 June 2024 made a rest day: the period is 11 June alone, the days' cells stay as they are.
    const c = comparison(bulletin(), MINE, (date) => date !== '2024-06-12');
    expect(c.office.days).toHaveLength(2);
    expect(c.office.period).toEqual({ participants: 9, headcount: 20, rate: 0.45 });
  });

  it('counts nobody on a date a department leaves out, and has no rate where nobody is counted', () => {
    const b = bulletin();
    b.departments[2] = {
      id: 'kinh-te',
      name: { vi: 'Phòng Kinh tế' },
      headcount: 0,
      days: [{ date: '2024-06-12', participants: 0, pledges: {} }],
    };
    b.departments[0]!.days = [{ date: '2024-06-12', participants: 1, pledges: {} }];
    const c = comparison(b);
    expect(c.departments.every((d) => !d.mine)).toBe(true);
    expect(c.departments.find((d) => d.id === 'ldvp')!.days[0]).toEqual({ participants: 0, headcount: 4, rate: 0 });
    expect(c.departments.find((d) => d.id === 'kinh-te')!.days[0]).toEqual({
      participants: 0,
      headcount: 0,
      rate: null,
    });
  });

  it.each([
    [null, null],
    [0, 0],
    [0.425, 42.5],
    [1 / 3, 33.3],
    [1, 100],
  ])('writes a share of %s as %s percent', (rate, expected) => {
    expect(percent(rate)).toBe(expected);
  });
});
