import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import type { EntryRow, NoteRow } from '@/storage/db/database';
import { buildSummary } from '@/storage/summary/build';
import { type CsvWords, summaryCsv } from '@/storage/summary/csv';
import type { Campaign } from '@/storage/types';
import { campaignOf } from '@/tests/fixtures/campaign';
import { d, entryRow, noteRow } from '@/tests/fixtures/entries';

// The test campaign (no-nylon-bags daily; tree-planting counted in "cây") with Tuesday
// 11 June off.
const campaign = campaignOf({ holidays: [d(11)] });

const VI: CsvWords = {
  name: 'Họ và tên',
  department: 'Phòng, ban',
  date: 'Ngày',
  day: 'Ngày thứ',
  kind: 'Loại ngày',
  note: 'Ghi chú',
  kinds: { working: 'Ngày làm việc', weekend: 'Cuối tuần', holiday: 'Ngày nghỉ lễ' },
  label: (label) => label.vi,
};
const EN: CsvWords = {
  name: 'Name',
  department: 'Department',
  date: 'Date',
  day: 'Day',
  kind: 'Kind of day',
  note: 'Note',
  kinds: { working: 'Working day', weekend: 'Weekend', holiday: 'Holiday' },
  label: (label) => label.en ?? label.vi,
};

interface Days {
  entries?: EntryRow[];
  notes?: NoteRow[];
  name?: string;
  department?: string;
  c?: Campaign;
}

function csvOf(
  { entries = [], notes = [], name = 'Nguyễn Thị Lan', department = 'hctc-qttv', c = campaign }: Days,
  words = VI,
) {
  const summary = buildSummary({
    campaign: c,
    profile: { participantId: '3f2b8c1e-7a4d-4e9b-9c1a-2d5e6f708192', name, department },
    entries,
    notes,
    revision: 1,
    exportedAt: '2024-07-01T10:00:00+07:00',
    app: 'test',
  });
  return summaryCsv(summary, c, words);
}

/**
 * The cells a spreadsheet (or the admin's import) reads back. A file with no day ends its
 * header with a line break (papaparse does so when there are no rows), which is no row.
 */
