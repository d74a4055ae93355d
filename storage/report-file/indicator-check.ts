import type { FileIssue } from '@/storage/files/file-issues';
import { isWholeCode } from '@/storage/indicators/codes';
import { indicatorParts } from '@/storage/indicators/sums';
import type { OfficeReport } from './types';

/**
 * The rules of docs/formats.md §4-5 between an office report's `pledges`, `activities` and
 * `indicators` and the rest of the file, once its shape is right: the first broken one, or null.
 */

/** Sums are kept to a thousandth (`storage/indicators/sums.ts`): closer than this is equal. */
const SAME = 0.0015;

export function checkIndicators(
  r: Pick<OfficeReport, 'period' | 'units' | 'pledges' | 'activities' | 'indicators'>,
  lastDay: string,
): FileIssue | null {
  const ids = new Set<string>();
  for (const [i, p] of (r.pledges ?? []).entries()) {
    if (ids.has(p.id)) return { path: `pledges[${i}].id`, rule: 'duplicate-id' };
    ids.add(p.id);
  }
  for (const [i, a] of (r.activities ?? []).entries()) {
    const at = `activities[${i}]`;
    if (a.date < r.period.start || a.date > r.period.end) return { path: `${at}.date`, rule: 'date-outside-period' };
    if (a.date > lastDay) return { path: `${at}.date`, rule: 'date-after-export' };
    const fraction = Object.keys(a.results).find((code) => isWholeCode(code) && !Number.isInteger(a.results[code]));
    if (fraction !== undefined) return { path: `${at}.results.${fraction}`, rule: 'indicator-whole' };
  }
  return r.indicators ? checkTotals(r, r.indicators) : null;
}

/**
 * The totals hold at least what the file's own activities and pledges give, code by code; an
 * office's (every unit a department) hold exactly that. A level above's hold more: its agencies'
 * totals, which their own reports carried.
 */
function checkTotals(r: Parameters<typeof checkIndicators>[0], indicators: Record<string, number>): FileIssue | null {
  const fraction = Object.keys(indicators).find((code) => isWholeCode(code) && !Number.isInteger(indicators[code]));
  if (fraction !== undefined) return { path: `indicators.${fraction}`, rule: 'indicator-whole' };
  const period = { from: r.period.start, to: r.period.end };
  const days = r.units.flatMap((u) => u.days);
  const { total } = indicatorParts(r.pledges ?? [], days, r.activities ?? [], period);
  for (const code of Object.keys(total)) {
    const given = indicators[code];
    if (given === undefined || given < total[code]! - SAME)
      return { path: `indicators.${code}`, rule: 'indicator-sum' };
  }
  if (r.units.some((u) => u.kind !== 'department')) return null;
  for (const code of Object.keys(indicators)) {
    if (Math.abs(indicators[code]! - (total[code] ?? 0)) > SAME)
      return { path: `indicators.${code}`, rule: 'indicator-sum' };
  }
  return null;
}
