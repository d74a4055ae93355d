import { INDICATOR_CODES } from './codes';
import { addTotals, orderedCodes, type Totals } from './sums';

/**
 * The level above's indicators (docs/formats.md §4): each code added over the reports it keeps,
 * whatever the agencies' pledge ids, codes it does not know kept under their code. Each report's
 * `indicators` already holds its body's two parts; nothing is read from pledge ids here, so a
 * tree counted by an agency is counted once.
 */
export function sumOverReports(reports: readonly { indicators?: Totals }[]): Totals {
  return addTotals(reports.map((r) => r.indicators ?? {}));
}

/** One line of the level above's indicators: a code, its sum, and how many reports gave it. */
export interface IndicatorRow {
  code: string;
  total: number;
  givenBy: number;
}

/**
 * The lines its page, its Word report and its workbook show, in one order: the known codes as
 * docs/formats.md §5 lists them, then the others by code.
 */
export function indicatorRows(reports: readonly { indicators?: Totals }[]): IndicatorRow[] {
  const sums = sumOverReports(reports);
  return orderedCodes(sums, INDICATOR_CODES).map((code) => ({
    code,
    total: sums[code]!,
    givenBy: reports.filter((r) => r.indicators?.[code] !== undefined).length,
  }));
}
