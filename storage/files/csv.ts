import Papa from 'papaparse';

/**
 * A cell that a spreadsheet would read as a formula: papaparse's own pattern has no `s` flag,
 * so it misses text that starts like a formula and goes on over several lines.
 */
const LOOKS_LIKE_FORMULA = /^[=+\-@\t\r]/;

/**
 * Rows as CSV for Excel: UTF-8 with a BOM (Vietnamese reads right), CRLF lines, and every cell
 * that could run as a formula escaped with a leading `'` (docs/formats.md: text stays text).
 */
export function toCsv(fields: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const data = rows.map((row) => row.map((cell) => cell ?? ''));
  return `\uFEFF${Papa.unparse({ fields: [...fields], data }, { escapeFormulae: LOOKS_LIKE_FORMULA, newline: '\r\n' })}`;
}
