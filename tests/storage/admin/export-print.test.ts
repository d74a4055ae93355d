import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportWords } from '@/entrypoints/options/pages/admin/report/report-words';
import { sheetsWorkbook, workbook } from '@/storage/admin/export';
import { reportTables } from '@/storage/admin/report-rows';
import type { Table } from '@/storage/admin/table-types';
import { admin, campaign, RANGE, vi } from '@/tests/storage/report/fixture';

// The workbook prints legibly on A4: each sheet at its own size (100 %, the 11 pt default font,
// never shrunk to one page's width), the header row on every page, and a sheet wider than a
// landscape page flows over pages with its first column repeated. Read back as Excel reads it.

async function readBack(blob: Blob): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await blob.arrayBuffer()) as ArrayBuffer);
  return book;
}

const table = (title: string, columns: number, first: Table['kinds'][number] = 'text'): Omit<Table, 'id'> => ({
  title,
  header: Array.from({ length: columns }, (_, i) => (i === 0 ? 'Phòng, ban' : `Cam kết số ${i} của chiến dịch`)),
  kinds: [first, ...Array.from({ length: columns - 1 }, () => 'count' as const)],
  rows: [['Phòng Hành chính tổ chức – Quản trị tài vụ', ...Array.from({ length: columns - 1 }, () => 3)]],
});

describe('the workbook on A4 paper', () => {
  it('flows a 17-column sheet over landscape pages, repeating its first column and its header row', async () => {
    const book = await readBack(await sheetsWorkbook([table('Rộng', 17), table('Hẹp', 2)]));
    const wide = book.getWorksheet('Rộng')!.pageSetup;
    expect(wide).toMatchObject({ paperSize: 9, orientation: 'landscape', scale: 100, printTitlesRow: '1:1' });
    expect(wide.fitToPage).toBeFalsy();
    expect(wide.printTitlesColumn).toBe('A:A');
    const narrow = book.getWorksheet('Hẹp')!.pageSetup;
    expect(narrow).toMatchObject({ paperSize: 9, orientation: 'portrait', scale: 100, printTitlesRow: '1:1' });
    expect(narrow.fitToPage).toBeFalsy();
    expect(narrow.printTitlesColumn).toBeUndefined();
  });

  it('prints every sheet of the report at 100 % in a font of at least 8 pt, the departments with rank and name repeated', async () => {
    const book = await readBack(await workbook(reportTables(campaign, admin, RANGE, reportWords(vi))));
    expect(book.worksheets).toHaveLength(9);
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, scale: 100, printTitlesRow: '1:1' });
      expect(sheet.pageSetup.fitToPage, sheet.name).toBeFalsy();
      sheet.eachRow((row) =>
        row.eachCell((cell) =>
          expect(cell.font?.size ?? 11, `${sheet.name} ${cell.address}`).toBeGreaterThanOrEqual(8),
        ),
      );
    }
    expect(book.getWorksheet('Theo phòng, ban')!.pageSetup).toMatchObject({
      orientation: 'landscape',
      printTitlesColumn: 'A:B',
    });
  });

  it('shows quantities as counted: 2 turn-outs, 120.5 kg and 1.25 km, never 2.00', async () => {
    const quantities: Omit<Table, 'id'> = {
      title: 'Chỉ tiêu',
      header: ['Mã', 'Tổng'],
      kinds: ['text', 'quantity'],
      rows: [
        ['turn-outs', 2],
        ['waste-collected-kg', 120.5],
        ['roads-cleaned-km', 1.25],
        ['trees-planted', 1500000],
      ],
    };
    const sheet = (await readBack(await sheetsWorkbook([quantities]))).getWorksheet('Chỉ tiêu')!;
    const cell = (row: number) => sheet.getRow(row).getCell(2);
    expect([2, 3, 4, 5].map((r) => cell(r).value)).toEqual([2, 120.5, 1.25, 1500000]);
    expect(cell(2).numFmt).toBe('#,##0');
    expect(cell(3).numFmt).toBe('#,##0.0##');
    expect(cell(4).numFmt).toBe('#,##0.0##');
    expect(cell(5).numFmt).toBe('#,##0');
  });
});