function cellsOf(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const kept = (date: string, pledgeId = 'no-nylon-bags', count = 1, c: Campaign = campaign) =>
  entryRow({ campaignId: c.id, date, pledgeId, count });
/** The note cell of a summary with one day that has only that note. */
const noteCell = (text: string) => cellsOf(csvOf({ notes: [noteRow(campaign.id, d(10), text)] }))[1]!.at(-1);
const nameCell = (name: string) => cellsOf(csvOf({ name, entries: [kept(d(10))] }))[1]![0];

describe('the summary as a spreadsheet', () => {
  it('starts with a UTF-8 byte order mark, once, so Excel reads Vietnamese right', () => {
    const csv = csvOf({ entries: [kept(d(10))] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('ends each line with CRLF and has no bare line feed', () => {
    const csv = csvOf({ entries: [kept(d(10)), kept(d(12)), kept(d(15))] });
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('heads its columns in the words passed in, one column a pledge with its unit', () => {
    expect(cellsOf(csvOf({}))).toEqual([
      [
        'Họ và tên',
        'Phòng, ban',
        'Ngày',
        'Ngày thứ',
        'Loại ngày',
        'Không dùng túi nilon',
        'Trồng cây xanh (cây)',
        'Ghi chú',
      ],
    ]);
    // The fixture's first pledge has no English label: its Vietnamese one stands in.
    expect(cellsOf(csvOf({}, EN))[0]).toEqual([
      'Name',
      'Department',
      'Date',
      'Day',
      'Kind of day',
      'Không dùng túi nilon',
      'Plant trees (trees)',
      'Note',
    ]);
  });

  it('has a column for every pledge of the built-in campaign, in its order', () => {
    const [header] = cellsOf(csvOf({ c: BUILT_IN_CAMPAIGN, department: 'ldvp' }));
    expect(header).toHaveLength(5 + 8 + 1);
    expect(header!.slice(5, 13)).toEqual(
      BUILT_IN_CAMPAIGN.pledges.map((p) => (p.unit ? `${p.label.vi} (${p.unit.vi})` : p.label.vi)),
    );
    expect(header).toContain('Trồng cây xanh (cây)');
    expect(header).toContain('Tuyên truyền, chia sẻ về Tháng hành động (Cổng TTĐT, Zalo, Facebook) (bài đăng)');
  });

  it('has one row a day, oldest first, with the counts under their pledges and Vietnamese text intact', () => {
    const cells = cellsOf(
      csvOf({
        entries: [kept(d(12)), kept(d(10)), kept(d(10), 'tree-planting', 4), kept(d(15), 'tree-planting', 2)],
        notes: [noteRow(campaign.id, d(11), 'Nghỉ lễ nhưng vẫn mang bình nước riêng.')],
      }),
    );
    expect(cells.slice(1)).toEqual([
      ['Nguyễn Thị Lan', 'Phòng HCTC-QTTV', d(10), '6', 'Ngày làm việc', '1', '4', ''],
      [
        'Nguyễn Thị Lan',
        'Phòng HCTC-QTTV',
        d(11),
        '7',
        'Ngày nghỉ lễ',
        '',
        '',
        'Nghỉ lễ nhưng vẫn mang bình nước riêng.',
      ],
      ['Nguyễn Thị Lan', 'Phòng HCTC-QTTV', d(12), '8', 'Ngày làm việc', '1', '', ''],
      ['Nguyễn Thị Lan', 'Phòng HCTC-QTTV', d(15), '11', 'Cuối tuần', '', '2', ''],
    ]);
  });

  it('names the department in the words’ language, and by its id when the campaign does not have it', () => {
    expect(cellsOf(csvOf({ entries: [kept(d(10))] }, EN))[1]![1]).toBe('HCTC-QTTV');
    expect(cellsOf(csvOf({ entries: [kept(d(10))], department: 'phong-cu' }))[1]![1]).toBe('phong-cu');
  });

  it('has only its header when no day was recorded', () => {
    expect(cellsOf(csvOf({}))).toHaveLength(1);
  });
});

describe('text that a spreadsheet could run', () => {
  // papaparse's escapeFormulae puts a ' before a cell that starts like a formula, so that
  // Excel and LibreOffice show it as text.
  it.each([
    ['=SUM(A1:A9)'],
    ['=HYPERLINK("http://example.com","Bấm vào đây")'],
    ['+84 912 345 678'],
    ['-5 kg rác'],
    ['@admin xem giúp'],
    ['\t=1+1'],
  ])('is written as text in a note: %j', (text) => {
    expect(noteCell(text)).toBe(`'${text}`);
  });

  it.each([['=cmd|" /C calc"!A0'], ['+Lan'], ['-Lan'], ['@Lan']])('is written as text in a name: %j', (name) => {
    expect(nameCell(name)).toBe(`'${name}`);
  });

  it.each([['Trồng 5 cây'], ['5 = năm'], ['a-b'], ['lan@example.vn']])('leaves ordinary text as it is: %j', (text) => {
    expect(noteCell(text)).toBe(text);
  });

  // papaparse's pattern is /^[=+\-@\t\r].*$/ without the `s` flag: `.` stops at a line break
  // and `$` needs the end of the text, so a note of several lines that starts with `=` is not
  // escaped. Excel accepts line breaks inside a formula, so the first line runs.
  it('is written as text in a note of several lines that starts like a formula', () => {
    const text = '=HYPERLINK("http://example.com","Bấm")\ndòng thứ hai';
    expect(noteCell(text)).toBe(`'${text}`);
  });
});

describe('notes that need quoting', () => {
  it.each([
    ['a comma', 'Trồng cây bàng, cây sấu'],
    ['double quotes', 'Cây "sấu" ở vườn Chi đoàn'],
    ['a line feed', 'Dòng một\nDòng hai'],
    ['CRLF', 'Dòng một\r\nDòng hai'],
    ['a lone carriage return', 'Dòng một\rDòng hai'],
    ['a semicolon and a tab', 'a; b\tc'],
    ['spaces around it', '  giữa  '],
    ['emoji and Vietnamese', 'Mang bình nước riêng 🌱 — ệ ữ ằ'],
    ['all of them', ' "Tổng kết", 3 cây;\r\ndòng 2\n"hết" '],
  ])('come back the same after a round trip when they contain %s', (_name, text) => {
    expect(noteCell(text)).toBe(text);
  });

  it('keep every row at its number of columns', () => {
    const cells = cellsOf(
      csvOf({
        entries: [kept(d(12))],
        notes: [noteRow(campaign.id, d(10), 'a,b\r\n"c"'), noteRow(campaign.id, d(11), 'x\ny,z')],
        name: 'Nguyễn, "Lan"',
      }),
    );
    expect(cells.map((row) => row.length)).toEqual([8, 8, 8, 8]);
    expect(cells.slice(1).map((row) => [row[0], row[2], row[7]])).toEqual([
      ['Nguyễn, "Lan"', d(10), 'a,b\r\n"c"'],
      ['Nguyễn, "Lan"', d(11), 'x\ny,z'],
      ['Nguyễn, "Lan"', d(12), ''],
    ]);
  });
});
