import { toCsv } from '@/storage/files/csv';
import type { Table } from './report-rows';

/**
 * The report tables as files. The workbook library (SheetJS) is loaded only when the admin
 * office asks for a workbook, so staff never download it.
 */

/** One table as CSV (see `toCsv`). */
export function tableCsv(table: Table): string {
  return toCsv(table.header, table.rows);
}

/**
 * Every table as a sheet of one .xlsx workbook. Text stays text: cells are written as strings
 * or numbers, never as formulas, so a name like `=HYPERLINK(…)` cannot run.
 */
export async function workbook(tables: readonly Table[]): Promise<Blob> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  for (const table of tables) {
    const sheet = XLSX.utils.aoa_to_sheet([table.header, ...table.rows]);
    sheet['!cols'] = table.header.map((h, i) => ({
      wch: Math.min(50, Math.max(h.length, ...table.rows.map((r) => String(r[i] ?? '').length)) + 2),
    }));
    // Sheet names: at most 31 characters, none of []:*?/\
    XLSX.utils.book_append_sheet(book, sheet, table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  }
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
