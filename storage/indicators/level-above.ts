import { INDICATOR_CODES } from './codes';
import { addTotals, orderedCodes, type Totals } from './sums';

/**
 * The level above's indicators (docs/formats.md §4): each code added over the reports it keeps,
 * whatever the agencies' pledge ids, codes it does not know kept under their code, plus what its
 * own activities gave. Each report's `indicators` already holds its body's two parts; nothing is
 * read from pledge ids here, so a tree counted by an agency is counted once.
 */
export function sumOverReports(reports: readonly { indicators?: Totals }[]): Totals {
  return addTotals(reports.map((r) => r.indicators ?? {}));
}

/** The level above's totals: its agencies' reports added up, and its own activities' totals (`activityTotals`). */
export function levelAboveTotals(reports: readonly { indicators?: Totals }[], own: Totals = {}): Totals {
  return addTotals([sumOverReports(reports), own]);
}

/** One line of the level above's indicators: a code, its two parts and their sum, and how many reports gave it. */
export interface IndicatorRow {
  code: string;
  /** Added over the agencies' reports; undefined when none gave the code. */
  fromAgencies?: number;
  /** What the level above's own activities of the period gave; undefined when they gave none. */
  fromActivities?: number;
  total: number;
  givenBy: number;
}

/**
 * The lines its page, its Word report and its workbook show, in one order: the known codes as
 * docs/formats.md §5 lists them, then the others by code.
 */
export function indicatorRows(reports: readonly { indicators?: Totals }[], own: Totals = {}): IndicatorRow[] {
  const agencies = sumOverReports(reports);
  const sums = addTotals([agencies, own]);
  return orderedCodes(sums, INDICATOR_CODES).map((code) => ({
    code,
    ...(agencies[code] !== undefined ? { fromAgencies: agencies[code] } : {}),
    ...(own[code] !== undefined ? { fromActivities: own[code] } : {}),
    total: sums[code]!,
    givenBy: reports.filter((r) => r.indicators?.[code] !== undefined).length,
  }));
}
