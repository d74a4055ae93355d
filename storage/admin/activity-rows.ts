import type { ActivityRow } from '@/storage/db/rows/activities';
import { INDICATOR_CODES } from '@/storage/indicators/codes';
import { activityTotals, orderedCodes, partsOf, pledgeCodeTotals, type Totals } from '@/storage/indicators/sums';
import { type DateRange, within } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import type { Cell, ColumnKind, ReportWords, Table } from './table-types';

/**
 * The office's workbook sheets of what it organised: its activities of the period (with place,
 * departments and link, which stay in the office: the report file carries none of them) and its
 * totals by indicator in the two parts of the Word report, from activities and from pledges.
 */

/** The office's totals by indicator over a period: its activities', and its pledges' that name a code. */
export function officeParts(
  campaign: Pick<Campaign, 'pledges'>,
  pledgeTotals: Totals,
  activities: readonly ActivityRow[],
  range: DateRange,
) {
  return partsOf(activityTotals(activities, range), pledgeCodeTotals(campaign.pledges, pledgeTotals));
}

export function activityTables(
  campaign: Campaign,
  pledgeTotals: Totals,
  activities: readonly ActivityRow[],
  range: DateRange,
  w: ReportWords,
): { activities: Table; indicators: Table } {
  const inRange = activities
    .filter((a) => within(a.date, range))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  const codes = orderedCodes(
    Object.fromEntries(inRange.flatMap((a) => Object.keys(a.results).map((code) => [code, 0]))),
    INDICATOR_CODES,
  );
  const named = (code: string) =>
    w.indicatorUnit(code) ? `${w.indicator(code)} (${w.indicatorUnit(code)})` : w.indicator(code);
  const department = (id: string) => {
    const d = campaign.departments.find((x) => x.id === id);
    return d ? w.label(d.name) : id;
  };
  const parts = officeParts(campaign, pledgeTotals, inRange, range);
  const value = (n: number | undefined): Cell => n ?? null;
  return {
    activities: {
      id: 'activities',
      title: w.titles.activities,
      header: [
        w.date_,
        w.activityKindColumn,
        w.activity,
        w.place,
        w.departments,
        w.activityParticipants,
        ...codes.map(named),
        w.link,
      ],
      kinds: ['date', 'text', 'text', 'text', 'text', 'count', ...codes.map((): ColumnKind => 'quantity'), 'text'],
      rows: inRange.map((a) => [
        a.date,
        w.activityKind(a.kind),
        a.title,
        a.place,
        a.departments.map(department).join('; '),
        a.participants ?? null,
        ...codes.map((code) => value(a.results[code])),
        a.link,
      ]),
    },
    indicators: {
      id: 'indicators',
      title: w.titles.indicators,
      header: [w.code, w.indicatorColumn, w.unit, w.fromActivities, w.fromPledges, w.indicatorTotal],
      kinds: ['text', 'text', 'text', 'quantity', 'quantity', 'quantity'],
      rows: orderedCodes(parts.total, INDICATOR_CODES).map((code) => [
        code,
        w.indicator(code),
        w.indicatorUnit(code),
        value(parts.activities[code]),
        value(parts.pledges[code]),
        parts.total[code]!,
      ]),
    },
  };
}
