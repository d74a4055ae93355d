import type { MergeLogRow, RosterRow } from '@/storage/db/database';
import { calendarDateIn, weeksOf } from '@/storage/time/calendar';
import { defaultReportPeriod } from '@/storage/time/periods';
import { type DateRange, wholeCampaign, within } from '@/storage/time/range';
import type { CalendarDate, Campaign } from '@/storage/types';
import { notSubmitted } from './figures';

/** Where the admin office stands: what came in against the staff list, and what is due next. */
export interface OfficeOverview {
  /** People with a kept file. */
  received: number;
  /** People on the staff list; null when no list was loaded. */
  expected: number | null;
  /** People of the staff list with no file kept, by department then name. */
  notSent: RosterRow[];
  /** The last import's time (ISO), null before any; undefined while the log is still being read. */
  lastImportAt: string | null | undefined;
  /** This week (Monday to Sunday, cut to the campaign); null outside the campaign. */
  week: DateRange | null;
  /** Whether files came in this week (undefined while the log is read). */
  importedThisWeek: boolean | undefined;
  /** The period a report is due for: the week just ended, the week so far in the first, the whole campaign once over. */
  reportPeriod: DateRange | null;
}

interface Read {
  /** Who sent a file (digests or submissions: the name and department of each). */
  people: readonly { name: string; department: string }[];
  roster: readonly RosterRow[];
  /** Newest first, as `readAdmin` gives it; undefined while it is read. */
  mergeLog: readonly Pick<MergeLogRow, 'at'>[] | undefined;
}

export function officeOverview(campaign: Campaign, today: CalendarDate, read: Read): OfficeOverview {
  const weeks = weeksOf(campaign);
  const current = weeks.findIndex((w) => within(today, w));
  const week = current >= 0 ? weeks[current]! : null;
  // A body that says how often it reports (a month, a week) is due the period the report page
  // opens on; otherwise last week's, and the whole campaign once it has ended.
  const reportPeriod = campaign.reportEvery
    ? defaultReportPeriod(campaign, today)
    : today > campaign.end
      ? wholeCampaign(campaign)
      : current > 0
        ? weeks[current - 1]!
        : current === 0
          ? week
          : null;
  const lastImportAt = read.mergeLog === undefined ? undefined : (read.mergeLog[0]?.at ?? null);
  const lastDay = lastImportAt ? calendarDateIn(Date.parse(lastImportAt), campaign.timeZone) : null;
  const notSent = notSubmitted(read.roster, read.people).sort(
    (a, b) => a.department.localeCompare(b.department) || a.name.localeCompare(b.name, 'vi'),
  );
  return {
    received: read.people.length,
    expected: read.roster.length ? read.roster.length : null,
    notSent,
    lastImportAt,
    week,
    importedThisWeek: lastImportAt === undefined ? undefined : Boolean(week && lastDay && lastDay >= week.from),
    reportPeriod,
  };
}
