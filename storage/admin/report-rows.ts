import type { ActivityRow } from '@/storage/db/rows/activities';
import { type DateRange, within } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import { activityTables } from './activity-rows';
import { departmentFigures, notSubmitted, ranking } from './figures';
import type { AdminData } from './office';
import type { Cell, ColumnKind, ReportTables, ReportWords, Table } from './table-types';

/** The office's report as tables of cells (`./table-types.ts`): its figures, and what it organised. */

const text = (n: number): ColumnKind[] => Array.from({ length: n }, () => 'text');
const counts = (n: number): ColumnKind[] => Array.from({ length: n }, () => 'count');
/** Sums of the numeric columns of `rows` from column `from` on. */
const sums = (rows: readonly Cell[][], from: number, width: number): number[] =>
  Array.from({ length: width - from }, (_, i) =>
    rows.reduce<number>((sum, row) => sum + (typeof row[from + i] === 'number' ? (row[from + i] as number) : 0), 0),
  );

const round = (n: number | null, digits = 2) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

export function reportTables(
  campaign: Campaign,
  admin: AdminData,
  range: DateRange,
  w: ReportWords,
  /** The office's activities (any dates: those of the range go in). */
  activities: readonly ActivityRow[] = [],
): ReportTables {
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
  const officeTotals: Record<string, number> = {};
  for (const f of figures)
    for (const [id, n] of Object.entries(f.pledgeTotals)) officeTotals[id] = (officeTotals[id] ?? 0) + n;
  const organised = activityTables(campaign, officeTotals, activities, range, w);
  return { departments, pledges, impacts, ...organised, days, people, 'not-submitted': missing, 'merge-log': log };
}
