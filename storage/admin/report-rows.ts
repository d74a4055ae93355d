import type { RuleCode } from '@/storage/files/file-issues';
import { type DateRange, within } from '@/storage/time/range';
import type { Campaign, Label } from '@/storage/types';
import { departmentFigures, notSubmitted, ranking } from './figures';
import type { AdminData } from './office';

/**
 * The report's tables as rows of cells, shared by the workbook, the CSV files and the print
 * page so that all three always say the same. Words come from the page, in its language.
 */

export type Cell = string | number | null;
/**
 * What a column holds, so that the workbook writes real values: `date` a `YYYY-MM-DD` written
 * as a date, `percent` a fraction shown as a percentage, `count` and `decimal` numbers.
 */
/**
 * What a column holds. `quantity`: an amount that is whole for most rows and not for some (trees and
 * kg in one column), shown as 2 or 120.5, never 2.00.
 */
export type ColumnKind = 'text' | 'count' | 'decimal' | 'quantity' | 'percent' | 'date';
export type TableId = 'departments' | 'pledges' | 'impacts' | 'days' | 'people' | 'not-submitted' | 'merge-log';
export interface Table {
  id: TableId;
  title: string;
  header: string[];
  kinds: ColumnKind[];
  rows: Cell[][];
  /** The table's totals row, for the workbook (CSV files keep the rows alone). */
  totals?: Cell[];
}
/** The tables by name, in the order the workbook shows them. */
export type ReportTables = Record<TableId, Table>;
export const TABLE_ORDER: TableId[] = [
  'departments',
  'pledges',
  'impacts',
  'days',
  'people',
  'not-submitted',
  'merge-log',
];

export interface ReportWords {
  label: (label: Label) => string;
  date: (date: string) => string;
  titles: Record<Table['id'], string>;
  department: string;
  headcount: string;
  submitted: string;
  tookPart: string;
  averageDays: string;
  rank: string;
  date_: string;
  participants: string;
  /** Who took part at least once, over the headcount (the departments sheet). */
  rate: string;
  /** Who took part on one day, over the headcount (the days sheet). */
  dayRate: string;
  name: string;
  revision: string;
  exportedAt: string;
  daysTaken: string;
  signed: string;
  /** Column of summaries kept without a signature. */
  unsigned: string;
  yes: string;
  no: string;
  file: string;
  outcome: string;
  reason: string;
  time: string;
  outcomes: Record<string, string>;
  rule: (code: RuleCode) => string;
  total: string;
  pledge: string;
  unit: string;
  result: string;
  estimate: string;
  estimateUnit: string;
  source: string;
}

const text = (n: number): ColumnKind[] => Array.from({ length: n }, () => 'text');
const counts = (n: number): ColumnKind[] => Array.from({ length: n }, () => 'count');
/** Sums of the numeric columns of `rows` from column `from` on. */
const sums = (rows: readonly Cell[][], from: number, width: number): number[] =>
  Array.from({ length: width - from }, (_, i) =>
    rows.reduce<number>((sum, row) => sum + (typeof row[from + i] === 'number' ? (row[from + i] as number) : 0), 0),
  );

const round = (n: number | null, digits = 2) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

