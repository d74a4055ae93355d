import { addTotals, type Totals } from './sums';

/**
 * The level above's indicators (docs/formats.md §4): each code added over the reports it keeps,
 * whatever the agencies' pledge ids, codes it does not know kept under their code. Each report's
 * `indicators` already holds its body's two parts; nothing is read from pledge ids here, so a
 * tree counted by an agency is counted once.
 */
export function sumOverReports(reports: readonly { indicators?: Totals }[]): Totals {
  return addTotals(reports.map((r) => r.indicators ?? {}));
}
