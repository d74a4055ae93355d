import type { Cell, ColumnKind } from '@/storage/admin/table-types';
import { indicatorRows } from '@/storage/indicators/level-above';
import type { Totals } from '@/storage/indicators/sums';
import { type DateRange, within } from '@/storage/time/range';
import type { Campaign, Label } from '@/storage/types';
import { type AgencyFigures, actionTotals, agencyRanking, notReported } from './figures';

/**
 * The level above's figures as tables of cells for the workbook (ExcelJS, as the office's), in the
 * page's words. Text from files stays text: the workbook never writes a formula.
 */

export interface AgencyTable {
  id: 'agencies' | 'actions' | 'indicators' | 'not-reported' | 'days';
  title: string;
  header: string[];
  kinds: ColumnKind[];
  rows: Cell[][];
  totals?: Cell[];
}

export interface AgencyWords {
  label: (label: Label) => string;
  pledge: (pledgeId: string) => string;
  /** An indicator code's name and unit (a code nobody knows is its own name, with no unit). */
  indicator: (code: string) => string;
  indicatorUnit: (code: string) => string;
  titles: Record<AgencyTable['id'], string>;
  rank: string;
  id: string;
  organisation: string;
  period: string;
  units: string;
  headcount: string;
  submitted: string;
  tookPart: string;
  participantDays: string;
  averageDays: string;
  signed: string;
  yes: string;
  no: string;
  action: string;
  indicatorColumn: string;
  fromAgencies: string;
  fromActivities: string;
  code: string;
  unit: string;
  total: string;
  date: string;
  participants: string;
  totalRow: string;
}

export function agencyTables(
  campaign: Campaign,
  figures: readonly AgencyFigures[],
  range: DateRange,
  w: AgencyWords,
  /** What the level above's own activities of the range gave (`activityTotals`): shown as a part of its own. */
  own: Totals = {},
): AgencyTable[] {
  const ownPart = Object.keys(own).length > 0;
  const value = (n: number | undefined): Cell => n ?? null;
  const ranked = agencyRanking(figures);
  const sum = (pick: (f: AgencyFigures) => number) => figures.reduce((n, f) => n + pick(f), 0);
  const byDate = new Map<string, number>();
  for (const f of figures) for (const d of f.days) byDate.set(d.date, (byDate.get(d.date) ?? 0) + d.participants);
  const dates = [...byDate.keys()].filter((d) => within(d, range)).sort();
  return [
    {
      id: 'agencies',
      title: w.titles.agencies,
      header: [
        w.rank,
        w.id,
        w.organisation,
        w.period,
        w.units,
        w.headcount,
        w.submitted,
        w.tookPart,
        w.participantDays,
        w.averageDays,
        w.signed,
      ],
      kinds: ['count', 'text', 'text', 'text', 'count', 'count', 'count', 'count', 'count', 'decimal', 'text'],
      rows: ranked.map((f, i) => [
        i + 1,
        f.organisationId,
        w.label(f.name),
        `${f.period.start} – ${f.period.end}`,
        f.units,
        f.headcount,
        f.submitted,
        f.tookPart,
        f.participantDays,
        f.averageDays,
        f.signed ? w.yes : w.no,
      ]),
      totals: [
        w.totalRow,
        '',
        '',
        '',
        sum((f) => f.units),
        sum((f) => f.headcount),
        sum((f) => f.submitted),
        sum((f) => f.tookPart),
        sum((f) => f.participantDays),
        null,
        '',
      ],
    },
    {
      id: 'actions',
      title: w.titles.actions,
      header: [w.id, w.action, w.total],
      kinds: ['text', 'text', 'count'],
      rows: actionTotals(campaign, figures).map((t) => [t.pledgeId, w.pledge(t.pledgeId), t.total]),
    },
    {
      // The Ministry's kinds of totals, each code summed over the agencies whatever their pledge ids.
      id: 'indicators',
      title: w.titles.indicators,
      header: [w.code, w.indicatorColumn, w.unit, ...(ownPart ? [w.fromAgencies, w.fromActivities] : []), w.total],
      kinds: ['text', 'text', 'text', ...(ownPart ? (['quantity', 'quantity'] as const) : []), 'quantity'],
      rows: indicatorRows(figures, own).map((r) => [
        r.code,
        w.indicator(r.code),
        w.indicatorUnit(r.code),
        ...(ownPart ? [value(r.fromAgencies), value(r.fromActivities)] : []),
        r.total,
      ]),
    },
    {
      id: 'not-reported',
      title: w.titles['not-reported'],
      header: [w.id, w.organisation],
      kinds: ['text', 'text'],
      rows: notReported(campaign, figures).map((a) => [a.id, w.label(a.name)]),
    },
    {
      id: 'days',
      title: w.titles.days,
      header: [w.date, w.participants],
      kinds: ['date', 'count'],
      rows: dates.map((d) => [d, byDate.get(d)!]),
    },
  ];
}