export function reportTables(campaign: Campaign, admin: AdminData, range: DateRange, w: ReportWords): ReportTables {
  const figures = departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster, range);
  const order = ranking(figures);
  const deptName = (id: string) => {
    const d = campaign.departments.find((x) => x.id === id);
    return d ? w.label(d.name) : id;
  };
  const pledgeHeads = campaign.pledges.map((p) =>
    p.unit ? `${w.label(p.label)} (${w.label(p.unit)})` : w.label(p.label),
  );

  const pledgeKinds = counts(campaign.pledges.length);
  const departmentRows = order.map((f, i) => [
    i + 1,
    deptName(f.id),
    f.denominator,
    f.submitted,
    f.tookPart,
    round(f.averageDays),
    f.denominator > 0 ? round(f.tookPart / f.denominator, 4) : null,
    f.unsigned,
    ...campaign.pledges.map((p) => f.pledgeTotals[p.id] ?? 0),
  ]);
  const headcount = order.reduce((n, f) => n + f.denominator, 0);
  const tookPart = order.reduce((n, f) => n + f.tookPart, 0);
  const daysTaken = order.reduce((n, f) => n + (f.averageDays ?? 0) * f.denominator, 0);
  const departments: Table = {
    id: 'departments',
    title: w.titles.departments,
    header: [
      w.rank,
      w.department,
      w.headcount,
      w.submitted,
      w.tookPart,
      w.averageDays,
      w.rate,
      w.unsigned,
      ...pledgeHeads,
    ],
    kinds: ['count', 'text', 'count', 'count', 'count', 'decimal', 'percent', 'count', ...pledgeKinds],
    rows: departmentRows,
    totals: [
      null,
      w.total,
      ...sums(departmentRows, 2, 5),
      headcount > 0 ? round(daysTaken / headcount) : null,
      headcount > 0 ? round(tookPart / headcount, 4) : null,
      ...sums(departmentRows, 7, 8 + campaign.pledges.length),
    ],
  };
  // A row a pledge, its total in the last column: pledges of different units are not summed.
  const pledges: Table = {
    id: 'pledges',
    title: w.titles.pledges,
    header: [w.pledge, w.unit, ...order.map((f) => deptName(f.id)), w.total],
    kinds: ['text', 'text', ...counts(order.length + 1)],
    rows: campaign.pledges.map((p) => {
      const each = order.map((f) => f.pledgeTotals[p.id] ?? 0);
      return [w.label(p.label), p.unit ? w.label(p.unit) : '', ...each, each.reduce((a, b) => a + b, 0)];
    }),
  };
  // Per department, then the whole office (the admin office sees estimates per department).
  const impacts: Table = {
    id: 'impacts',
    title: w.titles.impacts,
    header: [w.pledge, w.department, w.result, w.unit, w.estimate, w.estimateUnit, w.source],
    kinds: ['text', 'text', 'count', 'text', 'decimal', 'text', 'text'],
    rows: campaign.pledges.flatMap((p) => {
      const impact = p.impact;
      if (!impact) return [];
      const unit = p.unit ? w.label(p.unit) : '';
      const line = (where: string, units: number) => [
        w.label(p.label),
        where,
        units,
        unit,
        round(units * impact.perUnit),
        w.label(impact.unit),
        impact.source,
      ];
      const each = order.map((f) => line(deptName(f.id), f.pledgeTotals[p.id] ?? 0));
      const total = order.reduce((n, f) => n + (f.pledgeTotals[p.id] ?? 0), 0);
      return [...each, line(w.total, total)];
    }),
  };
  const days: Table = {
    id: 'days',
    title: w.titles.days,
    header: [w.date_, w.department, w.participants, w.headcount, w.dayRate, ...pledgeHeads],
    kinds: ['date', 'text', 'count', 'count', 'percent', ...pledgeKinds],
    rows: figures.flatMap((f) =>
      f.days.map((d) => [
        d.date,
        deptName(f.id),
        d.participants,
        f.denominator,
        round(d.rate, 4),
        ...campaign.pledges.map((p) => d.pledges[p.id] ?? 0),
      ]),
    ),
  };
  const people: Table = {
    id: 'people',
    title: w.titles.people,
    header: [w.name, w.department, w.revision, w.exportedAt, w.signed, w.daysTaken, ...pledgeHeads],
    kinds: ['text', 'text', 'count', 'text', 'text', 'count', ...pledgeKinds],
    rows: [...admin.submissions]
      .sort((a, b) => a.department.localeCompare(b.department) || a.name.localeCompare(b.name, 'vi'))
      .map((s) => {
        const days = s.days.filter((d) => within(d.date, range) && Object.keys(d.pledges).length > 0);
        return [
          s.name,
          deptName(s.department),
          s.revision,
          s.exportedAt,
          s.signed ? w.yes : w.no,
          days.length,
          ...campaign.pledges.map((p) => days.reduce((sum, d) => sum + (d.pledges[p.id] ?? 0), 0)),
        ];
      }),
  };
  const missing: Table = {
    id: 'not-submitted',
    title: w.titles['not-submitted'],
    header: [w.name, w.department],
    kinds: text(2),
    rows: notSubmitted(admin.roster, admin.submissions).map((r) => [r.name, deptName(r.department)]),
  };
  const log: Table = {
    id: 'merge-log',
    title: w.titles['merge-log'],
    header: [w.time, w.file, w.name, w.department, w.revision, w.signed, w.outcome, w.reason],
    kinds: ['text', 'text', 'text', 'text', 'count', 'text', 'text', 'text'],
    rows: admin.mergeLog.map((l) => [
      l.at,
      l.fileName,
      l.name ?? '',
      l.department ? deptName(l.department) : '',
      l.revision ?? null,
      l.signed === undefined ? '' : l.signed ? w.yes : w.no,
      w.outcomes[l.outcome] ?? l.outcome,
      l.reason ? `${w.rule(l.reason.rule)}${l.reason.path ? ` (${l.reason.path})` : ''}` : '',
    ]),
  };
  days.totals = [w.total, null, ...sums(days.rows, 2, 4), null, ...sums(days.rows, 5, days.header.length)];
  people.totals = [w.total, null, null, null, null, ...sums(people.rows, 5, people.header.length)];
  // Lists of names and files: their totals row counts the lines.
  missing.totals = [w.total, missing.rows.length];
  log.totals = [w.total, log.rows.length, null, null, null, null, null, null];
  return { departments, pledges, impacts, days, people, 'not-submitted': missing, 'merge-log': log };
}
