import { toCsv } from '@/storage/files/csv';
import { type Cell, type ColumnKind, TABLE_ORDER, type Table, type TableId } from './table-types';

/**
 * The report tables as files. The workbook is written with ExcelJS, loaded only when the admin
 * office asks for it (staff never download it): the free SheetJS build writes neither frozen
 * panes nor page set-up, and stores a date given at UTC midnight as 07:00 here.
 */

/** One table as CSV (see `toCsv`): the rows alone, dates `YYYY-MM-DD`, rates as fractions. */
export function tableCsv(table: Table): string {
  return toCsv(table.header, table.rows);
}

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  decimal: '#,##0.00',
  quantity: '#,##0',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

/** A quantity's cell with a fraction: up to three digits after the point, as the sums keep (`indicators/sums.ts`). */
const FRACTION = '#,##0.0##';

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

/** Widths (in characters of the default 11 pt font) an A4 page holds inside the margins below. */
const A4_WIDTH = { portrait: 88, landscape: 132 } as const;

/**
 * How a sheet prints on A4, at its own size (100 %, 11 pt: never shrunk to one page's width,
 * which made a 17-column sheet unreadable): portrait when it fits across, else landscape; a sheet
 * wider than a landscape page flows over pages and repeats its first column (with the rank before
 * it, the name after it) beside the header row on every page.
 */
function printSetup(widths: readonly number[], kinds: readonly ColumnKind[]) {
  const across = widths.reduce((sum, w) => sum + w, 0);
  const orientation: 'portrait' | 'landscape' = across <= A4_WIDTH.portrait ? 'portrait' : 'landscape';
  const key = kinds[0] !== 'text' && kinds[1] === 'text' ? 'A:B' : 'A:A';
  return {
    paperSize: 9,
    orientation,
    fitToPage: false,
    scale: 100,
    printTitlesRow: '1:1',
    ...(across > A4_WIDTH.landscape ? { printTitlesColumn: key } : {}),
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/**
 * A column's width: its heading's longest word, its values, at most 48 characters. A heading
 * wraps: a column of numbers stays narrow under a long heading, so more fit on a printed page.
 */
function columnWidth(heading: string, kind: ColumnKind, values: readonly Cell[]): number {
  const longest = Math.max(
    ...heading.split(' ').map((word) => word.length),
    Math.min(heading.length, kind === 'text' ? 24 : 12),
    ...values.map((cell) => (kind === 'date' ? 10 : String(cell ?? '').length)),
  );
  return Math.min(48, longest + 3);
}

/** How many lines `text` takes, wrapped at spaces in a column `width` characters wide. */
function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    if (used > 0 && used + 1 + word.length > width) {
      lines++;
      used = word.length;
    } else used += (used > 0 ? 1 : 0) + word.length;
  }
  return lines;
}

/**
 * Every table as a sheet of one .xlsx workbook: numbers and dates as values with their
 * formats, a bold totals row, the header row frozen and repeated on every printed page, each
 * sheet set up to print legibly on A4 (`printSetup`). Text stays text: no cell is ever written as a formula.
 */
export function workbook(tables: Record<TableId, Table>): Promise<Blob> {
  return sheetsWorkbook(TABLE_ORDER.map((id) => tables[id]));
}

/** The same workbook of any tables, in their order (the level above's too). */
export async function sheetsWorkbook(tables: readonly Omit<Table, 'id'>[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  for (const table of tables) {
    const body = table.totals ? [...table.rows, table.totals] : table.rows;
    const kinds = table.header.map((_, i) => table.kinds[i] ?? 'text');
    const widths = table.header.map((heading, i) =>
      columnWidth(
        heading,
        kinds[i]!,
        body.map((row) => row[i] ?? null),
      ),
    );
    const sheet = book.addWorksheet(sheetName(table.title), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
      pageSetup: printSetup(widths, kinds),
    });
    sheet.columns = widths.map((width, i) => {
      const format = FORMATS[kinds[i]!];
      return { width, style: format ? { numFmt: format } : {} };
    });
    const head = sheet.addRow(table.header);
    // Tall enough for its wrapped headings: a spreadsheet does not grow a row for wrapped text it did not lay out.
    head.height = 14 * Math.max(...table.header.map((heading, i) => wrappedLines(heading, widths[i]! * 1.1)));
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'middle' };
    for (const row of body) {
      const added = sheet.addRow(row.map((cell, i) => value(cell, kinds[i]!)));
      // A quantity with a fraction shows it (120.5 kg); whole ones keep the column's format (2 turn-outs).
      row.forEach((cell, i) => {
        if (kinds[i] === 'quantity' && typeof cell === 'number' && !Number.isInteger(cell))
          added.getCell(i + 1).numFmt = FRACTION;
      });
    }
    if (table.totals) sheet.lastRow!.font = { bold: true };
  }
  const bytes = await book.xlsx.writeBuffer();
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
