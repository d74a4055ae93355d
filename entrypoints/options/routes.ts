import { validateCampaign } from '@/storage/campaign/schema';
import { MAX_REPORT_LINE } from '@/storage/files/limits';
import { isCalendarDate } from '@/storage/time/calendar';
import type { DateRange } from '@/storage/time/range';
import type { CalendarDate, Campaign } from '@/storage/types';

/**
 * The options page's addresses. Sections are `#progress`, `#admin`…; the printable report is
 * the named route `#report?from=…&to=…&date=…` (no hidden hash inside a section); the
 * level above's, from its agencies' figures, `#agency-report?from=…&to=…&date=…`.
 */

export const REPORT_ROUTE = 'report';
export const AGENCY_REPORT_ROUTE = 'agency-report';

export interface ReportAddress {
  range: DateRange;
  /** The date of the report, on its date line. */
  date: CalendarDate;
}

export function reportHash({ range, date }: ReportAddress, route = REPORT_ROUTE): string {
  return `#${route}?${new URLSearchParams({ from: range.from, to: range.to, date })}`;
}

export const agencyReportHash = (address: ReportAddress) => reportHash(address, AGENCY_REPORT_ROUTE);

/** The route a hash names: its name and what follows `?` (the hash without `#`). */
export function routeOf(hash: string): { name: string; query: string } {
  const [name = '', query = ''] = hash.split('?');
  return { name, query };
}

/** An address of the admin section for a period: `#admin/report?from=…&to=…`. */
export const rangeHash = (path: string, range: DateRange) =>
  `#${path}?${new URLSearchParams({ from: range.from, to: range.to })}`;

/** The period an admin address names, or null when it names none or one outside the campaign. */
export function parseRangeQuery(query: string, campaign: Pick<Campaign, 'start' | 'end'>): DateRange | null {
  const params = new URLSearchParams(query);
  const [from, to] = ['from', 'to'].map((key) => params.get(key) ?? '') as [string, string];
  if (![from, to].every(isCalendarDate) || from > to || from < campaign.start || to > campaign.end) return null;
  return { from, to };
}

/** A report address's parts, or null when a date is wrong or the period is outside the campaign. */
export function parseReportQuery(query: string, campaign: Pick<Campaign, 'start' | 'end'>): ReportAddress | null {
  const params = new URLSearchParams(query);
  const [from, to, date] = ['from', 'to', 'date'].map((key) => params.get(key) ?? '') as [string, string, string];
  if (![from, to, date].every(isCalendarDate) || from > to || from < campaign.start || to > campaign.end) return null;
  return { range: { from, to }, date };
}

/**
 * The office's plan in print: `#plan?date=…&number=…&campaign=…`. The campaign travels in the
 * address as its file's JSON, so that the print shows the campaign of the editor as it stands
 * (changes not yet loaded included), as the Word plan does.
 */
export const PLAN_ROUTE = 'plan';

export interface PlanAddress {
  campaign: Campaign;
  /** The date on the plan's date line. */
  date: CalendarDate;
  /** Its number and symbol; empty when the clerical office gives one. */
  number: string;
}

export function planHash({ campaign, date, number }: PlanAddress): string {
  return `#${PLAN_ROUTE}?${new URLSearchParams({ date, number, campaign: JSON.stringify(campaign) })}`;
}

/** A plan address's parts, or null when the date is wrong or the campaign breaks a rule of its file. */
export function parsePlanQuery(query: string): PlanAddress | null {
  const params = new URLSearchParams(query);
  const date = params.get('date') ?? '';
  const number = params.get('number') ?? '';
  if (!isCalendarDate(date) || [...number].length > MAX_REPORT_LINE) return null;
  try {
    const result = validateCampaign(JSON.parse(params.get('campaign') ?? ''));
    return result.ok ? { campaign: result.campaign, date, number } : null;
  } catch {
    return null;
  }
}
