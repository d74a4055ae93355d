import type { FileIssue } from '@/storage/files/file-issues';
import { calendarDateIn } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';
import { checkIndicators } from './indicator-check';
import type { OfficeReport } from './types';

/**
 * The rules of an office report (docs/formats.md §4) that hold between its fields, once its shape
 * is right (`./schema.ts`): the first broken one, or null.
 */

/** Whether the reader's campaign is the report's own, or the plan the report's campaign carries out. */
function reportsTo(report: Pick<OfficeReport, 'campaign'>, campaign: Pick<Campaign, 'id'>): boolean {
  return report.campaign.implements?.id === campaign.id || report.campaign.id === campaign.id;
}

export function checkReport(r: OfficeReport, campaign?: Pick<Campaign, 'id'>): FileIssue | null {
  return checkHead(r, campaign) ?? checkUnits(r) ?? checkIndicators(r, lastDayOf(r));
}

/** The rules of the file's head (its campaign and period), looked at before those of its units. */
export function checkHead(
  r: Pick<OfficeReport, 'campaign' | 'period'>,
  campaign?: Pick<Campaign, 'id'>,
): FileIssue | null {
  const c = r.campaign;
  if (c.end < c.start) return { path: 'campaign.end', rule: 'end-before-start' };
  if (campaign && !reportsTo(r, campaign)) return { path: 'campaign', rule: 'report-campaign' };
  if (r.period.end < r.period.start) return { path: 'period.end', rule: 'end-before-start' };
  if (r.period.start < c.start) return { path: 'period.start', rule: 'period-outside' };
  if (r.period.end > c.end) return { path: 'period.end', rule: 'period-outside' };
  return null;
}

/** The last date a unit's day may have: the day the file was made, in the campaign's zone. */
export const lastDayOf = (r: Pick<OfficeReport, 'campaign' | 'generatedAt'>): string =>
  calendarDateIn(Date.parse(r.generatedAt), r.campaign.timeZone);

function checkUnits(r: OfficeReport): FileIssue | null {
  // A day after the file was made cannot have figures yet.
  const lastDay = lastDayOf(r);
  const ids = new Set<string>();
  for (const [i, unit] of r.units.entries()) {
    const at = `units[${i}]`;
    if (ids.has(unit.id)) return { path: `${at}.id`, rule: 'duplicate-id' };
    ids.add(unit.id);
    if (unit.tookPart > unit.submitted) return { path: `${at}.tookPart`, rule: 'took-part-over' };
    const dates = new Set<string>();
    for (const [j, day] of unit.days.entries()) {
      const place = `${at}.days[${j}]`;
      if (dates.has(day.date)) return { path: `${place}.date`, rule: 'date-duplicate' };
      dates.add(day.date);
      if (day.date < r.period.start || day.date > r.period.end)
        return { path: `${place}.date`, rule: 'date-outside-period' };
      if (day.date > lastDay) return { path: `${place}.date`, rule: 'date-after-export' };
      if (day.participants > unit.tookPart) return { path: `${place}.participants`, rule: 'participants-over' };
    }
  }
  return null;
}
