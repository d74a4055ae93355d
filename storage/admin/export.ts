import { toCsv } from '@/storage/files/csv';
import { type Cell, type ColumnKind, TABLE_ORDER, type Table, type TableId } from './report-rows';

/**
 * The report tables as files. The workbook is written with ExcelJS, loaded only when the admin
 * office asks for it (staff never download it): the free SheetJS build writes neither frozen
 * panes nor page set-up, and stores a date given at UTC midnight as 07:00 here (issue #12).
 */

/** One table as CSV (see `toCsv`): the rows alone, dates `YYYY-MM-DD`, rates as fractions. */
export function tableCsv(table: Table): string {
  return toCsv(table.header, table.rows);
}

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  decimal: '#,##0.00',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

/** A cell's value as the workbook keeps it: a `YYYY-MM-DD` becomes that calendar date exactly. */
function value(cell: Cell, kind: ColumnKind): Cell | Date {
  if (kind === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) {
    const [y, m, d] = cell.split('-').map(Number) as [number, number, number];
    // ExcelJS turns a Date into a serial day from its UTC time: UTC midnight is the day itself.
    return new Date(Date.UTC(y, m - 1, d));
  }
  return cell;
}

/** Sheet names: at most 31 characters, none of []:*?/\ */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * Every table as a sheet of one .xlsx workbook: numbers and dates as values with their
 * formats, a bold totals row, the header row frozen and repeated on every printed page, A4
 * landscape fitted to the page width. Text stays text: no cell is ever written as a formula.
 */
export function workbook(tables: Record<TableId, Table>): Promise<Blob> {
  return sheetsWorkbook(TABLE_ORDER.map((id) => tables[id]));
}

/** The same workbook of any tables, in their order (the level above's too, issue #15). */
export async function sheetsWorkbook(tables: readonly Omit<Table, 'id'>[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = book.addWorksheet(sheetName(table.title), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
    });
    const body = table.totals ? [...table.rows, table.totals] : table.rows;
    sheet.columns = table.header.map((heading, i) => {
      const kind = table.kinds[i] ?? 'text';
      const longest = Math.max(
        ...heading.split(' ').map((word) => word.length),
        Math.min(heading.length, 24),
        ...body.map((row) => (kind === 'date' ? 10 : String(row[i] ?? '').length)),
      );
      return { width: Math.min(48, longest + 3), style: FORMATS[kind] ? { numFmt: FORMATS[kind] } : {} };
    });
    const head = sheet.addRow(table.header);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'middle' };
    for (const row of body) sheet.addRow(row.map((cell, i) => value(cell, table.kinds[i] ?? 'text')));
    if (table.totals) sheet.lastRow!.font = { bold: true };
  }
  const bytes = await book.xlsx.writeBuffer();
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
